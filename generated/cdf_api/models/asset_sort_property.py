from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_sort_property_nulls import AssetSortPropertyNulls
from ..models.asset_sort_property_order import AssetSortPropertyOrder
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AssetSortProperty")


@_attrs_define
class AssetSortProperty(AdditionalProperties):
    """
    Attributes:
        property_ (list[str]): Property to sort on.
            Sorting can be done on the following properties:
              | Property                        |
              |---------------------------------|
              | `["createdTime"]`               |
              | `["dataSetId"]`                 |
              | `["description"]`               |
              | `["externalId"]`                |
              | `["lastUpdatedTime"]`           |
              | `["metadata", "someCustomKey"]` |
              | `["name"]`                      |
              | `["source"]`                    |
              | `["_score_"]`                   |
        order (AssetSortPropertyOrder | Unset): The `order` attribute is optional and defaults to `desc` for `_score_`
            and `asc` for all other properties.
        nulls (AssetSortPropertyNulls | Unset): The `nulls` attribute is optional and defaults to `auto`.
            `auto` is translated to `last` for the `asc` order and to `first` for the `desc` order by the service.
    """

    _FIT = {"property": ("l", "s"), "order": "s", "nulls": "s"}
    _REQUIRED = ("property",)

    property_: list[str]
    order: AssetSortPropertyOrder | Unset = UNSET
    nulls: AssetSortPropertyNulls | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.value

        nulls: str | Unset = UNSET
        if not isinstance(self.nulls, Unset):
            nulls = self.nulls.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
            }
        )
        if order is not UNSET:
            field_dict["order"] = order
        if nulls is not UNSET:
            field_dict["nulls"] = nulls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property"))

        _order = d.pop("order", UNSET)
        order: AssetSortPropertyOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = AssetSortPropertyOrder(_order)

        _nulls = d.pop("nulls", UNSET)
        nulls: AssetSortPropertyNulls | Unset
        if isinstance(_nulls, Unset):
            nulls = UNSET
        else:
            nulls = AssetSortPropertyNulls(_nulls)

        asset_sort_property = cls(
            property_=property_,
            order=order,
            nulls=nulls,
        )

        asset_sort_property.additional_properties = d
        return asset_sort_property
