from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_line_element_with_word_granularity import DocumentLineElementWithWordGranularity


T = TypeVar("T", bound="DocumentTableOfContentsElementWithWordGranularity")


@_attrs_define
class DocumentTableOfContentsElementWithWordGranularity(AdditionalProperties):
    """A table of contents.

    Attributes:
        type_ (Literal['toc']):
        lines (list[DocumentLineElementWithWordGranularity]):
    """

    _FIT = {"type": ("c", "toc"), "lines": ("l", ("m", "DocumentLineElementWithWordGranularity"))}
    _REQUIRED = ("type", "lines")

    type_: Literal["toc"]
    lines: list[DocumentLineElementWithWordGranularity]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "lines": lines,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_line_element_with_word_granularity import DocumentLineElementWithWordGranularity  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["toc"], d.pop("type"))
        if type_ != "toc":
            raise ValueError(f"type must match const 'toc', got '{type_}'")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = DocumentLineElementWithWordGranularity.from_dict(lines_item_data)

            lines.append(lines_item)

        document_table_of_contents_element_with_word_granularity = cls(
            type_=type_,
            lines=lines,
        )

        document_table_of_contents_element_with_word_granularity.additional_properties = d
        return document_table_of_contents_element_with_word_granularity
