from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.diagram_instance_id import DiagramInstanceId
    from ..models.page_range import PageRange


T = TypeVar("T", bound="DiagramDetectResultSchemaErrorMessage")


@_attrs_define
class DiagramDetectResultSchemaErrorMessage(AdditionalProperties):
    """
    Attributes:
        file_id (int): The ID of a file in CDF. The file must have mime_type application/pdf, image/jpeg, image/png or
            image/tiff. Example: 1234.
        error_message (str): Error message for the file.
        file_external_id (str | Unset): The external ID of a file in CDF. The file must have mime_type application/pdf,
            image/jpeg, image/png or image/tiff. Example: 1234.
        file_instance_id (DiagramInstanceId | Unset): The instance id of a file in CDF. The file must have mime_type
            application/pdf, image/jpeg, image/png or image/tiff. Example: {'space': 'space', 'externalId': 'externalId'}.
        page_range (PageRange | Unset): An inclusive range of up to 50 pages, starting at 1. For example, the first 10
            pages are given by begin=1, end=10. Page ranges only apply to PDF files.
        page_count (int | Unset): The total number of pages in the file, returned if page range was provided. Example:
            51.
    """

    _FIT = {
        "fileId": "i",
        "errorMessage": "s",
        "fileExternalId": "s",
        "fileInstanceId": ("m", "DiagramInstanceId"),
        "pageRange": ("m", "PageRange"),
        "pageCount": "i",
    }
    _REQUIRED = ("fileId", "errorMessage")

    file_id: int
    error_message: str
    file_external_id: str | Unset = UNSET
    file_instance_id: DiagramInstanceId | Unset = UNSET
    page_range: PageRange | Unset = UNSET
    page_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        error_message = self.error_message

        file_external_id = self.file_external_id

        file_instance_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_instance_id, Unset):
            file_instance_id = self.file_instance_id.to_dict()

        page_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_range, Unset):
            page_range = self.page_range.to_dict()

        page_count = self.page_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileId": file_id,
                "errorMessage": error_message,
            }
        )
        if file_external_id is not UNSET:
            field_dict["fileExternalId"] = file_external_id
        if file_instance_id is not UNSET:
            field_dict["fileInstanceId"] = file_instance_id
        if page_range is not UNSET:
            field_dict["pageRange"] = page_range
        if page_count is not UNSET:
            field_dict["pageCount"] = page_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diagram_instance_id import DiagramInstanceId  # noqa: PLC0415
        from ..models.page_range import PageRange  # noqa: PLC0415

        d = dict(src_dict)
        file_id = d.pop("fileId")

        error_message = d.pop("errorMessage")

        file_external_id = d.pop("fileExternalId", UNSET)

        _file_instance_id = d.pop("fileInstanceId", UNSET)
        file_instance_id: DiagramInstanceId | Unset
        if isinstance(_file_instance_id, Unset):
            file_instance_id = UNSET
        else:
            file_instance_id = DiagramInstanceId.from_dict(_file_instance_id)

        _page_range = d.pop("pageRange", UNSET)
        page_range: PageRange | Unset
        if isinstance(_page_range, Unset):
            page_range = UNSET
        else:
            page_range = PageRange.from_dict(_page_range)

        page_count = d.pop("pageCount", UNSET)

        diagram_detect_result_schema_error_message = cls(
            file_id=file_id,
            error_message=error_message,
            file_external_id=file_external_id,
            file_instance_id=file_instance_id,
            page_range=page_range,
            page_count=page_count,
        )

        diagram_detect_result_schema_error_message.additional_properties = d
        return diagram_detect_result_schema_error_message
