from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="MinAggregateMin")


@_attrs_define
class MinAggregateMin(AdditionalProperties):
    """The function will calculate, and return, the lowest - min - value for a property.

    Attributes:
        property_ (list[str]): Property you want to aggregate. Use a list of strings to specify nested properties.

            <u>Example:</u>

            You have the object
            ```
            {
              "room": {
                "id": "b53"
              },
              "roomId": "a23"
            }
            ```

            Use `["room", "id"]` to return the value in the nested `id` property, which is a part of the `room` object.

            You can also read the value(s) in the standalone property `roomId` with `["roomId"]`.
             Example: ['room', 'id'].
    """

    _FIT = {"property": ("l", "s")}
    _REQUIRED = ("property",)

    property_: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property"))

        min_aggregate_min = cls(
            property_=property_,
        )

        min_aggregate_min.additional_properties = d
        return min_aggregate_min
