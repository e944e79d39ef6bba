from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.measure_mapped_percentage_response_schema_items_item import (
        MeasureMappedPercentageResponseSchemaItemsItem,
    )


T = TypeVar("T", bound="MeasureMappedPercentageResponseSchema")


@_attrs_define
class MeasureMappedPercentageResponseSchema(AdditionalProperties):
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
        error_message (str | Unset): If the job failed, some more information about the error cause.
        items (list[MeasureMappedPercentageResponseSchemaItemsItem] | Unset):
    """

    _FIT = {
        "status": "s",
        "createdTime": "i",
        "startTime": "i",
        "statusTime": "i",
        "jobId": "s",
        "errorMessage": "s",
        "items": ("l", ("m", "MeasureMappedPercentageResponseSchemaItemsItem")),
    }
    _REQUIRED = ("status", "createdTime", "startTime", "statusTime", "jobId")

    status: JobStatus
    created_time: int
    start_time: int
    status_time: int
    job_id: str
    error_message: str | Unset = UNSET
    items: list[MeasureMappedPercentageResponseSchemaItemsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        created_time = self.created_time

        start_time = self.start_time

        status_time = self.status_time

        job_id = self.job_id

        error_message = self.error_message

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

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
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.measure_mapped_percentage_response_schema_items_item import (
            MeasureMappedPercentageResponseSchemaItemsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        status = JobStatus(d.pop("status"))

        created_time = d.pop("createdTime")

        start_time = d.pop("startTime")

        status_time = d.pop("statusTime")

        job_id = d.pop("jobId")

        error_message = d.pop("errorMessage", UNSET)

        _items = d.pop("items", UNSET)
        items: list[MeasureMappedPercentageResponseSchemaItemsItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = MeasureMappedPercentageResponseSchemaItemsItem.from_dict(items_item_data)

                items.append(items_item)

        measure_mapped_percentage_response_schema = cls(
            status=status,
            created_time=created_time,
            start_time=start_time,
            status_time=status_time,
            job_id=job_id,
            error_message=error_message,
            items=items,
        )

        measure_mapped_percentage_response_schema.additional_properties = d
        return measure_mapped_percentage_response_schema
