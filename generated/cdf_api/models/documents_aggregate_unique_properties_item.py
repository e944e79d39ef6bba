from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DocumentsAggregateUniquePropertiesItem")


@_attrs_define
class DocumentsAggregateUniquePropertiesItem(AdditionalProperties):
    """
    Attributes:
        count (int): Number of properties with this name
        values (list[str]): A property name
    """

    _FIT = {"count": "i", "values": ("l", "s")}
    _REQUIRED = ("count", "values")

    count: int
    values: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        values = cast(list[str], d.pop("values"))

        documents_aggregate_unique_properties_item = cls(
            count=count,
            values=values,
        )

        documents_aggregate_unique_properties_item.additional_properties = d
        return documents_aggregate_unique_properties_item
