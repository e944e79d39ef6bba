from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.property_specific_target_unit_unit_system_name import PropertySpecificTargetUnitUnitSystemName
    from ..models.record_unit_reference import RecordUnitReference


T = TypeVar("T", bound="PropertySpecificTargetUnit")


@_attrs_define
class PropertySpecificTargetUnit(AdditionalProperties):
    """Property and unit or unit system to convert this proeprty to.

    Attributes:
        property_ (list[str]):
        unit (PropertySpecificTargetUnitUnitSystemName | RecordUnitReference): Target unit or unit system to convert the
            property to.
    """

    _FIT = {
        "property": ("l", "s"),
        "unit": ("u", (("m", "PropertySpecificTargetUnitUnitSystemName"), ("m", "RecordUnitReference"))),
    }
    _REQUIRED = ("property", "unit")

    property_: list[str]
    unit: PropertySpecificTargetUnitUnitSystemName | RecordUnitReference
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        unit: dict[str, Any]
        unit = self.unit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.property_specific_target_unit_unit_system_name import PropertySpecificTargetUnitUnitSystemName  # noqa: PLC0415
        from ..models.record_unit_reference import RecordUnitReference  # noqa: PLC0415

        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property"))

        def _parse_unit(data: object) -> PropertySpecificTargetUnitUnitSystemName | RecordUnitReference:
            return parse_best(data, (PropertySpecificTargetUnitUnitSystemName, RecordUnitReference))

        unit = _parse_unit(d.pop("unit"))

        property_specific_target_unit = cls(
            property_=property_,
            unit=unit,
        )

        property_specific_target_unit.additional_properties = d
        return property_specific_target_unit
