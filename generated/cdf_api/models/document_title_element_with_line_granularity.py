from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.document_line_element_with_line_granularity import DocumentLineElementWithLineGranularity


T = TypeVar("T", bound="DocumentTitleElementWithLineGranularity")


@_attrs_define
class DocumentTitleElementWithLineGranularity(AdditionalProperties):
    """A title in a document. A title can consist of one or more lines of text.

    Attributes:
        type_ (Literal['title']):
        lines (list[DocumentLineElementWithLineGranularity]):
        level (float | Unset): The level of this header, from 1 to 3, where smaller numbers mean larger headers.
    """

    _FIT = {"type": ("c", "title"), "lines": ("l", ("m", "DocumentLineElementWithLineGranularity")), "level": "n"}
    _REQUIRED = ("type", "lines")

    type_: Literal["title"]
    lines: list[DocumentLineElementWithLineGranularity]
    level: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        level = self.level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "lines": lines,
            }
        )
        if level is not UNSET:
            field_dict["level"] = level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_line_element_with_line_granularity import DocumentLineElementWithLineGranularity  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["title"], d.pop("type"))
        if type_ != "title":
            raise ValueError(f"type must match const 'title', got '{type_}'")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = DocumentLineElementWithLineGranularity.from_dict(lines_item_data)

            lines.append(lines_item)

        level = d.pop("level", UNSET)

        document_title_element_with_line_granularity = cls(
            type_=type_,
            lines=lines,
            level=level,
        )

        document_title_element_with_line_granularity.additional_properties = d
        return document_title_element_with_line_granularity
