from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CountAggregateIlaCount")


@_attrs_define
class CountAggregateIlaCount(AdditionalProperties):
    """Counts the number of items. When you specify a property, it returns the number of non-null values for that property.

    <u>Example:</u>

    To get number of records with non-null value in "nullable_property":
    ```
    {
      "my_nullable_property_count": {
        "count": { "property": [ "football", "game_statistics", "nullable_property" ] }
      }
    }
    ```

        Attributes:
            property_ (list[str] | Unset):
    """

    _FIT = {"property": ("l", "s")}
    _REQUIRED = ()

    property_: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_: list[str] | Unset = UNSET
        if not isinstance(self.property_, Unset):
            property_ = self.property_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if property_ is not UNSET:
            field_dict["property"] = property_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property", UNSET))

        count_aggregate_ila_count = cls(
            property_=property_,
        )

        count_aggregate_ila_count.additional_properties = d
        return count_aggregate_ila_count
