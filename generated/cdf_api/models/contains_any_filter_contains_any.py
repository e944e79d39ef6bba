from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ContainsAnyFilterContainsAny")


@_attrs_define
class ContainsAnyFilterContainsAny(AdditionalProperties):
    """Matches items where the property contains one or more of the given values.
    This filter can only be applied to multivalued properties.

        Attributes:
            property_ (list[str]): Property you want to filter. Use a list of strings to specify nested properties.

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
            values (list[bool | float | int | str]): One or more values you wish to find in the provided property.
    """

    _FIT = {"property": ("l", "s"), "values": ("l", ("u", ("s", "n", "i", "b")))}
    _REQUIRED = ("property", "values")

    property_: list[str]
    values: list[bool | float | int | str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        values = []
        for componentsschemas_values_item_data in self.values:
            componentsschemas_values_item: bool | float | int | str
            componentsschemas_values_item = componentsschemas_values_item_data
            values.append(componentsschemas_values_item)

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
        for componentsschemas_values_item_data in _values:

            def _parse_componentsschemas_values_item(data: object) -> bool | float | int | str:
                return cast(bool | float | int | str, data)

            componentsschemas_values_item = _parse_componentsschemas_values_item(componentsschemas_values_item_data)

            values.append(componentsschemas_values_item)

        contains_any_filter_contains_any = cls(
            property_=property_,
            values=values,
        )

        contains_any_filter_contains_any.additional_properties = d
        return contains_any_filter_contains_any
