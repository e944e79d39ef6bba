from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SearchFilterSearch")


@_attrs_define
class SearchFilterSearch(AdditionalProperties):
    """Fuzzy search in the specified property. Introduced to provide functional parity with `/search` endpoints.

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
        value (bool | float | int | str): Value you wish to find in the provided property.
    """

    _FIT = {"property": ("l", "s"), "value": ("u", ("s", "n", "i", "b"))}
    _REQUIRED = ("property", "value")

    property_: list[str]
    value: bool | float | int | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        value: bool | float | int | str
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

        def _parse_value(data: object) -> bool | float | int | str:
            return cast(bool | float | int | str, data)

        value = _parse_value(d.pop("value"))

        search_filter_search = cls(
            property_=property_,
            value=value,
        )

        search_filter_search.additional_properties = d
        return search_filter_search
