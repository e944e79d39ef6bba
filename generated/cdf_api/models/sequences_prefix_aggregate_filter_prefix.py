from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SequencesPrefixAggregateFilterPrefix")


@_attrs_define
class SequencesPrefixAggregateFilterPrefix(AdditionalProperties):
    """Matches intermediate aggregation results where the property key or the property value begins with
    the given text. When the `aggregate` operation is `uniqueProperties` or `cardinalityProperties`,
    property _keys_ will be targeted; when it is `uniqueValues` or `cardinalityValues`, property
    _values_ will be targeted.

        Attributes:
            value (str): A string value that represents either a property key or a property value, depending on the
                `aggregate` operation.
    """

    _FIT = {"value": "s"}
    _REQUIRED = ("value",)

    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        sequences_prefix_aggregate_filter_prefix = cls(
            value=value,
        )

        sequences_prefix_aggregate_filter_prefix.additional_properties = d
        return sequences_prefix_aggregate_filter_prefix
