from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="RunAdvancedJoinResponseSchema")


@_attrs_define
class RunAdvancedJoinResponseSchema(AdditionalProperties):
    """
    Attributes:
        status (JobStatus): The status of the job.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        start_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal Time
            (UTC), minus leap seconds. Example: 1730204346000.
        status_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        job_id (str): ID of an advanced join job. These are always UUIDs.
        advanced_join_external_id (str): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        error_message (str | Unset): If the job failed, some more information about the error cause.
    """

    _FIT = {
        "status": "s",
        "createdTime": "i",
        "startTime": "i",
        "statusTime": "i",
        "jobId": "s",
        "advancedJoinExternalId": "s",
        "errorMessage": "s",
    }
    _REQUIRED = ("status", "createdTime", "startTime", "statusTime", "jobId", "advancedJoinExternalId")

    status: JobStatus
    created_time: int
    start_time: int
    status_time: int
    job_id: str
    advanced_join_external_id: str
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        created_time = self.created_time

        start_time = self.start_time

        status_time = self.status_time

        job_id = self.job_id

        advanced_join_external_id = self.advanced_join_external_id

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "createdTime": created_time,
                "startTime": start_time,
                "statusTime": status_time,
                "jobId": job_id,
                "advancedJoinExternalId": advanced_join_external_id,
            }
        )
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = JobStatus(d.pop("status"))

        created_time = d.pop("createdTime")

        start_time = d.pop("startTime")

        status_time = d.pop("statusTime")

        job_id = d.pop("jobId")

        advanced_join_external_id = d.pop("advancedJoinExternalId")

        error_message = d.pop("errorMessage", UNSET)

        run_advanced_join_response_schema = cls(
            status=status,
            created_time=created_time,
            start_time=start_time,
            status_time=status_time,
            job_id=job_id,
            advanced_join_external_id=advanced_join_external_id,
            error_message=error_message,
        )

        run_advanced_join_response_schema.additional_properties = d
        return run_advanced_join_response_schema
