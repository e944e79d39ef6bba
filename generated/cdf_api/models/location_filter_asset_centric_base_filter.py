from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.id_either_external_id import IdEitherExternalId
    from ..models.id_either_id import IdEitherId


T = TypeVar("T", bound="LocationFilterAssetCentricBaseFilter")


@_attrs_define
class LocationFilterAssetCentricBaseFilter(AdditionalProperties):
    """
    Attributes:
        data_set_ids (list[float] | Unset): The list of data set IDs
        asset_subtree_ids (list[IdEitherExternalId | IdEitherId] | Unset): The list of asset subtree IDs
        external_id_prefix (str | Unset): The external ID prefix
    """

    _FIT = {
        "dataSetIds": ("l", "n"),
        "assetSubtreeIds": ("l", ("u", (("m", "IdEitherId"), ("m", "IdEitherExternalId")))),
        "externalIdPrefix": "s",
    }
    _REQUIRED = ()

    data_set_ids: list[float] | Unset = UNSET
    asset_subtree_ids: list[IdEitherExternalId | IdEitherId] | Unset = UNSET
    external_id_prefix: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_set_ids: list[float] | Unset = UNSET
        if not isinstance(self.data_set_ids, Unset):
            data_set_ids = self.data_set_ids

        asset_subtree_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.asset_subtree_ids, Unset):
            asset_subtree_ids = []
            for asset_subtree_ids_item_data in self.asset_subtree_ids:
                asset_subtree_ids_item: dict[str, Any]
                asset_subtree_ids_item = asset_subtree_ids_item_data.to_dict()

                asset_subtree_ids.append(asset_subtree_ids_item)

        external_id_prefix = self.external_id_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_set_ids is not UNSET:
            field_dict["dataSetIds"] = data_set_ids
        if asset_subtree_ids is not UNSET:
            field_dict["assetSubtreeIds"] = asset_subtree_ids
        if external_id_prefix is not UNSET:
            field_dict["externalIdPrefix"] = external_id_prefix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_either_external_id import IdEitherExternalId  # noqa: PLC0415
        from ..models.id_either_id import IdEitherId  # noqa: PLC0415

        d = dict(src_dict)
        data_set_ids = cast(list[float], d.pop("dataSetIds", UNSET))

        _asset_subtree_ids = d.pop("assetSubtreeIds", UNSET)
        asset_subtree_ids: list[IdEitherExternalId | IdEitherId] | Unset = UNSET
        if _asset_subtree_ids is not UNSET:
            asset_subtree_ids = []
            for asset_subtree_ids_item_data in _asset_subtree_ids:

                def _parse_asset_subtree_ids_item(data: object) -> IdEitherExternalId | IdEitherId:
                    return parse_best(data, (IdEitherId, IdEitherExternalId))

                asset_subtree_ids_item = _parse_asset_subtree_ids_item(asset_subtree_ids_item_data)

                asset_subtree_ids.append(asset_subtree_ids_item)

        external_id_prefix = d.pop("externalIdPrefix", UNSET)

        location_filter_asset_centric_base_filter = cls(
            data_set_ids=data_set_ids,
            asset_subtree_ids=asset_subtree_ids,
            external_id_prefix=external_id_prefix,
        )

        location_filter_asset_centric_base_filter.additional_properties = d
        return location_filter_asset_centric_base_filter
