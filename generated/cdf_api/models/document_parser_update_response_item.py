from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.document_parser_status import DocumentParserStatus


T = TypeVar("T", bound="DocumentParserUpdateResponseItem")


@_attrs_define
class DocumentParserUpdateResponseItem(AdditionalProperties):
    """
    Attributes:
        updated_timestamp (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        job_id (int | Unset): Contextualization job ID. Example: 123.
        status (DocumentParserStatus | Unset): The status field containing information about the job status, view
            status, and validation status.
    """

    _FIT = {"updatedTimestamp": "i", "jobId": "i", "status": ("m", "DocumentParserStatus")}
    _REQUIRED = ("updatedTimestamp",)

    updated_timestamp: int
    job_id: int | Unset = UNSET
    status: DocumentParserStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        updated_timestamp = self.updated_timestamp

        job_id = self.job_id

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "updatedTimestamp": updated_timestamp,
            }
        )
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_parser_status import DocumentParserStatus  # noqa: PLC0415

        d = dict(src_dict)
        updated_timestamp = d.pop("updatedTimestamp")

        job_id = d.pop("jobId", UNSET)

        _status = d.pop("status", UNSET)
        status: DocumentParserStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DocumentParserStatus.from_dict(_status)

        document_parser_update_response_item = cls(
            updated_timestamp=updated_timestamp,
            job_id=job_id,
            status=status,
        )

        document_parser_update_response_item.additional_properties = d
        return document_parser_update_response_item
