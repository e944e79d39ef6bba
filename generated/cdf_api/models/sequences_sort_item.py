from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sequences_sort_item_nulls import SequencesSortItemNulls
from ..models.sequences_sort_item_order import SequencesSortItemOrder
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SequencesSortItem")


@_attrs_define
class SequencesSortItem(AdditionalProperties):
    """
    Attributes:
        property_ (list[str]): Property to sort on.
            Sorting can be done on the following properties:
              | Property                          |
              |-----------------------------------|
              | `['assetId']`                     |
              | `['createdTime']`                 |
              | `['dataSetId']`                   |
              | `['description']`                 |
              | `['externalId']`                  |
              | `['lastUpdatedTime']`             |
              | `['metadata', '<someCustomKey>']` |
              | `['name']`                        |
              | `['_score_']`                     |
        order (SequencesSortItemOrder | Unset): The `order` attribute is optional and defaults to `desc` for `_score_`
            and `asc` for all
            other properties.
        nulls (SequencesSortItemNulls | Unset): The `nulls` attribute is optional and defaults to `auto`. `auto` is
            translated to `last`
            for the `asc` order and to `first` for the `desc` order.
    """

    _FIT = {"property": ("l", "s"), "order": "s", "nulls": "s"}
    _REQUIRED = ("property",)

    property_: list[str]
    order: SequencesSortItemOrder | Unset = UNSET
    nulls: SequencesSortItemNulls | Unset = UNSET
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
        order: SequencesSortItemOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = SequencesSortItemOrder(_order)

        _nulls = d.pop("nulls", UNSET)
        nulls: SequencesSortItemNulls | Unset
        if isinstance(_nulls, Unset):
            nulls = UNSET
        else:
            nulls = SequencesSortItemNulls(_nulls)

        sequences_sort_item = cls(
            property_=property_,
            order=order,
            nulls=nulls,
        )

        sequences_sort_item.additional_properties = d
        return sequences_sort_item
