from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aggregated_property import AggregatedProperty
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.asset_external_id import AssetExternalId
    from ..models.asset_internal_id import AssetInternalId


T = TypeVar("T", bound="AssetDataIds")


@_attrs_define
class AssetDataIds(AdditionalProperties):
    """
    Attributes:
        items (list[AssetExternalId | AssetInternalId]):
        ignore_unknown_ids (bool | Unset): Ignore IDs and external IDs that are not found
        aggregated_properties (list[AggregatedProperty] | Unset): Set of aggregated properties to include
    """

    _FIT = {
        "items": ("l", ("u", (("m", "AssetInternalId"), ("m", "AssetExternalId")))),
        "ignoreUnknownIds": "b",
        "aggregatedProperties": ("l", "s"),
    }
    _REQUIRED = ("items",)

    items: list[AssetExternalId | AssetInternalId]
    ignore_unknown_ids: bool | Unset = UNSET
    aggregated_properties: list[AggregatedProperty] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            items_item = items_item_data.to_dict()

            items.append(items_item)

        ignore_unknown_ids = self.ignore_unknown_ids

        aggregated_properties: list[str] | Unset = UNSET
        if not isinstance(self.aggregated_properties, Unset):
            aggregated_properties = []
            for aggregated_properties_item_data in self.aggregated_properties:
                aggregated_properties_item = aggregated_properties_item_data.value
                aggregated_properties.append(aggregated_properties_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if ignore_unknown_ids is not UNSET:
            field_dict["ignoreUnknownIds"] = ignore_unknown_ids
        if aggregated_properties is not UNSET:
            field_dict["aggregatedProperties"] = aggregated_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_external_id import AssetExternalId  # noqa: PLC0415
        from ..models.asset_internal_id import AssetInternalId  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> AssetExternalId | AssetInternalId:
                return parse_best(data, (AssetInternalId, AssetExternalId))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        ignore_unknown_ids = d.pop("ignoreUnknownIds", UNSET)

        _aggregated_properties = d.pop("aggregatedProperties", UNSET)
        aggregated_properties: list[AggregatedProperty] | Unset = UNSET
        if _aggregated_properties is not UNSET:
            aggregated_properties = []
            for aggregated_properties_item_data in _aggregated_properties:
                aggregated_properties_item = AggregatedProperty(aggregated_properties_item_data)

                aggregated_properties.append(aggregated_properties_item)

        asset_data_ids = cls(
            items=items,
            ignore_unknown_ids=ignore_unknown_ids,
            aggregated_properties=aggregated_properties,
        )

        asset_data_ids.additional_properties = d
        return asset_data_ids
