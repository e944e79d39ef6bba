from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.aggregate_property_values_value import AggregatePropertyValuesValue
    from ..models.aggregate_property_values_values_item import AggregatePropertyValuesValuesItem


T = TypeVar("T", bound="AggregatePropertyValues")


@_attrs_define
class AggregatePropertyValues(AdditionalProperties):
    """A single bucket to represent `uniqueProperties` aggregate result.

    Attributes:
        count (int): Number of items in this aggregation bucket.
        values (list[AggregatePropertyValuesValuesItem]): An array of unique properties for UniqueProperties aggregate.
        value (AggregatePropertyValuesValue | Unset): A unique property for UniqueProperties aggregate.
    """

    _FIT = {
        "count": "i",
        "values": ("l", ("m", "AggregatePropertyValuesValuesItem")),
        "value": ("m", "AggregatePropertyValuesValue"),
    }
    _REQUIRED = ("count", "values")

    count: int
    values: list[AggregatePropertyValuesValuesItem]
    value: AggregatePropertyValuesValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "values": values,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregate_property_values_value import AggregatePropertyValuesValue  # noqa: PLC0415
        from ..models.aggregate_property_values_values_item import AggregatePropertyValuesValuesItem  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = AggregatePropertyValuesValuesItem.from_dict(values_item_data)

            values.append(values_item)

        _value = d.pop("value", UNSET)
        value: AggregatePropertyValuesValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = AggregatePropertyValuesValue.from_dict(_value)

        aggregate_property_values = cls(
            count=count,
            values=values,
            value=value,
        )

        aggregate_property_values.additional_properties = d
        return aggregate_property_values
