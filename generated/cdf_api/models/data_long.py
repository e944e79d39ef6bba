from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DataLong")


@_attrs_define
class DataLong(AdditionalProperties):
    """
    Attributes:
        items (list[int]):  Example: [23872937137, 1238712837, 128371973].
    """

    _FIT = {"items": ("l", "i")}
    _REQUIRED = ("items",)

    items: list[int]
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
        items = cast(list[int], d.pop("items"))

        data_long = cls(
            items=items,
        )

        data_long.additional_properties = d
        return data_long
