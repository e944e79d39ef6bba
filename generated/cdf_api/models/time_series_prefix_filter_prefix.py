from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="TimeSeriesPrefixFilterPrefix")


@_attrs_define
class TimeSeriesPrefixFilterPrefix(AdditionalProperties):
    """Matches items where the provided property begins with the given text.

    Attributes:
        property_ (list[str]): The property on which you want to filter. May be either:
            - A single-element list that contains the name of one of the predefined top-level
              properties, in which case the filter will be applied to that top-level property.
            - A single-element list that contains `'metadata'`, in which case the filter will be applied
              to _all_ metadata properties.
            - A two-element list where the first element is `'metadata'` and the second one is any
              string, in which case the filter will be applied to metadata properties with that name.
            - A two-element list where the first element is `'instanceId'` and the second element is
              either `'space'` or `'externalId'`.
        value (str): A value that you wish to find in the provided property.
    """

    _FIT = {"property": ("l", "s"), "value": "s"}
    _REQUIRED = ("property", "value")

    property_: list[str]
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property"))

        value = d.pop("value")

        time_series_prefix_filter_prefix = cls(
            property_=property_,
            value=value,
        )

        time_series_prefix_filter_prefix.additional_properties = d
        return time_series_prefix_filter_prefix
