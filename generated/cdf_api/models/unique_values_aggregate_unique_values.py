from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.aggregates_definition import AggregatesDefinition


T = TypeVar("T", bound="UniqueValuesAggregateUniqueValues")


@_attrs_define
class UniqueValuesAggregateUniqueValues(AdditionalProperties):
    """Request unique value buckets aggregate on of the specified property.
    Each bucket is defined by `values` array and has the number of the `values` occurrences.

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
            aggregates (AggregatesDefinition | Unset): A dictionary of requested aggregates with client defined
                names/identifiers.

                <u>Example:</u>

                ```
                {
                  "my_aggr_1": {
                    "min": {"property": ["room", "size"]}
                  },
                  "my_aggr_2": {
                    "max": {"property": ["room", "size"]}
                  },
                }
                ``` Example: {'my_avg_aggregate1': {'avg': {'property': ['mySpace', 'myContainer', 'manufacturer']}},
                'my_terms_aggregate2': {'uniqueValues': {'property': ['mySpace', 'myContainer', 'manufacturer'], 'aggregates':
                {'my_sub_aggregate1': {'min': {'property': ['mySpace', 'myContainer', 'price']}}, 'my_sub_aggregate2': {'max':
                {'property': ['mySpace', 'myContainer', 'price']}}, 'my_sub_aggregate3': {'uniqueValues': {'property':
                ['mySpace', 'myContainer', 'region']}}}}}}.
            size (int | Unset): The number of top buckets returned. The default limit is 10 items.
    """

    _FIT = {"property": ("l", "s"), "aggregates": ("m", "AggregatesDefinition"), "size": "i"}
    _REQUIRED = ("property",)

    property_: list[str]
    aggregates: AggregatesDefinition | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        aggregates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aggregates, Unset):
            aggregates = self.aggregates.to_dict()

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
            }
        )
        if aggregates is not UNSET:
            field_dict["aggregates"] = aggregates
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregates_definition import AggregatesDefinition  # noqa: PLC0415

        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property"))

        _aggregates = d.pop("aggregates", UNSET)
        aggregates: AggregatesDefinition | Unset
        if isinstance(_aggregates, Unset):
            aggregates = UNSET
        else:
            aggregates = AggregatesDefinition.from_dict(_aggregates)

        size = d.pop("size", UNSET)

        unique_values_aggregate_unique_values = cls(
            property_=property_,
            aggregates=aggregates,
            size=size,
        )

        unique_values_aggregate_unique_values.additional_properties = d
        return unique_values_aggregate_unique_values
