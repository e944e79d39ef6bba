from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.failed_batch import FailedBatch
    from ..models.feature_parameters import FeatureParameters
    from ..models.vision_extract_item import VisionExtractItem


T = TypeVar("T", bound="VisionExtractGetResponse")


@_attrs_define
class VisionExtractGetResponse(AdditionalProperties):
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
        items (list[VisionExtractItem]): List of file IDs and their corresponding predictions.
        error_message (str | Unset): If the job failed, some more information about the error cause.
        failed_items (list[FailedBatch] | Unset):
        parameters (FeatureParameters | Unset): Feature-specific parameters. New feature extractor parameters may
            appear. Example: {'textDetectionParameters': {'threshold': 0.8}, 'assetTagDetectionParameters': {'threshold':
            0.8, 'partialMatch': True, 'assetSubtreeIds': [1, 2]}, 'peopleDetectionParameters': {'threshold': 0.8}}.
    """

    _FIT = {
        "status": "s",
        "createdTime": "i",
        "startTime": "i",
        "statusTime": "i",
        "jobId": "i",
        "items": ("l", ("m", "VisionExtractItem")),
        "errorMessage": "s",
        "failedItems": ("l", ("m", "FailedBatch")),
        "parameters": ("m", "FeatureParameters"),
    }
    _REQUIRED = ("status", "createdTime", "startTime", "statusTime", "jobId", "items")

    status: JobStatus
    created_time: int
    start_time: int
    status_time: int
    job_id: int
    items: list[VisionExtractItem]
    error_message: str | Unset = UNSET
    failed_items: list[FailedBatch] | Unset = UNSET
    parameters: FeatureParameters | Unset = UNSET
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

        failed_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failed_items, Unset):
            failed_items = []
            for failed_items_item_data in self.failed_items:
                failed_items_item = failed_items_item_data.to_dict()
                failed_items.append(failed_items_item)

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

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
        if failed_items is not UNSET:
            field_dict["failedItems"] = failed_items
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.failed_batch import FailedBatch  # noqa: PLC0415
        from ..models.feature_parameters import FeatureParameters  # noqa: PLC0415
        from ..models.vision_extract_item import VisionExtractItem  # noqa: PLC0415

        d = dict(src_dict)
        status = JobStatus(d.pop("status"))

        created_time = d.pop("createdTime")

        start_time = d.pop("startTime")

        status_time = d.pop("statusTime")

        job_id = d.pop("jobId")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = VisionExtractItem.from_dict(items_item_data)

            items.append(items_item)

        error_message = d.pop("errorMessage", UNSET)

        _failed_items = d.pop("failedItems", UNSET)
        failed_items: list[FailedBatch] | Unset = UNSET
        if _failed_items is not UNSET:
            failed_items = []
            for failed_items_item_data in _failed_items:
                failed_items_item = FailedBatch.from_dict(failed_items_item_data)

                failed_items.append(failed_items_item)

        _parameters = d.pop("parameters", UNSET)
        parameters: FeatureParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = FeatureParameters.from_dict(_parameters)

        vision_extract_get_response = cls(
            status=status,
            created_time=created_time,
            start_time=start_time,
            status_time=status_time,
            job_id=job_id,
            items=items,
            error_message=error_message,
            failed_items=failed_items,
            parameters=parameters,
        )

        vision_extract_get_response.additional_properties = d
        return vision_extract_get_response
