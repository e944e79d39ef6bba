from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.asset_external_id import AssetExternalId
    from ..models.asset_internal_id import AssetInternalId
    from ..models.data_set_external_id import DataSetExternalId
    from ..models.data_set_internal_id import DataSetInternalId
    from ..models.epoch_timestamp_range import EpochTimestampRange
    from ..models.event_metadata import EventMetadata
    from ..models.is_null import IsNull


T = TypeVar("T", bound="EventFilter")


@_attrs_define
class EventFilter(AdditionalProperties):
    """Filter on events filter with exact match

    Attributes:
        start_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
        end_time (EpochTimestampRange | IsNull | Unset): Either range between two timestamps or isNull filter condition.
        active_at_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
        metadata (EventMetadata | Unset): Custom, application specific metadata. String key -> String value. Limits:
            Maximum length of key is 128 bytes, value 128000 bytes, up to 256 key-value pairs, of total size at most 200000.
        asset_ids (list[int] | Unset): Asset IDs of equipment that this event relates to.
        asset_external_ids (list[str] | Unset): Asset External IDs of equipment that this event relates to.
        asset_subtree_ids (list[AssetExternalId | AssetInternalId] | Unset): Only include events that have a related
            asset in a subtree rooted at any of these assetIds (including the roots given). If the total size of the given
            subtrees exceeds 100,000 assets, an error will be returned.
        data_set_ids (list[DataSetExternalId | DataSetInternalId] | Unset):
        source (str | Unset): The source of this event.
        type_ (str | Unset): Type of the event, e.g 'failure'.
        subtype (str | Unset): SubType of the event, e.g 'electrical'.
        created_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
        last_updated_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
        external_id_prefix (str | Unset): Filter by this (case-sensitive) prefix for the external ID. Example:
            my.known.prefix.
    """

    _FIT = {
        "startTime": ("m", "EpochTimestampRange"),
        "endTime": ("u", (("m", "EpochTimestampRange"), ("m", "IsNull"))),
        "activeAtTime": ("m", "EpochTimestampRange"),
        "metadata": ("m", "EventMetadata"),
        "assetIds": ("l", "i"),
        "assetExternalIds": ("l", "s"),
        "assetSubtreeIds": ("l", ("u", (("m", "AssetInternalId"), ("m", "AssetExternalId")))),
        "dataSetIds": ("l", ("u", (("m", "DataSetInternalId"), ("m", "DataSetExternalId")))),
        "source": "s",
        "type": "s",
        "subtype": "s",
        "createdTime": ("m", "EpochTimestampRange"),
        "lastUpdatedTime": ("m", "EpochTimestampRange"),
        "externalIdPrefix": "s",
    }
    _REQUIRED = ()

    start_time: EpochTimestampRange | Unset = UNSET
    end_time: EpochTimestampRange | IsNull | Unset = UNSET
    active_at_time: EpochTimestampRange | Unset = UNSET
    metadata: EventMetadata | Unset = UNSET
    asset_ids: list[int] | Unset = UNSET
    asset_external_ids: list[str] | Unset = UNSET
    asset_subtree_ids: list[AssetExternalId | AssetInternalId] | Unset = UNSET
    data_set_ids: list[DataSetExternalId | DataSetInternalId] | Unset = UNSET
    source: str | Unset = UNSET
    type_: str | Unset = UNSET
    subtype: str | Unset = UNSET
    created_time: EpochTimestampRange | Unset = UNSET
    last_updated_time: EpochTimestampRange | Unset = UNSET
    external_id_prefix: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.to_dict()

        end_time: dict[str, Any] | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time.to_dict()

        active_at_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active_at_time, Unset):
            active_at_time = self.active_at_time.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        asset_ids: list[int] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

        asset_external_ids: list[str] | Unset = UNSET
        if not isinstance(self.asset_external_ids, Unset):
            asset_external_ids = self.asset_external_ids

        asset_subtree_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.asset_subtree_ids, Unset):
            asset_subtree_ids = []
            for asset_subtree_ids_item_data in self.asset_subtree_ids:
                asset_subtree_ids_item: dict[str, Any]
                asset_subtree_ids_item = asset_subtree_ids_item_data.to_dict()

                asset_subtree_ids.append(asset_subtree_ids_item)

        data_set_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_set_ids, Unset):
            data_set_ids = []
            for data_set_ids_item_data in self.data_set_ids:
                data_set_ids_item: dict[str, Any]
                data_set_ids_item = data_set_ids_item_data.to_dict()

                data_set_ids.append(data_set_ids_item)

        source = self.source

        type_ = self.type_

        subtype = self.subtype

        created_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.to_dict()

        last_updated_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_updated_time, Unset):
            last_updated_time = self.last_updated_time.to_dict()

        external_id_prefix = self.external_id_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if active_at_time is not UNSET:
            field_dict["activeAtTime"] = active_at_time
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if asset_ids is not UNSET:
            field_dict["assetIds"] = asset_ids
        if asset_external_ids is not UNSET:
            field_dict["assetExternalIds"] = asset_external_ids
        if asset_subtree_ids is not UNSET:
            field_dict["assetSubtreeIds"] = asset_subtree_ids
        if data_set_ids is not UNSET:
            field_dict["dataSetIds"] = data_set_ids
        if source is not UNSET:
            field_dict["source"] = source
        if type_ is not UNSET:
            field_dict["type"] = type_
        if subtype is not UNSET:
            field_dict["subtype"] = subtype
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if last_updated_time is not UNSET:
            field_dict["lastUpdatedTime"] = last_updated_time
        if external_id_prefix is not UNSET:
            field_dict["externalIdPrefix"] = external_id_prefix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_external_id import AssetExternalId  # noqa: PLC0415
        from ..models.asset_internal_id import AssetInternalId  # noqa: PLC0415
        from ..models.data_set_external_id import DataSetExternalId  # noqa: PLC0415
        from ..models.data_set_internal_id import DataSetInternalId  # noqa: PLC0415
        from ..models.epoch_timestamp_range import EpochTimestampRange  # noqa: PLC0415
        from ..models.event_metadata import EventMetadata  # noqa: PLC0415
        from ..models.is_null import IsNull  # noqa: PLC0415

        d = dict(src_dict)
        _start_time = d.pop("startTime", UNSET)
        start_time: EpochTimestampRange | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = EpochTimestampRange.from_dict(_start_time)

        def _parse_end_time(data: object) -> EpochTimestampRange | IsNull | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (EpochTimestampRange, IsNull))

        end_time = _parse_end_time(d.pop("endTime", UNSET))

        _active_at_time = d.pop("activeAtTime", UNSET)
        active_at_time: EpochTimestampRange | Unset
        if isinstance(_active_at_time, Unset):
            active_at_time = UNSET
        else:
            active_at_time = EpochTimestampRange.from_dict(_active_at_time)

        _metadata = d.pop("metadata", UNSET)
        metadata: EventMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = EventMetadata.from_dict(_metadata)

        asset_ids = cast(list[int], d.pop("assetIds", UNSET))

        asset_external_ids = cast(list[str], d.pop("assetExternalIds", UNSET))

        _asset_subtree_ids = d.pop("assetSubtreeIds", UNSET)
        asset_subtree_ids: list[AssetExternalId | AssetInternalId] | Unset = UNSET
        if _asset_subtree_ids is not UNSET:
            asset_subtree_ids = []
            for asset_subtree_ids_item_data in _asset_subtree_ids:

                def _parse_asset_subtree_ids_item(data: object) -> AssetExternalId | AssetInternalId:
                    return parse_best(data, (AssetInternalId, AssetExternalId))

                asset_subtree_ids_item = _parse_asset_subtree_ids_item(asset_subtree_ids_item_data)

                asset_subtree_ids.append(asset_subtree_ids_item)

        _data_set_ids = d.pop("dataSetIds", UNSET)
        data_set_ids: list[DataSetExternalId | DataSetInternalId] | Unset = UNSET
        if _data_set_ids is not UNSET:
            data_set_ids = []
            for data_set_ids_item_data in _data_set_ids:

                def _parse_data_set_ids_item(data: object) -> DataSetExternalId | DataSetInternalId:
                    return parse_best(data, (DataSetInternalId, DataSetExternalId))

                data_set_ids_item = _parse_data_set_ids_item(data_set_ids_item_data)

                data_set_ids.append(data_set_ids_item)

        source = d.pop("source", UNSET)

        type_ = d.pop("type", UNSET)

        subtype = d.pop("subtype", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: EpochTimestampRange | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = EpochTimestampRange.from_dict(_created_time)

        _last_updated_time = d.pop("lastUpdatedTime", UNSET)
        last_updated_time: EpochTimestampRange | Unset
        if isinstance(_last_updated_time, Unset):
            last_updated_time = UNSET
        else:
            last_updated_time = EpochTimestampRange.from_dict(_last_updated_time)

        external_id_prefix = d.pop("externalIdPrefix", UNSET)

        event_filter = cls(
            start_time=start_time,
            end_time=end_time,
            active_at_time=active_at_time,
            metadata=metadata,
            asset_ids=asset_ids,
            asset_external_ids=asset_external_ids,
            asset_subtree_ids=asset_subtree_ids,
            data_set_ids=data_set_ids,
            source=source,
            type_=type_,
            subtype=subtype,
            created_time=created_time,
            last_updated_time=last_updated_time,
            external_id_prefix=external_id_prefix,
        )

        event_filter.additional_properties = d
        return event_filter
