from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.aggregate_integer_values import AggregateIntegerValues
    from ..models.aggregate_property_values import AggregatePropertyValues
    from ..models.aggregate_string_values import AggregateStringValues


T = TypeVar("T", bound="ValuesAggregateResult")


@_attrs_define
class ValuesAggregateResult(AdditionalProperties):
    """Common aggregate structure to represent aggregate result which have count buckets for filter resultset (Unique
    Property Values, Not Null Document Properties, etc).

        Example:
            {'items': [{'count': 5, 'values': ['value_1']}, {'count': 10, 'values': ['value_2']}]}

        Attributes:
            items (list[AggregateIntegerValues | AggregatePropertyValues | AggregateStringValues]):
    """

    _FIT = {
        "items": (
            "l",
            ("u", (("m", "AggregateStringValues"), ("m", "AggregateIntegerValues"), ("m", "AggregatePropertyValues"))),
        )
    }
    _REQUIRED = ("items",)

    items: list[AggregateIntegerValues | AggregatePropertyValues | AggregateStringValues]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            items_item = items_item_data.to_dict()

            items.append(items_item)

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
        from ..models.aggregate_integer_values import AggregateIntegerValues  # noqa: PLC0415
        from ..models.aggregate_property_values import AggregatePropertyValues  # noqa: PLC0415
        from ..models.aggregate_string_values import AggregateStringValues  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> AggregateIntegerValues | AggregatePropertyValues | AggregateStringValues:
                return parse_best(data, (AggregateStringValues, AggregateIntegerValues, AggregatePropertyValues))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        values_aggregate_result = cls(
            items=items,
        )

        values_aggregate_result.additional_properties = d
        return values_aggregate_result
