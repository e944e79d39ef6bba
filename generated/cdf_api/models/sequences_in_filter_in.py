from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SequencesInFilterIn")


@_attrs_define
class SequencesInFilterIn(AdditionalProperties):
    """Matches items where the given property is **exactly** equal to one of the given values.
    This filter can only be applied to single-valued properties.

        Attributes:
            property_ (list[str]): The property on which you want to filter. May be either:
                - A single-element list that contains the name of one of the predefined top-level
                  properties, in which case the filter will be applied to that top-level property.
                - A single-element list that contains `'metadata'`, in which case the filter will be applied
                  to _all_ metadata properties.
                - A two-element list where the first element is `'metadata'` and the second one is any
                  string, in which case the filter will be applied to metadata properties with that name.
            values (list[bool | float | int | str]): One or more values that you wish to find in the provided properties.
    """

    _FIT = {"property": ("l", "s"), "values": ("l", ("u", ("s", "n", "i", "b")))}
    _REQUIRED = ("property", "values")

    property_: list[str]
    values: list[bool | float | int | str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        values = []
        for componentsschemas_sequences_values_item_data in self.values:
            componentsschemas_sequences_values_item: bool | float | int | str
            componentsschemas_sequences_values_item = componentsschemas_sequences_values_item_data
            values.append(componentsschemas_sequences_values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property"))

        values = []
        _values = d.pop("values")
        for componentsschemas_sequences_values_item_data in _values:

            def _parse_componentsschemas_sequences_values_item(data: object) -> bool | float | int | str:
                return cast(bool | float | int | str, data)

            componentsschemas_sequences_values_item = _parse_componentsschemas_sequences_values_item(
                componentsschemas_sequences_values_item_data
            )

            values.append(componentsschemas_sequences_values_item)

        sequences_in_filter_in = cls(
            property_=property_,
            values=values,
        )

        sequences_in_filter_in.additional_properties = d
        return sequences_in_filter_in
