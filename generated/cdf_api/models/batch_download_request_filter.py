from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.batch_download_request_filter_metadata_filter import BatchDownloadRequestFilterMetadataFilter


T = TypeVar("T", bound="BatchDownloadRequestFilter")


@_attrs_define
class BatchDownloadRequestFilter(AdditionalProperties):
    """
    Attributes:
        survey_id (int | Unset): A survey's internal ID. All seismic objects included will be part of this survey.
        partition_id (int | Unset): A partition's internal ID. All seismic objects included will be part of this
            partition.
        metadata_filter (BatchDownloadRequestFilterMetadataFilter | Unset): All seismic objects included will have
            metadata that is a superset of the specified metadata filter.
    """

    _FIT = {"surveyId": "i", "partitionId": "i", "metadataFilter": ("m", "BatchDownloadRequestFilterMetadataFilter")}
    _REQUIRED = ()

    survey_id: int | Unset = UNSET
    partition_id: int | Unset = UNSET
    metadata_filter: BatchDownloadRequestFilterMetadataFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        survey_id = self.survey_id

        partition_id = self.partition_id

        metadata_filter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_filter, Unset):
            metadata_filter = self.metadata_filter.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if survey_id is not UNSET:
            field_dict["surveyId"] = survey_id
        if partition_id is not UNSET:
            field_dict["partitionId"] = partition_id
        if metadata_filter is not UNSET:
            field_dict["metadataFilter"] = metadata_filter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_download_request_filter_metadata_filter import BatchDownloadRequestFilterMetadataFilter  # noqa: PLC0415

        d = dict(src_dict)
        survey_id = d.pop("surveyId", UNSET)

        partition_id = d.pop("partitionId", UNSET)

        _metadata_filter = d.pop("metadataFilter", UNSET)
        metadata_filter: BatchDownloadRequestFilterMetadataFilter | Unset
        if isinstance(_metadata_filter, Unset):
            metadata_filter = UNSET
        else:
            metadata_filter = BatchDownloadRequestFilterMetadataFilter.from_dict(_metadata_filter)

        batch_download_request_filter = cls(
            survey_id=survey_id,
            partition_id=partition_id,
            metadata_filter=metadata_filter,
        )

        batch_download_request_filter.additional_properties = d
        return batch_download_request_filter
