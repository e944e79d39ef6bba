from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.one_of_file_id_option_0 import OneOfFileIdOption0
    from ..models.one_of_file_id_option_1 import OneOfFileIdOption1
    from ..models.one_of_file_id_option_2 import OneOfFileIdOption2


T = TypeVar("T", bound="DiagramConvertResponse200")


@_attrs_define
class DiagramConvertResponse200(AdditionalProperties):
    """
    Attributes:
        status (JobStatus): The status of the job.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        start_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal Time
            (UTC), minus leap seconds. Example: 1730204346000.
        status_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        items (list[OneOfFileIdOption0 | OneOfFileIdOption1 | OneOfFileIdOption2]):
        job_id (int): Contextualization job ID. Example: 123.
        error_message (str | Unset): If the job failed, some more information about the error cause.
        grayscale (bool | Unset): Return the SVG version in grayscale colors only (reduces the file size). Example:
            True.
    """

    _FIT = {
        "status": "s",
        "createdTime": "i",
        "startTime": "i",
        "statusTime": "i",
        "items": ("l", ("u", (("m", "OneOfFileIdOption0"), ("m", "OneOfFileIdOption1"), ("m", "OneOfFileIdOption2")))),
        "jobId": "i",
        "errorMessage": "s",
        "grayscale": "b",
    }
    _REQUIRED = ("status", "createdTime", "startTime", "statusTime", "items", "jobId")

    status: JobStatus
    created_time: int
    start_time: int
    status_time: int
    items: list[OneOfFileIdOption0 | OneOfFileIdOption1 | OneOfFileIdOption2]
    job_id: int
    error_message: str | Unset = UNSET
    grayscale: bool | Unset = UNSET
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

        grayscale = self.grayscale

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
        if grayscale is not UNSET:
            field_dict["grayscale"] = grayscale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.one_of_file_id_option_0 import OneOfFileIdOption0  # noqa: PLC0415
        from ..models.one_of_file_id_option_1 import OneOfFileIdOption1  # noqa: PLC0415
        from ..models.one_of_file_id_option_2 import OneOfFileIdOption2  # noqa: PLC0415

        d = dict(src_dict)
        status = JobStatus(d.pop("status"))

        created_time = d.pop("createdTime")

        start_time = d.pop("startTime")

        status_time = d.pop("statusTime")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> OneOfFileIdOption0 | OneOfFileIdOption1 | OneOfFileIdOption2:
                return parse_best(data, (OneOfFileIdOption0, OneOfFileIdOption1, OneOfFileIdOption2))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        job_id = d.pop("jobId")

        error_message = d.pop("errorMessage", UNSET)

        grayscale = d.pop("grayscale", UNSET)

        diagram_convert_response_200 = cls(
            status=status,
            created_time=created_time,
            start_time=start_time,
            status_time=status_time,
            items=items,
            job_id=job_id,
            error_message=error_message,
            grayscale=grayscale,
        )

        diagram_convert_response_200.additional_properties = d
        return diagram_convert_response_200
