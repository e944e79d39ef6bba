from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.record_enum_value import RecordEnumValue


T = TypeVar("T", bound="RecordEnumPropertyTypeValues")


@_attrs_define
class RecordEnumPropertyTypeValues(AdditionalProperties):
    """Declared enum values. Keys are the accepted string values on ingestion (1–32 entries).
    Each key must match `^[_A-Za-z][_0-9A-Za-z]{0,127}$` and may not be `true`, `false`,
    or `null`.

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, RecordEnumValue] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_enum_value import RecordEnumValue  # noqa: PLC0415

        d = dict(src_dict)
        record_enum_property_type_values = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = RecordEnumValue.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        record_enum_property_type_values.additional_properties = additional_properties
        return record_enum_property_type_values
