from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.simulator_step_field import SimulatorStepField


T = TypeVar("T", bound="SimulatorStep")


@_attrs_define
class SimulatorStep(AdditionalProperties):
    """
    Attributes:
        step_type (str): Step type
        fields (list[SimulatorStepField]): Fields of the step
    """

    _FIT = {"stepType": "s", "fields": ("l", ("m", "SimulatorStepField"))}
    _REQUIRED = ("stepType", "fields")

    step_type: str
    fields: list[SimulatorStepField]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_type = self.step_type

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stepType": step_type,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_step_field import SimulatorStepField  # noqa: PLC0415

        d = dict(src_dict)
        step_type = d.pop("stepType")

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = SimulatorStepField.from_dict(fields_item_data)

            fields.append(fields_item)

        simulator_step = cls(
            step_type=step_type,
            fields=fields,
        )

        simulator_step.additional_properties = d
        return simulator_step
