from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SortByCreatedTime")


@_attrs_define
class SortByCreatedTime(AdditionalProperties):
    """
    Attributes:
        order (Literal['asc'] | Literal['desc']): Sort order
        property_ (Literal['createdTime']): Name of the property to sort by
    """

    _FIT = {"order": ("u", (("c", "asc"), ("c", "desc"))), "property": ("c", "createdTime")}
    _REQUIRED = ("order", "property")

    order: Literal["asc"] | Literal["desc"]
    property_: Literal["createdTime"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order: Literal["asc"] | Literal["desc"]
        order = self.order

        property_ = self.property_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order": order,
                "property": property_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_order(data: object) -> Literal["asc"] | Literal["desc"]:
            order_type_0 = cast(Literal["asc"], data)
            if order_type_0 != "asc":
                raise ValueError(f"order_type_0 must match const 'asc', got '{order_type_0}'")
            return order_type_0
            order_type_1 = cast(Literal["desc"], data)
            if order_type_1 != "desc":
                raise ValueError(f"order_type_1 must match const 'desc', got '{order_type_1}'")
            return order_type_1

        order = _parse_order(d.pop("order"))

        property_ = cast(Literal["createdTime"], d.pop("property"))
        if property_ != "createdTime":
            raise ValueError(f"property must match const 'createdTime', got '{property_}'")

        sort_by_created_time = cls(
            order=order,
            property_=property_,
        )

        sort_by_created_time.additional_properties = d
        return sort_by_created_time
