from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.asset_change_by_external_id import AssetChangeByExternalId
    from ..models.asset_change_by_id import AssetChangeById


T = TypeVar("T", bound="DataAssetChange")


@_attrs_define
class DataAssetChange(AdditionalProperties):
    """
    Attributes:
        items (list[AssetChangeByExternalId | AssetChangeById]):
    """

    _FIT = {"items": ("l", ("u", (("m", "AssetChangeById"), ("m", "AssetChangeByExternalId"))))}
    _REQUIRED = ("items",)

    items: list[AssetChangeByExternalId | AssetChangeById]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            items_item = items_item_data.to_dict()

            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_change_by_external_id import AssetChangeByExternalId  # noqa: PLC0415
        from ..models.asset_change_by_id import AssetChangeById  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> AssetChangeByExternalId | AssetChangeById:
                return parse_best(data, (AssetChangeById, AssetChangeByExternalId))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        data_asset_change = cls(
            items=items,
        )

        data_asset_change.additional_properties = d
        return data_asset_change
