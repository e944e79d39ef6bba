from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DocumentParserPageRange")


@_attrs_define
class DocumentParserPageRange(AdditionalProperties):
    """An inclusive range of up to 10 pages, starting at 1. For example, the first 10 pages are given by begin=1, end=10.
    Page ranges only apply to PDF files.

        Attributes:
            begin (int): The first page of the page range. Example: 21.
            end (int): The last page of the page range, must be greater than or equal to begin. Example: 30.
    """

    _FIT = {"begin": "i", "end": "i"}
    _REQUIRED = ("begin", "end")

    begin: int
    end: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        begin = self.begin

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "begin": begin,
                "end": end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        begin = d.pop("begin")

        end = d.pop("end")

        document_parser_page_range = cls(
            begin=begin,
            end=end,
        )

        document_parser_page_range.additional_properties = d
        return document_parser_page_range
