from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import AdditionalProperties

T = TypeVar("T", bound="DocumentParserBatchStartJobResponseItem")


@_attrs_define
class DocumentParserBatchStartJobResponseItem(AdditionalProperties):
    """Response for a single job in a batch request. Each job corresponds to one file.

    Attributes:
        created_timestamp (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        job_id (int): Contextualization job ID. Example: 123.
        file_id (int): The ID of a file in CDF. Example: 1234.
        status (JobStatus): The status of the job.
    """

    _FIT = {"createdTimestamp": "i", "jobId": "i", "fileId": "i", "status": "s"}
    _REQUIRED = ("createdTimestamp", "jobId", "fileId", "status")

    created_timestamp: int
    job_id: int
    file_id: int
    status: JobStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_timestamp = self.created_timestamp

        job_id = self.job_id

        file_id = self.file_id

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdTimestamp": created_timestamp,
                "jobId": job_id,
                "fileId": file_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_timestamp = d.pop("createdTimestamp")

        job_id = d.pop("jobId")

        file_id = d.pop("fileId")

        status = JobStatus(d.pop("status"))

        document_parser_batch_start_job_response_item = cls(
            created_timestamp=created_timestamp,
            job_id=job_id,
            file_id=file_id,
            status=status,
        )

        document_parser_batch_start_job_response_item.additional_properties = d
        return document_parser_batch_start_job_response_item
