from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.enum_value_properties import EnumValueProperties


T = TypeVar("T", bound="EnumPropertyValues")


@_attrs_define
class EnumPropertyValues(AdditionalProperties):
    """A set of all possible values for the enum property. The enum value identifier has to have a length of between 1 and
    127 characters.  It must also match the pattern ```^[_A-Za-z][_0-9A-Za-z]{0,127}$```, and not be `"true"`, `"false"`
    or `"null"`.

    Example: ```{ "value1": { "name": "Value 1", "description": "This is value 1" }, "value2": { } }```

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, EnumValueProperties] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enum_value_properties import EnumValueProperties  # noqa: PLC0415

        d = dict(src_dict)
        enum_property_values = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = EnumValueProperties.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        enum_property_values.additional_properties = additional_properties
        return enum_property_values
