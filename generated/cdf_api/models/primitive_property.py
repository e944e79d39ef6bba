from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.primitive_property_type import PrimitivePropertyType
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.primitive_property_unit import PrimitivePropertyUnit


T = TypeVar("T", bound="PrimitiveProperty")


@_attrs_define
class PrimitiveProperty(AdditionalProperties):
    """Primitive types for the property.

    We expect dates to be in the ISO-8601 format, while timestamps are expected to be an epoch value with
    millisecond precision. JSON values have to be valid JSON fragments. The maximum allowed size for a JSON
    object is 40960 bytes. For list of json values, the size of the entire list must be within this limit.
    The maximum allowed length of a key is 128, while the maximum allowed size of a value is 10240 bytes
    and you can have up to 256 key-value pairs.

        Attributes:
            type_ (PrimitivePropertyType):
            unit (PrimitivePropertyUnit | Unset): The unit of the data stored in this property, can only be assign to type
                float32 or float64.
                ExternalId needs to match with a unit in the Cognite unit catalog.
                 Example: externalId: temperature:deg_c, sourceUnit: Celsius
                .
            list_ (bool | Unset): Specifies that the data type is a list of values. The ordering of values is preserved.
            max_list_size (int | Unset): Specifies the maximum number of values in the list
    """

    _FIT = {"type": "s", "unit": ("m", "PrimitivePropertyUnit"), "list": "b", "maxListSize": "i"}
    _REQUIRED = ("type",)

    type_: PrimitivePropertyType
    unit: PrimitivePropertyUnit | Unset = UNSET
    list_: bool | Unset = UNSET
    max_list_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.to_dict()

        list_ = self.list_

        max_list_size = self.max_list_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if unit is not UNSET:
            field_dict["unit"] = unit
        if list_ is not UNSET:
            field_dict["list"] = list_
        if max_list_size is not UNSET:
            field_dict["maxListSize"] = max_list_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.primitive_property_unit import PrimitivePropertyUnit  # noqa: PLC0415

        d = dict(src_dict)
        type_ = PrimitivePropertyType(d.pop("type"))

        _unit = d.pop("unit", UNSET)
        unit: PrimitivePropertyUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = PrimitivePropertyUnit.from_dict(_unit)

        list_ = d.pop("list", UNSET)

        max_list_size = d.pop("maxListSize", UNSET)

        primitive_property = cls(
            type_=type_,
            unit=unit,
            list_=list_,
            max_list_size=max_list_size,
        )

        primitive_property.additional_properties = d
        return primitive_property
