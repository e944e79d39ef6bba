from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simulation_value_type import SimulationValueType
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.simulation_value_unit_quantity import SimulationValueUnitQuantity
    from ..models.simulator_model_revision_data_property_reference_object import (
        SimulatorModelRevisionDataPropertyReferenceObject,
    )


T = TypeVar("T", bound="SimulatorModelRevisionDataProperty")


@_attrs_define
class SimulatorModelRevisionDataProperty(AdditionalProperties):
    """
    Attributes:
        name (str): Property name
        reference_object (SimulatorModelRevisionDataPropertyReferenceObject): Reference to the simulator object from
            which the value is read
        value_type (SimulationValueType):
        value (float | list[float] | list[str] | str): Property value
        unit (SimulationValueUnitQuantity | Unset):
        read_only (bool | Unset): Whether the property is read-only
    """

    _FIT = {
        "name": "s",
        "referenceObject": ("m", "SimulatorModelRevisionDataPropertyReferenceObject"),
        "valueType": "s",
        "value": ("u", ("s", "n", ("l", "s"), ("l", "n"))),
        "unit": ("m", "SimulationValueUnitQuantity"),
        "readOnly": "b",
    }
    _REQUIRED = ("name", "referenceObject", "valueType", "value")

    name: str
    reference_object: SimulatorModelRevisionDataPropertyReferenceObject
    value_type: SimulationValueType
    value: float | list[float] | list[str] | str
    unit: SimulationValueUnitQuantity | Unset = UNSET
    read_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        reference_object = self.reference_object.to_dict()

        value_type = self.value_type.value

        value: float | list[float] | list[str] | str
        if isinstance(self.value, list):
            value = self.value

        elif isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.to_dict()

        read_only = self.read_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "referenceObject": reference_object,
                "valueType": value_type,
                "value": value,
            }
        )
        if unit is not UNSET:
            field_dict["unit"] = unit
        if read_only is not UNSET:
            field_dict["readOnly"] = read_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulation_value_unit_quantity import SimulationValueUnitQuantity  # noqa: PLC0415
        from ..models.simulator_model_revision_data_property_reference_object import (
            SimulatorModelRevisionDataPropertyReferenceObject,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        reference_object = SimulatorModelRevisionDataPropertyReferenceObject.from_dict(d.pop("referenceObject"))

        value_type = SimulationValueType(d.pop("valueType"))

        def _parse_value(data: object) -> float | list[float] | list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_2 = cast(list[str], data)

                return value_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_3 = cast(list[float], data)

                return value_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | list[float] | list[str] | str, data)

        value = _parse_value(d.pop("value"))

        _unit = d.pop("unit", UNSET)
        unit: SimulationValueUnitQuantity | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = SimulationValueUnitQuantity.from_dict(_unit)

        read_only = d.pop("readOnly", UNSET)

        simulator_model_revision_data_property = cls(
            name=name,
            reference_object=reference_object,
            value_type=value_type,
            value=value,
            unit=unit,
            read_only=read_only,
        )

        simulator_model_revision_data_property.additional_properties = d
        return simulator_model_revision_data_property
