from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.record_enum_property_type_values import RecordEnumPropertyTypeValues


T = TypeVar("T", bound="RecordEnumPropertyType")


@_attrs_define
class RecordEnumPropertyType(AdditionalProperties):
    """Enumeration property type.

    Values are stored and compared as case-sensitive strings. Only values declared in
    the `values` map are accepted on ingestion. If `unknownValue` is set, it is used
    as a forward-compatibility marker for values not present in `values` - it will be
    returned when reading a value that is not among the declared values.

        Attributes:
            type_ (Literal['enum']):
            list_ (bool): Specifies that the data type is a list of values. The ordering of values is preserved.
            values (RecordEnumPropertyTypeValues): Declared enum values. Keys are the accepted string values on ingestion
                (1–32 entries).
                Each key must match `^[_A-Za-z][_0-9A-Za-z]{0,127}$` and may not be `true`, `false`,
                or `null`.
            max_list_size (int | Unset): Specifies the maximum number of values in the list
            unknown_value (str | Unset): Forward-compatibility marker returned when a stored value is not found in `values`.
                Must itself be a key present in `values`.
    """

    _FIT = {
        "type": ("c", "enum"),
        "list": "b",
        "values": ("m", "RecordEnumPropertyTypeValues"),
        "maxListSize": "i",
        "unknownValue": "s",
    }
    _REQUIRED = ("type", "list", "values")

    type_: Literal["enum"]
    list_: bool
    values: RecordEnumPropertyTypeValues
    max_list_size: int | Unset = UNSET
    unknown_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        list_ = self.list_

        values = self.values.to_dict()

        max_list_size = self.max_list_size

        unknown_value = self.unknown_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "list": list_,
                "values": values,
            }
        )
        if max_list_size is not UNSET:
            field_dict["maxListSize"] = max_list_size
        if unknown_value is not UNSET:
            field_dict["unknownValue"] = unknown_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_enum_property_type_values import RecordEnumPropertyTypeValues  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["enum"], d.pop("type"))
        if type_ != "enum":
            raise ValueError(f"type must match const 'enum', got '{type_}'")

        list_ = d.pop("list")

        values = RecordEnumPropertyTypeValues.from_dict(d.pop("values"))

        max_list_size = d.pop("maxListSize", UNSET)

        unknown_value = d.pop("unknownValue", UNSET)

        record_enum_property_type = cls(
            type_=type_,
            list_=list_,
            values=values,
            max_list_size=max_list_size,
            unknown_value=unknown_value,
        )

        record_enum_property_type.additional_properties = d
        return record_enum_property_type
