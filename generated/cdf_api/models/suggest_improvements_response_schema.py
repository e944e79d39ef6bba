from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.direct_relation_improvement_suggestion import DirectRelationImprovementSuggestion


T = TypeVar("T", bound="SuggestImprovementsResponseSchema")


@_attrs_define
class SuggestImprovementsResponseSchema(AdditionalProperties):
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
        improvement_suggestions (list[DirectRelationImprovementSuggestion] | Unset):
    """

    _FIT = {
        "status": "s",
        "createdTime": "i",
        "startTime": "i",
        "statusTime": "i",
        "jobId": "s",
        "advancedJoinExternalId": "s",
        "errorMessage": "s",
        "improvementSuggestions": ("l", ("m", "DirectRelationImprovementSuggestion")),
    }
    _REQUIRED = ("status", "createdTime", "startTime", "statusTime", "jobId", "advancedJoinExternalId")

    status: JobStatus
    created_time: int
    start_time: int
    status_time: int
    job_id: str
    advanced_join_external_id: str
    error_message: str | Unset = UNSET
    improvement_suggestions: list[DirectRelationImprovementSuggestion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        created_time = self.created_time

        start_time = self.start_time

        status_time = self.status_time

        job_id = self.job_id

        advanced_join_external_id = self.advanced_join_external_id

        error_message = self.error_message

        improvement_suggestions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.improvement_suggestions, Unset):
            improvement_suggestions = []
            for improvement_suggestions_item_data in self.improvement_suggestions:
                improvement_suggestions_item = improvement_suggestions_item_data.to_dict()
                improvement_suggestions.append(improvement_suggestions_item)

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
        if improvement_suggestions is not UNSET:
            field_dict["improvementSuggestions"] = improvement_suggestions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.direct_relation_improvement_suggestion import DirectRelationImprovementSuggestion  # noqa: PLC0415

        d = dict(src_dict)
        status = JobStatus(d.pop("status"))

        created_time = d.pop("createdTime")

        start_time = d.pop("startTime")

        status_time = d.pop("statusTime")

        job_id = d.pop("jobId")

        advanced_join_external_id = d.pop("advancedJoinExternalId")

        error_message = d.pop("errorMessage", UNSET)

        _improvement_suggestions = d.pop("improvementSuggestions", UNSET)
        improvement_suggestions: list[DirectRelationImprovementSuggestion] | Unset = UNSET
        if _improvement_suggestions is not UNSET:
            improvement_suggestions = []
            for improvement_suggestions_item_data in _improvement_suggestions:
                improvement_suggestions_item = DirectRelationImprovementSuggestion.from_dict(
                    improvement_suggestions_item_data
                )

                improvement_suggestions.append(improvement_suggestions_item)

        suggest_improvements_response_schema = cls(
            status=status,
            created_time=created_time,
            start_time=start_time,
            status_time=status_time,
            job_id=job_id,
            advanced_join_external_id=advanced_join_external_id,
            error_message=error_message,
            improvement_suggestions=improvement_suggestions,
        )

        suggest_improvements_response_schema.additional_properties = d
        return suggest_improvements_response_schema
