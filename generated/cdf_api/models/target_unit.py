from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.unit_reference import UnitReference
    from ..models.unit_system_reference import UnitSystemReference


T = TypeVar("T", bound="TargetUnit")


@_attrs_define
class TargetUnit(AdditionalProperties):
    """Describes a target unit for a property.

    Attributes:
        property_ (str):
        unit (UnitReference | UnitSystemReference): The external id of the target unit or unit system to convert to.
    """

    _FIT = {"property": "s", "unit": ("u", (("m", "UnitReference"), ("m", "UnitSystemReference")))}
    _REQUIRED = ("property", "unit")

    property_: str
    unit: UnitReference | UnitSystemReference
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
        from ..models.unit_reference import UnitReference  # noqa: PLC0415
        from ..models.unit_system_reference import UnitSystemReference  # noqa: PLC0415

        d = dict(src_dict)
        property_ = d.pop("property")

        def _parse_unit(data: object) -> UnitReference | UnitSystemReference:
            return parse_best(data, (UnitReference, UnitSystemReference))

        unit = _parse_unit(d.pop("unit"))

        target_unit = cls(
            property_=property_,
            unit=unit,
        )

        target_unit.additional_properties = d
        return target_unit
