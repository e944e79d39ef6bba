from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_line_element_with_word_granularity import DocumentLineElementWithWordGranularity


T = TypeVar("T", bound="DocumentCellElementWithWordGranularity")


@_attrs_define
class DocumentCellElementWithWordGranularity(AdditionalProperties):
    """A cell in a table. A cell contains zero or more lines of text.

    Attributes:
        lines (list[DocumentLineElementWithWordGranularity]):
    """

    _FIT = {"lines": ("l", ("m", "DocumentLineElementWithWordGranularity"))}
    _REQUIRED = ("lines",)

    lines: list[DocumentLineElementWithWordGranularity]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lines": lines,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_line_element_with_word_granularity import DocumentLineElementWithWordGranularity  # noqa: PLC0415

        d = dict(src_dict)
        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = DocumentLineElementWithWordGranularity.from_dict(lines_item_data)

            lines.append(lines_item)

        document_cell_element_with_word_granularity = cls(
            lines=lines,
        )

        document_cell_element_with_word_granularity.additional_properties = d
        return document_cell_element_with_word_granularity
