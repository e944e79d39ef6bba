from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.generated_rule import GeneratedRule
    from ..models.pipeline_match import PipelineMatch
    from ..models.suggested_rule import SuggestedRule


T = TypeVar("T", bound="PipelineRunWithResultsResponse")


@_attrs_define
class PipelineRunWithResultsResponse(AdditionalProperties):
    """
    Attributes:
        status (JobStatus): The status of the job.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        start_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal Time
            (UTC), minus leap seconds. Example: 1730204346000.
        status_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        job_id (int): Contextualization job ID. Example: 123.
        error_message (str | Unset): If the job failed, some more information about the error cause.
        matches (list[PipelineMatch] | Unset):
        suggested_rules (list[SuggestedRule] | Unset): Suggested rules based on matches
        generated_rules (list[GeneratedRule] | Unset):
        errors (list[str] | Unset): Errors that occurred during the pipeline run, if any.
    """

    _FIT = {
        "status": "s",
        "createdTime": "i",
        "startTime": "i",
        "statusTime": "i",
        "jobId": "i",
        "errorMessage": "s",
        "matches": ("l", ("m", "PipelineMatch")),
        "suggestedRules": ("l", ("m", "SuggestedRule")),
        "generatedRules": ("l", ("m", "GeneratedRule")),
        "errors": ("l", "s"),
    }
    _REQUIRED = ("status", "createdTime", "startTime", "statusTime", "jobId")

    status: JobStatus
    created_time: int
    start_time: int
    status_time: int
    job_id: int
    error_message: str | Unset = UNSET
    matches: list[PipelineMatch] | Unset = UNSET
    suggested_rules: list[SuggestedRule] | Unset = UNSET
    generated_rules: list[GeneratedRule] | Unset = UNSET
    errors: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        created_time = self.created_time

        start_time = self.start_time

        status_time = self.status_time

        job_id = self.job_id

        error_message = self.error_message

        matches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.matches, Unset):
            matches = []
            for matches_item_data in self.matches:
                matches_item = matches_item_data.to_dict()
                matches.append(matches_item)

        suggested_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.suggested_rules, Unset):
            suggested_rules = []
            for suggested_rules_item_data in self.suggested_rules:
                suggested_rules_item = suggested_rules_item_data.to_dict()
                suggested_rules.append(suggested_rules_item)

        generated_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.generated_rules, Unset):
            generated_rules = []
            for generated_rules_item_data in self.generated_rules:
                generated_rules_item = generated_rules_item_data.to_dict()
                generated_rules.append(generated_rules_item)

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "createdTime": created_time,
                "startTime": start_time,
                "statusTime": status_time,
                "jobId": job_id,
            }
        )
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if matches is not UNSET:
            field_dict["matches"] = matches
        if suggested_rules is not UNSET:
            field_dict["suggestedRules"] = suggested_rules
        if generated_rules is not UNSET:
            field_dict["generatedRules"] = generated_rules
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.generated_rule import GeneratedRule  # noqa: PLC0415
        from ..models.pipeline_match import PipelineMatch  # noqa: PLC0415
        from ..models.suggested_rule import SuggestedRule  # noqa: PLC0415

        d = dict(src_dict)
        status = JobStatus(d.pop("status"))

        created_time = d.pop("createdTime")

        start_time = d.pop("startTime")

        status_time = d.pop("statusTime")

        job_id = d.pop("jobId")

        error_message = d.pop("errorMessage", UNSET)

        _matches = d.pop("matches", UNSET)
        matches: list[PipelineMatch] | Unset = UNSET
        if _matches is not UNSET:
            matches = []
            for matches_item_data in _matches:
                matches_item = PipelineMatch.from_dict(matches_item_data)

                matches.append(matches_item)

        _suggested_rules = d.pop("suggestedRules", UNSET)
        suggested_rules: list[SuggestedRule] | Unset = UNSET
        if _suggested_rules is not UNSET:
            suggested_rules = []
            for suggested_rules_item_data in _suggested_rules:
                suggested_rules_item = SuggestedRule.from_dict(suggested_rules_item_data)

                suggested_rules.append(suggested_rules_item)

        _generated_rules = d.pop("generatedRules", UNSET)
        generated_rules: list[GeneratedRule] | Unset = UNSET
        if _generated_rules is not UNSET:
            generated_rules = []
            for generated_rules_item_data in _generated_rules:
                generated_rules_item = GeneratedRule.from_dict(generated_rules_item_data)

                generated_rules.append(generated_rules_item)

        errors = cast(list[str], d.pop("errors", UNSET))

        pipeline_run_with_results_response = cls(
            status=status,
            created_time=created_time,
            start_time=start_time,
            status_time=status_time,
            job_id=job_id,
            error_message=error_message,
            matches=matches,
            suggested_rules=suggested_rules,
            generated_rules=generated_rules,
            errors=errors,
        )

        pipeline_run_with_results_response.additional_properties = d
        return pipeline_run_with_results_response
