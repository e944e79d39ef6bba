from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.file_reference_with_page_range_option_0 import FileReferenceWithPageRangeOption0
    from ..models.file_reference_with_page_range_option_1 import FileReferenceWithPageRangeOption1
    from ..models.file_reference_with_page_range_option_2 import FileReferenceWithPageRangeOption2


T = TypeVar("T", bound="DiagramDetectResponse200")


@_attrs_define
class DiagramDetectResponse200(AdditionalProperties):
    """
    Attributes:
        status (JobStatus): The status of the job.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        start_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal Time
            (UTC), minus leap seconds. Example: 1730204346000.
        status_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        items (list[FileReferenceWithPageRangeOption0 | FileReferenceWithPageRangeOption1 |
            FileReferenceWithPageRangeOption2]):
        job_id (int): Contextualization job ID. Example: 123.
        error_message (str | Unset): If the job failed, some more information about the error cause.
        search_field (str | Unset): This field determines the string to search for and to identify object entities.
            Example: userDefinedField.
        partial_match (bool | Unset): Allow partial (fuzzy) matching of entities in the engineering diagrams. Creates a
            match only when it is possible to do so unambiguously.
        min_tokens (int | Unset): Each detected item must match the detected entity on at least this number of tokens. A
            token is a substring of consecutive letters or digits.
    """

    _FIT = {
        "status": "s",
        "createdTime": "i",
        "startTime": "i",
        "statusTime": "i",
        "items": (
            "l",
            (
                "u",
                (
                    ("m", "FileReferenceWithPageRangeOption0"),
                    ("m", "FileReferenceWithPageRangeOption1"),
                    ("m", "FileReferenceWithPageRangeOption2"),
                ),
            ),
        ),
        "jobId": "i",
        "errorMessage": "s",
        "searchField": "s",
        "partialMatch": "b",
        "minTokens": "i",
    }
    _REQUIRED = ("status", "createdTime", "startTime", "statusTime", "items", "jobId")

    status: JobStatus
    created_time: int
    start_time: int
    status_time: int
    items: list[
        FileReferenceWithPageRangeOption0 | FileReferenceWithPageRangeOption1 | FileReferenceWithPageRangeOption2
    ]
    job_id: int
    error_message: str | Unset = UNSET
    search_field: str | Unset = UNSET
    partial_match: bool | Unset = UNSET
    min_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        created_time = self.created_time

        start_time = self.start_time

        status_time = self.status_time

        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            items_item = items_item_data.to_dict()

            items.append(items_item)

        job_id = self.job_id

        error_message = self.error_message

        search_field = self.search_field

        partial_match = self.partial_match

        min_tokens = self.min_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "createdTime": created_time,
                "startTime": start_time,
                "statusTime": status_time,
                "items": items,
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_reference_with_page_range_option_0 import FileReferenceWithPageRangeOption0  # noqa: PLC0415
        from ..models.file_reference_with_page_range_option_1 import FileReferenceWithPageRangeOption1  # noqa: PLC0415
        from ..models.file_reference_with_page_range_option_2 import FileReferenceWithPageRangeOption2  # noqa: PLC0415

        d = dict(src_dict)
        status = JobStatus(d.pop("status"))

        created_time = d.pop("createdTime")

        start_time = d.pop("startTime")

        status_time = d.pop("statusTime")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> (
                FileReferenceWithPageRangeOption0
                | FileReferenceWithPageRangeOption1
                | FileReferenceWithPageRangeOption2
            ):
                return parse_best(
                    data,
                    (
                        FileReferenceWithPageRangeOption0,
                        FileReferenceWithPageRangeOption1,
                        FileReferenceWithPageRangeOption2,
                    ),
                )

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        job_id = d.pop("jobId")

        error_message = d.pop("errorMessage", UNSET)

        search_field = d.pop("searchField", UNSET)

        partial_match = d.pop("partialMatch", UNSET)

        min_tokens = d.pop("minTokens", UNSET)

        diagram_detect_response_200 = cls(
            status=status,
            created_time=created_time,
            start_time=start_time,
            status_time=status_time,
            items=items,
            job_id=job_id,
            error_message=error_message,
            search_field=search_field,
            partial_match=partial_match,
            min_tokens=min_tokens,
        )

        diagram_detect_response_200.additional_properties = d
        return diagram_detect_response_200
