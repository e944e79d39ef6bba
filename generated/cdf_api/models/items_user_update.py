from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ItemsUserUpdate")


@_attrs_define
class ItemsUserUpdate(AdditionalProperties):
    """
    Attributes:
        items (Any):
    """

    _FIT = {"items": None}
    _REQUIRED = ("items",)

    items: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = self.items

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
        d = dict(src_dict)
        items = d.pop("items")

        items_user_update = cls(
            items=items,
        )

        items_user_update.additional_properties = d
        return items_user_update
