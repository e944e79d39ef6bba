from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import best_first

if TYPE_CHECKING:
    from ..models.property_specific_target_unit_unit_system_name import PropertySpecificTargetUnitUnitSystemName
    from ..models.record_unit_reference import RecordUnitReference


T = TypeVar("T", bound="PropertySpecificTargetUnit")


@_attrs_define
class PropertySpecificTargetUnit:
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
        from ..models.property_specific_target_unit_unit_system_name import PropertySpecificTargetUnitUnitSystemName  # noqa: PLC0415

        property_ = self.property_

        unit: dict[str, Any]
        if isinstance(self.unit, PropertySpecificTargetUnitUnitSystemName):
            unit = self.unit.to_dict()
        else:
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
            if isinstance(data, dict):
                _ranked = best_first(
                    data,
                    (
                        PropertySpecificTargetUnitUnitSystemName,
                        RecordUnitReference,
                    ),
                )
                for _cls in _ranked[:-1]:
                    try:
                        return _cls.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                return _ranked[-1].from_dict(data)
            raise TypeError(f"expected an object, got {type(data).__name__}")

        unit = _parse_unit(d.pop("unit"))

        property_specific_target_unit = cls(
            property_=property_,
            unit=unit,
        )

        property_specific_target_unit.additional_properties = d
        return property_specific_target_unit

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
