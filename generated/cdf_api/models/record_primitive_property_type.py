from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.record_primitive_property_type_type import RecordPrimitivePropertyTypeType
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.record_unit_reference import RecordUnitReference


T = TypeVar("T", bound="RecordPrimitivePropertyType")


@_attrs_define
class RecordPrimitivePropertyType(AdditionalProperties):
    """Primitive property types.

    We expect dates and timestamps to be ISO-8601 formatted strings
    (e.g. `2025-06-15T10:00:00Z`, `2025-06-15T10:00:00.000Z`, or `2025-06-15T12:00:00+02:00`).
    Milliseconds are optional (1-3 decimal digits). Epoch milliseconds are not accepted for
    container-level timestamp properties. JSON values have to be valid JSON fragments.
    The maximum allowed size for a JSON object is 40960 bytes.
    For list of json values, the size of the entire list must be within this limit.
    The maximum allowed length of a key is 128, while the maximum allowed size of a value is
    10240 bytes and you can have up to 256 key-value pairs.

        Attributes:
            type_ (RecordPrimitivePropertyTypeType):
            list_ (bool): Specifies that the data type is a list of values. The ordering of values is preserved.
            max_list_size (int | Unset): Specifies the maximum number of values in the list
            unit (RecordUnitReference | Unset):
    """

    _FIT = {"type": "s", "list": "b", "maxListSize": "i", "unit": ("m", "RecordUnitReference")}
    _REQUIRED = ("type", "list")

    type_: RecordPrimitivePropertyTypeType
    list_: bool
    max_list_size: int | Unset = UNSET
    unit: RecordUnitReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        list_ = self.list_

        max_list_size = self.max_list_size

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "list": list_,
            }
        )
        if max_list_size is not UNSET:
            field_dict["maxListSize"] = max_list_size
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_unit_reference import RecordUnitReference  # noqa: PLC0415

        d = dict(src_dict)
        type_ = RecordPrimitivePropertyTypeType(d.pop("type"))

        list_ = d.pop("list")

        max_list_size = d.pop("maxListSize", UNSET)

        _unit = d.pop("unit", UNSET)
        unit: RecordUnitReference | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = RecordUnitReference.from_dict(_unit)

        record_primitive_property_type = cls(
            type_=type_,
            list_=list_,
            max_list_size=max_list_size,
            unit=unit,
        )

        record_primitive_property_type.additional_properties = d
        return record_primitive_property_type
