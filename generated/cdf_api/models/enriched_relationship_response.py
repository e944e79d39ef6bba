from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_type import ResourceType
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.asset import Asset
    from ..models.event import Event
    from ..models.files_metadata import FilesMetadata
    from ..models.get_sequence_dto import GetSequenceDTO
    from ..models.get_time_series_metadata_dto import GetTimeSeriesMetadataDTO
    from ..models.label import Label


T = TypeVar("T", bound="EnrichedRelationshipResponse")


@_attrs_define
class EnrichedRelationshipResponse(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external ID of the relationship.
        source_external_id (str):
        source_type (ResourceType):
        target_external_id (str): The external ID of the relationship.
        target_type (ResourceType):
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        start_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        end_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        confidence (float | Unset): Confidence value of the existence of the relationship. Generated relationships
            provide a score of the likelihood of the relationship existing. Relationships without a confidence value can be
            interpreted at the discretion of each project.
        data_set_id (int | Unset): A server-generated ID for the object.
        labels (list[Label] | Unset): A list of the labels associated with this resource item.
        source (Asset | Event | FilesMetadata | GetSequenceDTO | GetTimeSeriesMetadataDTO | Unset):
        target (Asset | Event | FilesMetadata | GetSequenceDTO | GetTimeSeriesMetadataDTO | Unset):
    """

    _FIT = {
        "externalId": "s",
        "sourceExternalId": "s",
        "sourceType": "s",
        "targetExternalId": "s",
        "targetType": "s",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "startTime": "i",
        "endTime": "i",
        "confidence": "n",
        "dataSetId": "i",
        "labels": ("l", ("m", "Label")),
        "source": (
            "u",
            (
                ("m", "Asset"),
                ("m", "GetTimeSeriesMetadataDTO"),
                ("m", "Event"),
                ("m", "FilesMetadata"),
                ("m", "GetSequenceDTO"),
            ),
        ),
        "target": (
            "u",
            (
                ("m", "Asset"),
                ("m", "GetTimeSeriesMetadataDTO"),
                ("m", "Event"),
                ("m", "FilesMetadata"),
                ("m", "GetSequenceDTO"),
            ),
        ),
    }
    _REQUIRED = (
        "externalId",
        "sourceExternalId",
        "sourceType",
        "targetExternalId",
        "targetType",
        "createdTime",
        "lastUpdatedTime",
    )

    external_id: str
    source_external_id: str
    source_type: ResourceType
    target_external_id: str
    target_type: ResourceType
    created_time: int
    last_updated_time: int
    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    confidence: float | Unset = UNSET
    data_set_id: int | Unset = UNSET
    labels: list[Label] | Unset = UNSET
    source: Asset | Event | FilesMetadata | GetSequenceDTO | GetTimeSeriesMetadataDTO | Unset = UNSET
    target: Asset | Event | FilesMetadata | GetSequenceDTO | GetTimeSeriesMetadataDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        source_external_id = self.source_external_id

        source_type = self.source_type.value

        target_external_id = self.target_external_id

        target_type = self.target_type.value

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        start_time = self.start_time

        end_time = self.end_time

        confidence = self.confidence

        data_set_id = self.data_set_id

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for componentsschemas_label_list_item_data in self.labels:
                componentsschemas_label_list_item = componentsschemas_label_list_item_data.to_dict()
                labels.append(componentsschemas_label_list_item)

        source: dict[str, Any] | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source.to_dict()

        target: dict[str, Any] | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "sourceExternalId": source_external_id,
                "sourceType": source_type,
                "targetExternalId": target_external_id,
                "targetType": target_type,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if labels is not UNSET:
            field_dict["labels"] = labels
        if source is not UNSET:
            field_dict["source"] = source
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset import Asset  # noqa: PLC0415
        from ..models.event import Event  # noqa: PLC0415
        from ..models.files_metadata import FilesMetadata  # noqa: PLC0415
        from ..models.get_sequence_dto import GetSequenceDTO  # noqa: PLC0415
        from ..models.get_time_series_metadata_dto import GetTimeSeriesMetadataDTO  # noqa: PLC0415
        from ..models.label import Label  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        source_external_id = d.pop("sourceExternalId")

        source_type = ResourceType(d.pop("sourceType"))

        target_external_id = d.pop("targetExternalId")

        target_type = ResourceType(d.pop("targetType"))

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        start_time = d.pop("startTime", UNSET)

        end_time = d.pop("endTime", UNSET)

        confidence = d.pop("confidence", UNSET)

        data_set_id = d.pop("dataSetId", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: list[Label] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for componentsschemas_label_list_item_data in _labels:
                componentsschemas_label_list_item = Label.from_dict(componentsschemas_label_list_item_data)

                labels.append(componentsschemas_label_list_item)

        def _parse_source(
            data: object,
        ) -> Asset | Event | FilesMetadata | GetSequenceDTO | GetTimeSeriesMetadataDTO | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (Asset, GetTimeSeriesMetadataDTO, Event, FilesMetadata, GetSequenceDTO))

        source = _parse_source(d.pop("source", UNSET))

        def _parse_target(
            data: object,
        ) -> Asset | Event | FilesMetadata | GetSequenceDTO | GetTimeSeriesMetadataDTO | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (Asset, GetTimeSeriesMetadataDTO, Event, FilesMetadata, GetSequenceDTO))

        target = _parse_target(d.pop("target", UNSET))

        enriched_relationship_response = cls(
            external_id=external_id,
            source_external_id=source_external_id,
            source_type=source_type,
            target_external_id=target_external_id,
            target_type=target_type,
            created_time=created_time,
            last_updated_time=last_updated_time,
            start_time=start_time,
            end_time=end_time,
            confidence=confidence,
            data_set_id=data_set_id,
            labels=labels,
            source=source,
            target=target,
        )

        enriched_relationship_response.additional_properties = d
        return enriched_relationship_response
