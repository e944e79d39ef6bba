from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DocumentPassagesFilterEqualsEquals")


@_attrs_define
class DocumentPassagesFilterEqualsEquals(AdditionalProperties):
    """Matches items that contain the exact value in the provided property.

    Example:
        {'property': ['type'], 'value': 'PDF'}

    Attributes:
        property_ (list[str]): Property you wish to filter. It's a list of strings to allow specifying nested
            properties.
            For example, If you have the object `{"foo": {"../bar": "baz"}, "bar": 123}`, you can refer to the nested
            property as `["foo", "../bar"]` and the un-nested one as `["bar"]`.
             Example: ['sourceFile', 'name'].
        value (float | str): Value you wish to find in the provided property.
    """

    _FIT = {"property": ("l", "s"), "value": ("u", ("s", "n"))}
    _REQUIRED = ("property", "value")

    property_: list[str]
    value: float | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        value: float | str
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

        def _parse_value(data: object) -> float | str:
            return cast(float | str, data)

        value = _parse_value(d.pop("value"))

        document_passages_filter_equals_equals = cls(
            property_=property_,
            value=value,
        )

        document_passages_filter_equals_equals.additional_properties = d
        return document_passages_filter_equals_equals
