from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sort_property_nulls import SortPropertyNulls
from ..models.sort_property_order import SortPropertyOrder
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SortProperty")


@_attrs_define
class SortProperty(AdditionalProperties):
    """
    Attributes:
        property_ (list[str]): Property to sort on.
            Sorting can be done on the following properties:
            | Property                        |
            |---------------------------------|
            | `["createdTime"]`               |
            | `["dataSetId"]`                 |
            | `["description"]`               |
            | `["endTime"]`                   |
            | `["externalId"]`                |
            | `["lastUpdatedTime"]`           |
            | `["metadata", "someCustomKey"]` |
            | `["source"]`                    |
            | `["startTime"]`                 |
            | `["subtype"]`                   |
            | `["type"]`                      |
            | `["_score_"]`                   |
        order (SortPropertyOrder | Unset): The `order` attribute is optional and defaults to `desc` for `_score_` and
            `asc` for all other properties.
        nulls (SortPropertyNulls | Unset): The `nulls` attribute is optional and defaults to `auto`.
            `auto` is translated to `last` for the `asc` order and to `first` for the `desc` order by the service.
    """

    _FIT = {"property": ("l", "s"), "order": "s", "nulls": "s"}
    _REQUIRED = ("property",)

    property_: list[str]
    order: SortPropertyOrder | Unset = UNSET
    nulls: SortPropertyNulls | Unset = UNSET
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
        order: SortPropertyOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = SortPropertyOrder(_order)

        _nulls = d.pop("nulls", UNSET)
        nulls: SortPropertyNulls | Unset
        if isinstance(_nulls, Unset):
            nulls = UNSET
        else:
            nulls = SortPropertyNulls(_nulls)

        sort_property = cls(
            property_=property_,
            order=order,
            nulls=nulls,
        )

        sort_property.additional_properties = d
        return sort_property
