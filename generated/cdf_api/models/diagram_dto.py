from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.parse_status import ParseStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.dms_id import DmsId


T = TypeVar("T", bound="DiagramDto")


@_attrs_define
class DiagramDto(AdditionalProperties):
    """
    Attributes:
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        file_id (DmsId): A DMS Identifier using the space and externalId
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        library_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        page_number (int): The page number of a file the diagram is parsed from
        status (ParseStatus): Status of a parsing job
        message (str | Unset): Message containing errors or other information
    """

    _FIT = {
        "createdTime": "i",
        "externalId": "s",
        "fileId": ("m", "DmsId"),
        "lastUpdatedTime": "i",
        "libraryId": "s",
        "pageNumber": "i",
        "status": "s",
        "message": "s",
    }
    _REQUIRED = ("createdTime", "externalId", "fileId", "lastUpdatedTime", "libraryId", "pageNumber", "status")

    created_time: int
    external_id: str
    file_id: DmsId
    last_updated_time: int
    library_id: str
    page_number: int
    status: ParseStatus
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_time = self.created_time

        external_id = self.external_id

        file_id = self.file_id.to_dict()

        last_updated_time = self.last_updated_time

        library_id = self.library_id

        page_number = self.page_number

        status = self.status.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdTime": created_time,
                "externalId": external_id,
                "fileId": file_id,
                "lastUpdatedTime": last_updated_time,
                "libraryId": library_id,
                "pageNumber": page_number,
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dms_id import DmsId  # noqa: PLC0415

        d = dict(src_dict)
        created_time = d.pop("createdTime")

        external_id = d.pop("externalId")

        file_id = DmsId.from_dict(d.pop("fileId"))

        last_updated_time = d.pop("lastUpdatedTime")

        library_id = d.pop("libraryId")

        page_number = d.pop("pageNumber")

        status = ParseStatus(d.pop("status"))

        message = d.pop("message", UNSET)

        diagram_dto = cls(
            created_time=created_time,
            external_id=external_id,
            file_id=file_id,
            last_updated_time=last_updated_time,
            library_id=library_id,
            page_number=page_number,
            status=status,
            message=message,
        )

        diagram_dto.additional_properties = d
        return diagram_dto
