from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="AggregatePropertyValuesValuesItem")


@_attrs_define
class AggregatePropertyValuesValuesItem(AdditionalProperties):
    """ 
        Example:
            {'property': ['metadata', 'key1']}

        Attributes:
            property_ (list[str]): Property you want to aggregate.
                Use a list of strings to specify nested properties.
                The same way the properties are represented in aggregate responses.

                <u>Example:</u>

                You have the object
                ```
                {
                  "metadata": {
                    "id": "b53"
                  },
                  "source": "a23"
                }
                ```

                To address "id" metadata key use `["metadata", "id"]` property.\\
                You can also aggregate the value(s) for the standalone property `source` with `["source"]`.
                 Example: ['metadata', 'key1'].
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

        aggregate_property_values_values_item = cls(
            property_=property_,
        )

        aggregate_property_values_values_item.additional_properties = d
        return aggregate_property_values_values_item
