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
    from ..models.sequence_filter_metadata import SequenceFilterMetadata


T = TypeVar("T", bound="SequenceFilter")


@_attrs_define
class SequenceFilter(AdditionalProperties):
    """
    Attributes:
        name (str | Unset): Returns only sequences with this name.
        external_id_prefix (str | Unset): Filter by this (case-sensitive) prefix for the external ID. Example:
            my.known.prefix.
        metadata (SequenceFilterMetadata | Unset): Filters the sequences by metadata fields and values. Format is
            {'key1':'value1','key2':'value2'}. Example: {'key1': 'value1', 'key2': 'value2'}.
        asset_ids (list[int] | Unset): Returns only sequences linked to one of the specified assets. Example:
            [363848954441724, 793045462540095, 1261042166839739].
        root_asset_ids (list[int] | Unset): Only includes sequences that have a related asset in a tree rooted at any of
            these root `assetIds`. Example: [363848954441724, 793045462540095, 1261042166839739].
        asset_subtree_ids (list[AssetExternalId | AssetInternalId] | Unset): Only includes sequences that have a related
            asset in a subtree rooted at any of these `assetIds` (including the roots given). If the total size of the given
            subtrees exceeds 100,000 assets, an error will be returned. Example: [{'id': 1234567890}, {'externalId':
            'externalId123'}].
        created_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
        last_updated_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
        data_set_ids (list[DataSetExternalId | DataSetInternalId] | Unset): Only includes sequences that belong to these
            datasets.
    """

    _FIT = {
        "name": "s",
        "externalIdPrefix": "s",
        "metadata": ("m", "SequenceFilterMetadata"),
        "assetIds": ("l", "i"),
        "rootAssetIds": ("l", "i"),
        "assetSubtreeIds": ("l", ("u", (("m", "AssetInternalId"), ("m", "AssetExternalId")))),
        "createdTime": ("m", "EpochTimestampRange"),
        "lastUpdatedTime": ("m", "EpochTimestampRange"),
        "dataSetIds": ("l", ("u", (("m", "DataSetInternalId"), ("m", "DataSetExternalId")))),
    }
    _REQUIRED = ()

    name: str | Unset = UNSET
    external_id_prefix: str | Unset = UNSET
    metadata: SequenceFilterMetadata | Unset = UNSET
    asset_ids: list[int] | Unset = UNSET
    root_asset_ids: list[int] | Unset = UNSET
    asset_subtree_ids: list[AssetExternalId | AssetInternalId] | Unset = UNSET
    created_time: EpochTimestampRange | Unset = UNSET
    last_updated_time: EpochTimestampRange | Unset = UNSET
    data_set_ids: list[DataSetExternalId | DataSetInternalId] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        external_id_prefix = self.external_id_prefix

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        asset_ids: list[int] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

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

        created_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.to_dict()

        last_updated_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_updated_time, Unset):
            last_updated_time = self.last_updated_time.to_dict()

        data_set_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_set_ids, Unset):
            data_set_ids = []
            for data_set_ids_item_data in self.data_set_ids:
                data_set_ids_item: dict[str, Any]
                data_set_ids_item = data_set_ids_item_data.to_dict()

                data_set_ids.append(data_set_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if external_id_prefix is not UNSET:
            field_dict["externalIdPrefix"] = external_id_prefix
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if asset_ids is not UNSET:
            field_dict["assetIds"] = asset_ids
        if root_asset_ids is not UNSET:
            field_dict["rootAssetIds"] = root_asset_ids
        if asset_subtree_ids is not UNSET:
            field_dict["assetSubtreeIds"] = asset_subtree_ids
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if last_updated_time is not UNSET:
            field_dict["lastUpdatedTime"] = last_updated_time
        if data_set_ids is not UNSET:
            field_dict["dataSetIds"] = data_set_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_external_id import AssetExternalId  # noqa: PLC0415
        from ..models.asset_internal_id import AssetInternalId  # noqa: PLC0415
        from ..models.data_set_external_id import DataSetExternalId  # noqa: PLC0415
        from ..models.data_set_internal_id import DataSetInternalId  # noqa: PLC0415
        from ..models.epoch_timestamp_range import EpochTimestampRange  # noqa: PLC0415
        from ..models.sequence_filter_metadata import SequenceFilterMetadata  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        external_id_prefix = d.pop("externalIdPrefix", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: SequenceFilterMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SequenceFilterMetadata.from_dict(_metadata)

        asset_ids = cast(list[int], d.pop("assetIds", UNSET))

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

        _data_set_ids = d.pop("dataSetIds", UNSET)
        data_set_ids: list[DataSetExternalId | DataSetInternalId] | Unset = UNSET
        if _data_set_ids is not UNSET:
            data_set_ids = []
            for data_set_ids_item_data in _data_set_ids:

                def _parse_data_set_ids_item(data: object) -> DataSetExternalId | DataSetInternalId:
                    return parse_best(data, (DataSetInternalId, DataSetExternalId))

                data_set_ids_item = _parse_data_set_ids_item(data_set_ids_item_data)

                data_set_ids.append(data_set_ids_item)

        sequence_filter = cls(
            name=name,
            external_id_prefix=external_id_prefix,
            metadata=metadata,
            asset_ids=asset_ids,
            root_asset_ids=root_asset_ids,
            asset_subtree_ids=asset_subtree_ids,
            created_time=created_time,
            last_updated_time=last_updated_time,
            data_set_ids=data_set_ids,
        )

        sequence_filter.additional_properties = d
        return sequence_filter
