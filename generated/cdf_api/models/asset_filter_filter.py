from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.asset_external_id import AssetExternalId
    from ..models.asset_internal_id import AssetInternalId
    from ..models.asset_metadata import AssetMetadata
    from ..models.data_set_external_id import DataSetExternalId
    from ..models.data_set_internal_id import DataSetInternalId
    from ..models.epoch_timestamp_range import EpochTimestampRange
    from ..models.geo_location_filter import GeoLocationFilter
    from ..models.label_contains_all_filter import LabelContainsAllFilter
    from ..models.label_contains_any_filter import LabelContainsAnyFilter


T = TypeVar("T", bound="AssetFilterFilter")


@_attrs_define
class AssetFilterFilter(AdditionalProperties):
    """Filter on assets with strict matching.

    Attributes:
        name (str | Unset): The name of the asset.
        parent_ids (list[int] | Unset): Return only the direct descendants of the specified assets.
        parent_external_ids (list[str] | Unset): Return only the direct descendants of the specified assets.
        root_ids (list[AssetExternalId | AssetInternalId] | Unset): This parameter is deprecated. Use `assetSubtreeIds`
            instead. Only include these root assets and their descendants.
        asset_subtree_ids (list[AssetExternalId | AssetInternalId] | Unset): Only include assets in subtrees rooted at
            the specified assets (including the roots given). If the total size of the given subtrees exceeds 100,000
            assets, an error will be returned.
        data_set_ids (list[DataSetExternalId | DataSetInternalId] | Unset):
        metadata (AssetMetadata | Unset): Custom, application specific metadata. String key -> String value. Limits:
            Maximum length of key is 128 bytes, value 10240 bytes, up to 256 key-value pairs, of total size at most 10240.
        source (str | Unset): The source of the asset.
        created_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
        last_updated_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
        root (bool | Unset): Whether the filtered assets are root assets, or not. Set to True to only list root assets.
        external_id_prefix (str | Unset): Filter by this (case-sensitive) prefix for the external ID. Example:
            my.known.prefix.
        labels (LabelContainsAllFilter | LabelContainsAnyFilter | Unset): Return only the resource matching the
            specified label constraints.
        geo_location (GeoLocationFilter | Unset): Only include files matching the specified geographic relation.
    """

    _FIT = {
        "name": "s",
        "parentIds": ("l", "i"),
        "parentExternalIds": ("l", "s"),
        "rootIds": ("l", ("u", (("m", "AssetInternalId"), ("m", "AssetExternalId")))),
        "assetSubtreeIds": ("l", ("u", (("m", "AssetInternalId"), ("m", "AssetExternalId")))),
        "dataSetIds": ("l", ("u", (("m", "DataSetInternalId"), ("m", "DataSetExternalId")))),
        "metadata": ("m", "AssetMetadata"),
        "source": "s",
        "createdTime": ("m", "EpochTimestampRange"),
        "lastUpdatedTime": ("m", "EpochTimestampRange"),
        "root": "b",
        "externalIdPrefix": "s",
        "labels": ("u", (("m", "LabelContainsAnyFilter"), ("m", "LabelContainsAllFilter"))),
        "geoLocation": ("m", "GeoLocationFilter"),
    }
    _REQUIRED = ()

    name: str | Unset = UNSET
    parent_ids: list[int] | Unset = UNSET
    parent_external_ids: list[str] | Unset = UNSET
    root_ids: list[AssetExternalId | AssetInternalId] | Unset = UNSET
    asset_subtree_ids: list[AssetExternalId | AssetInternalId] | Unset = UNSET
    data_set_ids: list[DataSetExternalId | DataSetInternalId] | Unset = UNSET
    metadata: AssetMetadata | Unset = UNSET
    source: str | Unset = UNSET
    created_time: EpochTimestampRange | Unset = UNSET
    last_updated_time: EpochTimestampRange | Unset = UNSET
    root: bool | Unset = UNSET
    external_id_prefix: str | Unset = UNSET
    labels: LabelContainsAllFilter | LabelContainsAnyFilter | Unset = UNSET
    geo_location: GeoLocationFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        parent_ids: list[int] | Unset = UNSET
        if not isinstance(self.parent_ids, Unset):
            parent_ids = self.parent_ids

        parent_external_ids: list[str] | Unset = UNSET
        if not isinstance(self.parent_external_ids, Unset):
            parent_external_ids = self.parent_external_ids

        root_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.root_ids, Unset):
            root_ids = []
            for root_ids_item_data in self.root_ids:
                root_ids_item: dict[str, Any]
                root_ids_item = root_ids_item_data.to_dict()

                root_ids.append(root_ids_item)

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

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        source = self.source

        created_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.to_dict()

        last_updated_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_updated_time, Unset):
            last_updated_time = self.last_updated_time.to_dict()

        root = self.root

        external_id_prefix = self.external_id_prefix

        labels: dict[str, Any] | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        else:
            labels = self.labels.to_dict()

        geo_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geo_location, Unset):
            geo_location = self.geo_location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if parent_ids is not UNSET:
            field_dict["parentIds"] = parent_ids
        if parent_external_ids is not UNSET:
            field_dict["parentExternalIds"] = parent_external_ids
        if root_ids is not UNSET:
            field_dict["rootIds"] = root_ids
        if asset_subtree_ids is not UNSET:
            field_dict["assetSubtreeIds"] = asset_subtree_ids
        if data_set_ids is not UNSET:
            field_dict["dataSetIds"] = data_set_ids
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if source is not UNSET:
            field_dict["source"] = source
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if last_updated_time is not UNSET:
            field_dict["lastUpdatedTime"] = last_updated_time
        if root is not UNSET:
            field_dict["root"] = root
        if external_id_prefix is not UNSET:
            field_dict["externalIdPrefix"] = external_id_prefix
        if labels is not UNSET:
            field_dict["labels"] = labels
        if geo_location is not UNSET:
            field_dict["geoLocation"] = geo_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_external_id import AssetExternalId  # noqa: PLC0415
        from ..models.asset_internal_id import AssetInternalId  # noqa: PLC0415
        from ..models.asset_metadata import AssetMetadata  # noqa: PLC0415
        from ..models.data_set_external_id import DataSetExternalId  # noqa: PLC0415
        from ..models.data_set_internal_id import DataSetInternalId  # noqa: PLC0415
        from ..models.epoch_timestamp_range import EpochTimestampRange  # noqa: PLC0415
        from ..models.geo_location_filter import GeoLocationFilter  # noqa: PLC0415
        from ..models.label_contains_all_filter import LabelContainsAllFilter  # noqa: PLC0415
        from ..models.label_contains_any_filter import LabelContainsAnyFilter  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        parent_ids = cast(list[int], d.pop("parentIds", UNSET))

        parent_external_ids = cast(list[str], d.pop("parentExternalIds", UNSET))

        _root_ids = d.pop("rootIds", UNSET)
        root_ids: list[AssetExternalId | AssetInternalId] | Unset = UNSET
        if _root_ids is not UNSET:
            root_ids = []
            for root_ids_item_data in _root_ids:

                def _parse_root_ids_item(data: object) -> AssetExternalId | AssetInternalId:
                    return parse_best(data, (AssetInternalId, AssetExternalId))

                root_ids_item = _parse_root_ids_item(root_ids_item_data)

                root_ids.append(root_ids_item)

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

        _metadata = d.pop("metadata", UNSET)
        metadata: AssetMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AssetMetadata.from_dict(_metadata)

        source = d.pop("source", UNSET)

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

        root = d.pop("root", UNSET)

        external_id_prefix = d.pop("externalIdPrefix", UNSET)

        def _parse_labels(data: object) -> LabelContainsAllFilter | LabelContainsAnyFilter | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (LabelContainsAnyFilter, LabelContainsAllFilter))

        labels = _parse_labels(d.pop("labels", UNSET))

        _geo_location = d.pop("geoLocation", UNSET)
        geo_location: GeoLocationFilter | Unset
        if isinstance(_geo_location, Unset):
            geo_location = UNSET
        else:
            geo_location = GeoLocationFilter.from_dict(_geo_location)

        asset_filter_filter = cls(
            name=name,
            parent_ids=parent_ids,
            parent_external_ids=parent_external_ids,
            root_ids=root_ids,
            asset_subtree_ids=asset_subtree_ids,
            data_set_ids=data_set_ids,
            metadata=metadata,
            source=source,
            created_time=created_time,
            last_updated_time=last_updated_time,
            root=root,
            external_id_prefix=external_id_prefix,
            labels=labels,
            geo_location=geo_location,
        )

        asset_filter_filter.additional_properties = d
        return asset_filter_filter
