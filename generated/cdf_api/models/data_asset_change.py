from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import best_first

if TYPE_CHECKING:
    from ..models.asset_change_by_external_id import AssetChangeByExternalId
    from ..models.asset_change_by_id import AssetChangeById


T = TypeVar("T", bound="DataAssetChange")


@_attrs_define
class DataAssetChange:
    """
    Attributes:
        items (list[AssetChangeByExternalId | AssetChangeById]):
    """

    _FIT = {"items": ("l", ("u", (("m", "AssetChangeById"), ("m", "AssetChangeByExternalId"))))}
    _REQUIRED = ("items",)

    items: list[AssetChangeByExternalId | AssetChangeById]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_change_by_id import AssetChangeById  # noqa: PLC0415

        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            if isinstance(items_item_data, AssetChangeById):
                items_item = items_item_data.to_dict()
            else:
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
                if isinstance(data, dict):
                    _ranked = best_first(
                        data,
                        (
                            AssetChangeById,
                            AssetChangeByExternalId,
                        ),
                    )
                    for _cls in _ranked[:-1]:
                        try:
                            return _cls.from_dict(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    return _ranked[-1].from_dict(data)
                raise TypeError(f"expected an object, got {type(data).__name__}")

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        data_asset_change = cls(
            items=items,
        )

        data_asset_change.additional_properties = d
        return data_asset_change

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
