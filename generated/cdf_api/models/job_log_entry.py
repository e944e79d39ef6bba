from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_log_entry_type import JobLogEntryType
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="JobLogEntry")


@_attrs_define
class JobLogEntry(AdditionalProperties):
    """
    Attributes:
        job_external_id (str): External ID of the job this log entry belongs to.
        type_ (JobLogEntryType): Type of log entry.
            `paused` indicates that the job has been stopped manually,
            `startup_error` indicates that the job failed to start at all and requires changes to configuration,
            `connected` indicates that the job has connected to the source but did not yet receive any data,
            `transform_error` indicates that the job received data, but it failed to transform,
            `cdf_write_error` indicates that ingesting the data to CDF failed,
            `ok` means that data was successfully ingested to CDF.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        message (str | Unset): Log message. Not all log entries have messages.
    """

    _FIT = {"jobExternalId": "s", "type": "s", "createdTime": "i", "message": "s"}
    _REQUIRED = ("jobExternalId", "type", "createdTime")

    job_external_id: str
    type_: JobLogEntryType
    created_time: int
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_external_id = self.job_external_id

        type_ = self.type_.value

        created_time = self.created_time

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobExternalId": job_external_id,
                "type": type_,
                "createdTime": created_time,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_external_id = d.pop("jobExternalId")

        type_ = JobLogEntryType(d.pop("type"))

        created_time = d.pop("createdTime")

        message = d.pop("message", UNSET)

        job_log_entry = cls(
            job_external_id=job_external_id,
            type_=type_,
            created_time=created_time,
            message=message,
        )

        job_log_entry.additional_properties = d
        return job_log_entry
