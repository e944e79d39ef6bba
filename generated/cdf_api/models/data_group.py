from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.group_managed_externally import GroupManagedExternally
    from ..models.group_managed_in_cdf import GroupManagedInCDF


T = TypeVar("T", bound="DataGroup")


@_attrs_define
class DataGroup(AdditionalProperties):
    """
    Attributes:
        items (list[GroupManagedExternally | GroupManagedInCDF]):
    """

    _FIT = {"items": ("l", ("u", (("m", "GroupManagedExternally"), ("m", "GroupManagedInCDF"))))}
    _REQUIRED = ("items",)

    items: list[GroupManagedExternally | GroupManagedInCDF]
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
        from ..models.group_managed_externally import GroupManagedExternally  # noqa: PLC0415
        from ..models.group_managed_in_cdf import GroupManagedInCDF  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> GroupManagedExternally | GroupManagedInCDF:
                return parse_best(data, (GroupManagedExternally, GroupManagedInCDF))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        data_group = cls(
            items=items,
        )

        data_group.additional_properties = d
        return data_group
