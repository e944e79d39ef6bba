from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.enum_property_values import EnumPropertyValues


T = TypeVar("T", bound="EnumProperty")


@_attrs_define
class EnumProperty(AdditionalProperties):
    """An enum type property.

    An enum property can only consist of predefined values.

        Example:
            {'unknownValue': 'unknown', 'values': {'value1': {'name': 'Value 1', 'description': 'This is value 1'},
                'value2': {}, 'unknown': {'name': 'Unknown', 'description': 'Used if the client does not recognize the returned
                value.'}}}

        Attributes:
            type_ (Literal['enum']):
            values (EnumPropertyValues): A set of all possible values for the enum property. The enum value identifier has
                to have a length of between 1 and 127 characters.  It must also match the pattern ```^[_A-
                Za-z][_0-9A-Za-z]{0,127}$```, and not be `"true"`, `"false"` or `"null"`.

                Example: ```{ "value1": { "name": "Value 1", "description": "This is value 1" }, "value2": { } }```
            unknown_value (str | Unset): The value to use when the enum value is unknown.
                This can optionally be used to provide forward-compatibility, Specifying what value to use if the client does
                not recognize the returned value. It is not possible to ingest the unknown value, but it must be part of the
                allowed values.
    """

    _FIT = {"type": ("c", "enum"), "values": ("m", "EnumPropertyValues"), "unknownValue": "s"}
    _REQUIRED = ("type", "values")

    type_: Literal["enum"]
    values: EnumPropertyValues
    unknown_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        values = self.values.to_dict()

        unknown_value = self.unknown_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "values": values,
            }
        )
        if unknown_value is not UNSET:
            field_dict["unknownValue"] = unknown_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enum_property_values import EnumPropertyValues  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["enum"], d.pop("type"))
        if type_ != "enum":
            raise ValueError(f"type must match const 'enum', got '{type_}'")

        values = EnumPropertyValues.from_dict(d.pop("values"))

        unknown_value = d.pop("unknownValue", UNSET)

        enum_property = cls(
            type_=type_,
            values=values,
            unknown_value=unknown_value,
        )

        enum_property.additional_properties = d
        return enum_property
