from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_type import ResourceType
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.data_set_external_id import DataSetExternalId
    from ..models.data_set_internal_id import DataSetInternalId
    from ..models.epoch_timestamp_range import EpochTimestampRange
    from ..models.float_range import FloatRange
    from ..models.label_contains_all_filter import LabelContainsAllFilter
    from ..models.label_contains_any_filter import LabelContainsAnyFilter
    from ..models.resource_reference_with_external_id import ResourceReferenceWithExternalId


T = TypeVar("T", bound="AdvancedListFilter")


@_attrs_define
class AdvancedListFilter(AdditionalProperties):
    """Filter on relationships with exact match. Multiple filter elements in one property, for example `sourceExternalIds:
    [ "a", "b" ], returns all relationships where the sourceExternalId field is either `a` or `b`. Filters in multiple
    properties return relationships that match all criteria. If the filter is not specified, it defaults to an empty
    filter.

        Attributes:
            source_external_ids (list[str] | Unset): Include relationships that have any of these values in their
                `sourceExternalId` field
            source_types (list[ResourceType] | Unset): Include relationships that have any of these values in their
                `sourceType` field
            target_external_ids (list[str] | Unset): Include relationships that have any of these values in their
                `targetExternalId` field
            target_types (list[ResourceType] | Unset): Include relationships that have any of these values in their
                `targetType` field
            data_set_ids (list[DataSetExternalId | DataSetInternalId] | Unset):
            start_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
            end_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
            confidence (FloatRange | Unset): Range to filter the field for (inclusive).
            last_updated_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
            created_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
            active_at_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
            labels (LabelContainsAllFilter | LabelContainsAnyFilter | Unset): Return only the resource matching the
                specified label constraints.
            sources_or_targets (list[ResourceReferenceWithExternalId] | Unset): Include relationships that match any of the
                resources in either their source- or target-related fields.
    """

    _FIT = {
        "sourceExternalIds": ("l", "s"),
        "sourceTypes": ("l", "s"),
        "targetExternalIds": ("l", "s"),
        "targetTypes": ("l", "s"),
        "dataSetIds": ("l", ("u", (("m", "DataSetInternalId"), ("m", "DataSetExternalId")))),
        "startTime": ("m", "EpochTimestampRange"),
        "endTime": ("m", "EpochTimestampRange"),
        "confidence": ("m", "FloatRange"),
        "lastUpdatedTime": ("m", "EpochTimestampRange"),
        "createdTime": ("m", "EpochTimestampRange"),
        "activeAtTime": ("m", "EpochTimestampRange"),
        "labels": ("u", (("m", "LabelContainsAnyFilter"), ("m", "LabelContainsAllFilter"))),
        "sourcesOrTargets": ("l", ("m", "ResourceReferenceWithExternalId")),
    }
    _REQUIRED = ()

    source_external_ids: list[str] | Unset = UNSET
    source_types: list[ResourceType] | Unset = UNSET
    target_external_ids: list[str] | Unset = UNSET
    target_types: list[ResourceType] | Unset = UNSET
    data_set_ids: list[DataSetExternalId | DataSetInternalId] | Unset = UNSET
    start_time: EpochTimestampRange | Unset = UNSET
    end_time: EpochTimestampRange | Unset = UNSET
    confidence: FloatRange | Unset = UNSET
    last_updated_time: EpochTimestampRange | Unset = UNSET
    created_time: EpochTimestampRange | Unset = UNSET
    active_at_time: EpochTimestampRange | Unset = UNSET
    labels: LabelContainsAllFilter | LabelContainsAnyFilter | Unset = UNSET
    sources_or_targets: list[ResourceReferenceWithExternalId] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_external_ids: list[str] | Unset = UNSET
        if not isinstance(self.source_external_ids, Unset):
            source_external_ids = self.source_external_ids

        source_types: list[str] | Unset = UNSET
        if not isinstance(self.source_types, Unset):
            source_types = []
            for source_types_item_data in self.source_types:
                source_types_item = source_types_item_data.value
                source_types.append(source_types_item)

        target_external_ids: list[str] | Unset = UNSET
        if not isinstance(self.target_external_ids, Unset):
            target_external_ids = self.target_external_ids

        target_types: list[str] | Unset = UNSET
        if not isinstance(self.target_types, Unset):
            target_types = []
            for target_types_item_data in self.target_types:
                target_types_item = target_types_item_data.value
                target_types.append(target_types_item)

        data_set_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_set_ids, Unset):
            data_set_ids = []
            for data_set_ids_item_data in self.data_set_ids:
                data_set_ids_item: dict[str, Any]
                data_set_ids_item = data_set_ids_item_data.to_dict()

                data_set_ids.append(data_set_ids_item)

        start_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.to_dict()

        end_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.to_dict()

        confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.to_dict()

        last_updated_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_updated_time, Unset):
            last_updated_time = self.last_updated_time.to_dict()

        created_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.to_dict()

        active_at_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active_at_time, Unset):
            active_at_time = self.active_at_time.to_dict()

        labels: dict[str, Any] | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        else:
            labels = self.labels.to_dict()

        sources_or_targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources_or_targets, Unset):
            sources_or_targets = []
            for sources_or_targets_item_data in self.sources_or_targets:
                sources_or_targets_item = sources_or_targets_item_data.to_dict()
                sources_or_targets.append(sources_or_targets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_external_ids is not UNSET:
            field_dict["sourceExternalIds"] = source_external_ids
        if source_types is not UNSET:
            field_dict["sourceTypes"] = source_types
        if target_external_ids is not UNSET:
            field_dict["targetExternalIds"] = target_external_ids
        if target_types is not UNSET:
            field_dict["targetTypes"] = target_types
        if data_set_ids is not UNSET:
            field_dict["dataSetIds"] = data_set_ids
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if last_updated_time is not UNSET:
            field_dict["lastUpdatedTime"] = last_updated_time
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if active_at_time is not UNSET:
            field_dict["activeAtTime"] = active_at_time
        if labels is not UNSET:
            field_dict["labels"] = labels
        if sources_or_targets is not UNSET:
            field_dict["sourcesOrTargets"] = sources_or_targets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_set_external_id import DataSetExternalId  # noqa: PLC0415
        from ..models.data_set_internal_id import DataSetInternalId  # noqa: PLC0415
        from ..models.epoch_timestamp_range import EpochTimestampRange  # noqa: PLC0415
        from ..models.float_range import FloatRange  # noqa: PLC0415
        from ..models.label_contains_all_filter import LabelContainsAllFilter  # noqa: PLC0415
        from ..models.label_contains_any_filter import LabelContainsAnyFilter  # noqa: PLC0415
        from ..models.resource_reference_with_external_id import ResourceReferenceWithExternalId  # noqa: PLC0415

        d = dict(src_dict)
        source_external_ids = cast(list[str], d.pop("sourceExternalIds", UNSET))

        _source_types = d.pop("sourceTypes", UNSET)
        source_types: list[ResourceType] | Unset = UNSET
        if _source_types is not UNSET:
            source_types = []
            for source_types_item_data in _source_types:
                source_types_item = ResourceType(source_types_item_data)

                source_types.append(source_types_item)

        target_external_ids = cast(list[str], d.pop("targetExternalIds", UNSET))

        _target_types = d.pop("targetTypes", UNSET)
        target_types: list[ResourceType] | Unset = UNSET
        if _target_types is not UNSET:
            target_types = []
            for target_types_item_data in _target_types:
                target_types_item = ResourceType(target_types_item_data)

                target_types.append(target_types_item)

        _data_set_ids = d.pop("dataSetIds", UNSET)
        data_set_ids: list[DataSetExternalId | DataSetInternalId] | Unset = UNSET
        if _data_set_ids is not UNSET:
            data_set_ids = []
            for data_set_ids_item_data in _data_set_ids:

                def _parse_data_set_ids_item(data: object) -> DataSetExternalId | DataSetInternalId:
                    return parse_best(data, (DataSetInternalId, DataSetExternalId))

                data_set_ids_item = _parse_data_set_ids_item(data_set_ids_item_data)

                data_set_ids.append(data_set_ids_item)

        _start_time = d.pop("startTime", UNSET)
        start_time: EpochTimestampRange | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = EpochTimestampRange.from_dict(_start_time)

        _end_time = d.pop("endTime", UNSET)
        end_time: EpochTimestampRange | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = EpochTimestampRange.from_dict(_end_time)

        _confidence = d.pop("confidence", UNSET)
        confidence: FloatRange | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = FloatRange.from_dict(_confidence)

        _last_updated_time = d.pop("lastUpdatedTime", UNSET)
        last_updated_time: EpochTimestampRange | Unset
        if isinstance(_last_updated_time, Unset):
            last_updated_time = UNSET
        else:
            last_updated_time = EpochTimestampRange.from_dict(_last_updated_time)

        _created_time = d.pop("createdTime", UNSET)
        created_time: EpochTimestampRange | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = EpochTimestampRange.from_dict(_created_time)

        _active_at_time = d.pop("activeAtTime", UNSET)
        active_at_time: EpochTimestampRange | Unset
        if isinstance(_active_at_time, Unset):
            active_at_time = UNSET
        else:
            active_at_time = EpochTimestampRange.from_dict(_active_at_time)

        def _parse_labels(data: object) -> LabelContainsAllFilter | LabelContainsAnyFilter | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (LabelContainsAnyFilter, LabelContainsAllFilter))

        labels = _parse_labels(d.pop("labels", UNSET))

        _sources_or_targets = d.pop("sourcesOrTargets", UNSET)
        sources_or_targets: list[ResourceReferenceWithExternalId] | Unset = UNSET
        if _sources_or_targets is not UNSET:
            sources_or_targets = []
            for sources_or_targets_item_data in _sources_or_targets:
                sources_or_targets_item = ResourceReferenceWithExternalId.from_dict(sources_or_targets_item_data)

                sources_or_targets.append(sources_or_targets_item)

        advanced_list_filter = cls(
            source_external_ids=source_external_ids,
            source_types=source_types,
            target_external_ids=target_external_ids,
            target_types=target_types,
            data_set_ids=data_set_ids,
            start_time=start_time,
            end_time=end_time,
            confidence=confidence,
            last_updated_time=last_updated_time,
            created_time=created_time,
            active_at_time=active_at_time,
            labels=labels,
            sources_or_targets=sources_or_targets,
        )

        advanced_list_filter.additional_properties = d
        return advanced_list_filter
