from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.document_parser_page_range import DocumentParserPageRange


T = TypeVar("T", bound="DocumentParserFileReferenceFileExternalId")


@_attrs_define
class DocumentParserFileReferenceFileExternalId(AdditionalProperties):
    """
    Attributes:
        file_external_id (str): The external ID of a file in CDF. Example: 1234.
        page_range (DocumentParserPageRange | Unset): An inclusive range of up to 10 pages, starting at 1. For example,
            the first 10 pages are given by begin=1, end=10. Page ranges only apply to PDF files.
    """

    _FIT = {"fileExternalId": "s", "pageRange": ("m", "DocumentParserPageRange")}
    _REQUIRED = ("fileExternalId",)

    file_external_id: str
    page_range: DocumentParserPageRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_external_id = self.file_external_id

        page_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_range, Unset):
            page_range = self.page_range.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileExternalId": file_external_id,
            }
        )
        if page_range is not UNSET:
            field_dict["pageRange"] = page_range

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_parser_page_range import DocumentParserPageRange  # noqa: PLC0415

        d = dict(src_dict)
        file_external_id = d.pop("fileExternalId")

        _page_range = d.pop("pageRange", UNSET)
        page_range: DocumentParserPageRange | Unset
        if isinstance(_page_range, Unset):
            page_range = UNSET
        else:
            page_range = DocumentParserPageRange.from_dict(_page_range)

        document_parser_file_reference_file_external_id = cls(
            file_external_id=file_external_id,
            page_range=page_range,
        )

        document_parser_file_reference_file_external_id.additional_properties = d
        return document_parser_file_reference_file_external_id
