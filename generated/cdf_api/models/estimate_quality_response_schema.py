from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.raw_matcher import RAWMatcher


T = TypeVar("T", bound="EstimateQualityResponseSchema")


@_attrs_define
class EstimateQualityResponseSchema(AdditionalProperties):
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
        matcher (RAWMatcher): The Raw matcher can be used when you already have a collection of known matches, stored in
            a Raw table.
        error_message (str | Unset): If the job failed, some more information about the error cause.
        quality_score_percent (float | Unset): The quality of the Join, calculated as the ratio of correctly mapped
            instances to all mapped instances.
        confidence_percent (float | Unset):
        contextualization_score_percent (float | Unset):
    """

    _FIT = {
        "status": "s",
        "createdTime": "i",
        "startTime": "i",
        "statusTime": "i",
        "jobId": "s",
        "advancedJoinExternalId": "s",
        "matcher": ("m", "RAWMatcher"),
        "errorMessage": "s",
        "qualityScorePercent": "n",
        "confidencePercent": "n",
        "contextualizationScorePercent": "n",
    }
    _REQUIRED = ("status", "createdTime", "startTime", "statusTime", "jobId", "advancedJoinExternalId", "matcher")

    status: JobStatus
    created_time: int
    start_time: int
    status_time: int
    job_id: str
    advanced_join_external_id: str
    matcher: RAWMatcher
    error_message: str | Unset = UNSET
    quality_score_percent: float | Unset = UNSET
    confidence_percent: float | Unset = UNSET
    contextualization_score_percent: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        created_time = self.created_time

        start_time = self.start_time

        status_time = self.status_time

        job_id = self.job_id

        advanced_join_external_id = self.advanced_join_external_id

        matcher = self.matcher.to_dict()

        error_message = self.error_message

        quality_score_percent = self.quality_score_percent

        confidence_percent = self.confidence_percent

        contextualization_score_percent = self.contextualization_score_percent

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
                "matcher": matcher,
            }
        )
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if quality_score_percent is not UNSET:
            field_dict["qualityScorePercent"] = quality_score_percent
        if confidence_percent is not UNSET:
            field_dict["confidencePercent"] = confidence_percent
        if contextualization_score_percent is not UNSET:
            field_dict["contextualizationScorePercent"] = contextualization_score_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.raw_matcher import RAWMatcher  # noqa: PLC0415

        d = dict(src_dict)
        status = JobStatus(d.pop("status"))

        created_time = d.pop("createdTime")

        start_time = d.pop("startTime")

        status_time = d.pop("statusTime")

        job_id = d.pop("jobId")

        advanced_join_external_id = d.pop("advancedJoinExternalId")

        matcher = RAWMatcher.from_dict(d.pop("matcher"))

        error_message = d.pop("errorMessage", UNSET)

        quality_score_percent = d.pop("qualityScorePercent", UNSET)

        confidence_percent = d.pop("confidencePercent", UNSET)

        contextualization_score_percent = d.pop("contextualizationScorePercent", UNSET)

        estimate_quality_response_schema = cls(
            status=status,
            created_time=created_time,
            start_time=start_time,
            status_time=status_time,
            job_id=job_id,
            advanced_join_external_id=advanced_join_external_id,
            matcher=matcher,
            error_message=error_message,
            quality_score_percent=quality_score_percent,
            confidence_percent=confidence_percent,
            contextualization_score_percent=contextualization_score_percent,
        )

        estimate_quality_response_schema.additional_properties = d
        return estimate_quality_response_schema
