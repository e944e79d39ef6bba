from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.vision_all_of_file_id import VisionAllOfFileId


T = TypeVar("T", bound="VisionSegmentEmbeddingPostResponse")


@_attrs_define
class VisionSegmentEmbeddingPostResponse(AdditionalProperties):
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
        items (list[VisionAllOfFileId]): List of files to be analyzed by the feature extractors.
        error_message (str | Unset): If the job failed, some more information about the error cause.
    """

    _FIT = {
        "status": "s",
        "createdTime": "i",
        "startTime": "i",
        "statusTime": "i",
        "jobId": "i",
        "items": ("l", ("m", "VisionAllOfFileId")),
        "errorMessage": "s",
    }
    _REQUIRED = ("status", "createdTime", "startTime", "statusTime", "jobId", "items")

    status: JobStatus
    created_time: int
    start_time: int
    status_time: int
    job_id: int
    items: list[VisionAllOfFileId]
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        created_time = self.created_time

        start_time = self.start_time

        status_time = self.status_time

        job_id = self.job_id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

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
                "items": items,
            }
        )
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vision_all_of_file_id import VisionAllOfFileId  # noqa: PLC0415

        d = dict(src_dict)
        status = JobStatus(d.pop("status"))

        created_time = d.pop("createdTime")

        start_time = d.pop("startTime")

        status_time = d.pop("statusTime")

        job_id = d.pop("jobId")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = VisionAllOfFileId.from_dict(items_item_data)

            items.append(items_item)

        error_message = d.pop("errorMessage", UNSET)

        vision_segment_embedding_post_response = cls(
            status=status,
            created_time=created_time,
            start_time=start_time,
            status_time=status_time,
            job_id=job_id,
            items=items,
            error_message=error_message,
        )

        vision_segment_embedding_post_response.additional_properties = d
        return vision_segment_embedding_post_response
