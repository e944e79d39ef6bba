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
    from ..models.time_series_metadata import TimeSeriesMetadata


T = TypeVar("T", bound="Filter")


@_attrs_define
class Filter(AdditionalProperties):
    """
    Attributes:
        name (str | Unset): Filter on name.
        unit (str | Unset): Filter on unit.
        unit_external_id (str | Unset): Filter on unitExternalId.
        unit_quantity (str | Unset): Filter on unitQuantity.
        is_string (bool | Unset): Filter on isString.
        is_step (bool | Unset): Filter on isStep.
        metadata (TimeSeriesMetadata | Unset): Custom, application specific metadata. String key -> String value.
            Maximum length of key is 128 bytes, up to 256 key-value pairs, of total size of at most 10000 bytes across all
            keys and values.
        asset_ids (list[int] | Unset): Only includes time series that reference these specific asset IDs. Example:
            [363848954441724, 793045462540095, 1261042166839739].
        asset_external_ids (list[str] | Unset): Asset External IDs of related equipment that this time series relates
            to.
        root_asset_ids (list[int] | Unset): Only includes time series that have a related asset in a tree rooted at any
            of these root `assetIds`. Example: [343099548723932, 88483999203217].
        asset_subtree_ids (list[AssetExternalId | AssetInternalId] | Unset): Only includes time series that are related
            to an asset in a subtree rooted at any of these `assetIds` (including the roots given). If the total size of the
            given subtrees exceeds 100,000 assets, an error will be returned.
        data_set_ids (list[DataSetExternalId | DataSetInternalId] | Unset): Only includes time series that reference
            these specific data set IDs.
        external_id_prefix (str | Unset): Filter by this (case-sensitive) prefix for the external ID. Example:
            my.known.prefix.
        created_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
        last_updated_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
    """

    _FIT = {
        "name": "s",
        "unit": "s",
        "unitExternalId": "s",
        "unitQuantity": "s",
        "isString": "b",
        "isStep": "b",
        "metadata": ("m", "TimeSeriesMetadata"),
        "assetIds": ("l", "i"),
        "assetExternalIds": ("l", "s"),
        "rootAssetIds": ("l", "i"),
        "assetSubtreeIds": ("l", ("u", (("m", "AssetInternalId"), ("m", "AssetExternalId")))),
        "dataSetIds": ("l", ("u", (("m", "DataSetInternalId"), ("m", "DataSetExternalId")))),
        "externalIdPrefix": "s",
        "createdTime": ("m", "EpochTimestampRange"),
        "lastUpdatedTime": ("m", "EpochTimestampRange"),
    }
    _REQUIRED = ()

    name: str | Unset = UNSET
    unit: str | Unset = UNSET
    unit_external_id: str | Unset = UNSET
    unit_quantity: str | Unset = UNSET
    is_string: bool | Unset = UNSET
    is_step: bool | Unset = UNSET
    metadata: TimeSeriesMetadata | Unset = UNSET
    asset_ids: list[int] | Unset = UNSET
    asset_external_ids: list[str] | Unset = UNSET
    root_asset_ids: list[int] | Unset = UNSET
    asset_subtree_ids: list[AssetExternalId | AssetInternalId] | Unset = UNSET
    data_set_ids: list[DataSetExternalId | DataSetInternalId] | Unset = UNSET
    external_id_prefix: str | Unset = UNSET
    created_time: EpochTimestampRange | Unset = UNSET
    last_updated_time: EpochTimestampRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        unit = self.unit

        unit_external_id = self.unit_external_id

        unit_quantity = self.unit_quantity

        is_string = self.is_string

        is_step = self.is_step

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        asset_ids: list[int] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

        asset_external_ids: list[str] | Unset = UNSET
        if not isinstance(self.asset_external_ids, Unset):
            asset_external_ids = self.asset_external_ids

        root_asset_ids: list[int] | Unset = UNSET
        if not isinstance(self.root_asset_ids, Unset):
            root_asset_ids = self.root_asset_ids

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

        external_id_prefix = self.external_id_prefix

        created_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.to_dict()

        last_updated_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_updated_time, Unset):
            last_updated_time = self.last_updated_time.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if unit is not UNSET:
            field_dict["unit"] = unit
        if unit_external_id is not UNSET:
            field_dict["unitExternalId"] = unit_external_id
        if unit_quantity is not UNSET:
            field_dict["unitQuantity"] = unit_quantity
        if is_string is not UNSET:
            field_dict["isString"] = is_string
        if is_step is not UNSET:
            field_dict["isStep"] = is_step
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if asset_ids is not UNSET:
            field_dict["assetIds"] = asset_ids
        if asset_external_ids is not UNSET:
            field_dict["assetExternalIds"] = asset_external_ids
        if root_asset_ids is not UNSET:
            field_dict["rootAssetIds"] = root_asset_ids
        if asset_subtree_ids is not UNSET:
            field_dict["assetSubtreeIds"] = asset_subtree_ids
        if data_set_ids is not UNSET:
            field_dict["dataSetIds"] = data_set_ids
        if external_id_prefix is not UNSET:
            field_dict["externalIdPrefix"] = external_id_prefix
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if last_updated_time is not UNSET:
            field_dict["lastUpdatedTime"] = last_updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_external_id import AssetExternalId  # noqa: PLC0415
        from ..models.asset_internal_id import AssetInternalId  # noqa: PLC0415
        from ..models.data_set_external_id import DataSetExternalId  # noqa: PLC0415
        from ..models.data_set_internal_id import DataSetInternalId  # noqa: PLC0415
        from ..models.epoch_timestamp_range import EpochTimestampRange  # noqa: PLC0415
        from ..models.time_series_metadata import TimeSeriesMetadata  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        unit = d.pop("unit", UNSET)

        unit_external_id = d.pop("unitExternalId", UNSET)

        unit_quantity = d.pop("unitQuantity", UNSET)

        is_string = d.pop("isString", UNSET)

        is_step = d.pop("isStep", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: TimeSeriesMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = TimeSeriesMetadata.from_dict(_metadata)

        asset_ids = cast(list[int], d.pop("assetIds", UNSET))

        asset_external_ids = cast(list[str], d.pop("assetExternalIds", UNSET))

        root_asset_ids = cast(list[int], d.pop("rootAssetIds", UNSET))

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

        external_id_prefix = d.pop("externalIdPrefix", UNSET)

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

        filter_ = cls(
            name=name,
            unit=unit,
            unit_external_id=unit_external_id,
            unit_quantity=unit_quantity,
            is_string=is_string,
            is_step=is_step,
            metadata=metadata,
            asset_ids=asset_ids,
            asset_external_ids=asset_external_ids,
            root_asset_ids=root_asset_ids,
            asset_subtree_ids=asset_subtree_ids,
            data_set_ids=data_set_ids,
            external_id_prefix=external_id_prefix,
            created_time=created_time,
            last_updated_time=last_updated_time,
        )

        filter_.additional_properties = d
        return filter_
