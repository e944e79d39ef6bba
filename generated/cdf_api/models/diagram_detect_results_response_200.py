from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.diagram_detect_result_schema_annotations import DiagramDetectResultSchemaAnnotations
    from ..models.diagram_detect_result_schema_error_message import DiagramDetectResultSchemaErrorMessage


T = TypeVar("T", bound="DiagramDetectResultsResponse200")


@_attrs_define
class DiagramDetectResultsResponse200(AdditionalProperties):
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
        search_field (str | Unset): This field determines the string to search for and to identify object entities.
            Example: userDefinedField.
        partial_match (bool | Unset): Allow partial (fuzzy) matching of entities in the engineering diagrams. Creates a
            match only when it is possible to do so unambiguously.
        min_tokens (int | Unset): Each detected item must match the detected entity on at least this number of tokens. A
            token is a substring of consecutive letters or digits.
        items (list[DiagramDetectResultSchemaAnnotations | DiagramDetectResultSchemaErrorMessage] | Unset): An array of
            detected results, returned when the job finished or failed partially.
    """

    _FIT = {
        "status": "s",
        "createdTime": "i",
        "startTime": "i",
        "statusTime": "i",
        "jobId": "i",
        "errorMessage": "s",
        "searchField": "s",
        "partialMatch": "b",
        "minTokens": "i",
        "items": (
            "l",
            ("u", (("m", "DiagramDetectResultSchemaAnnotations"), ("m", "DiagramDetectResultSchemaErrorMessage"))),
        ),
    }
    _REQUIRED = ("status", "createdTime", "startTime", "statusTime", "jobId")

    status: JobStatus
    created_time: int
    start_time: int
    status_time: int
    job_id: int
    error_message: str | Unset = UNSET
    search_field: str | Unset = UNSET
    partial_match: bool | Unset = UNSET
    min_tokens: int | Unset = UNSET
    items: list[DiagramDetectResultSchemaAnnotations | DiagramDetectResultSchemaErrorMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        created_time = self.created_time

        start_time = self.start_time

        status_time = self.status_time

        job_id = self.job_id

        error_message = self.error_message

        search_field = self.search_field

        partial_match = self.partial_match

        min_tokens = self.min_tokens

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for componentsschemas_diagram_detect_result_schema_item_data in self.items:
                componentsschemas_diagram_detect_result_schema_item: dict[str, Any]
                componentsschemas_diagram_detect_result_schema_item = (
                    componentsschemas_diagram_detect_result_schema_item_data.to_dict()
                )

                items.append(componentsschemas_diagram_detect_result_schema_item)

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
        if search_field is not UNSET:
            field_dict["searchField"] = search_field
        if partial_match is not UNSET:
            field_dict["partialMatch"] = partial_match
        if min_tokens is not UNSET:
            field_dict["minTokens"] = min_tokens
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diagram_detect_result_schema_annotations import DiagramDetectResultSchemaAnnotations  # noqa: PLC0415
        from ..models.diagram_detect_result_schema_error_message import DiagramDetectResultSchemaErrorMessage  # noqa: PLC0415

        d = dict(src_dict)
        status = JobStatus(d.pop("status"))

        created_time = d.pop("createdTime")

        start_time = d.pop("startTime")

        status_time = d.pop("statusTime")

        job_id = d.pop("jobId")

        error_message = d.pop("errorMessage", UNSET)

        search_field = d.pop("searchField", UNSET)

        partial_match = d.pop("partialMatch", UNSET)

        min_tokens = d.pop("minTokens", UNSET)

        _items = d.pop("items", UNSET)
        items: list[DiagramDetectResultSchemaAnnotations | DiagramDetectResultSchemaErrorMessage] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for componentsschemas_diagram_detect_result_schema_item_data in _items:

                def _parse_componentsschemas_diagram_detect_result_schema_item(
                    data: object,
                ) -> DiagramDetectResultSchemaAnnotations | DiagramDetectResultSchemaErrorMessage:
                    return parse_best(
                        data, (DiagramDetectResultSchemaAnnotations, DiagramDetectResultSchemaErrorMessage)
                    )

                componentsschemas_diagram_detect_result_schema_item = (
                    _parse_componentsschemas_diagram_detect_result_schema_item(
                        componentsschemas_diagram_detect_result_schema_item_data
                    )
                )

                items.append(componentsschemas_diagram_detect_result_schema_item)

        diagram_detect_results_response_200 = cls(
            status=status,
            created_time=created_time,
            start_time=start_time,
            status_time=status_time,
            job_id=job_id,
            error_message=error_message,
            search_field=search_field,
            partial_match=partial_match,
            min_tokens=min_tokens,
            items=items,
        )

        diagram_detect_results_response_200.additional_properties = d
        return diagram_detect_results_response_200
