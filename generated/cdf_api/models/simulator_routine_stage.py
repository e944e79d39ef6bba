from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.simulator_routine_step_command import SimulatorRoutineStepCommand
    from ..models.simulator_routine_step_get import SimulatorRoutineStepGet
    from ..models.simulator_routine_step_set import SimulatorRoutineStepSet


T = TypeVar("T", bound="SimulatorRoutineStage")


@_attrs_define
class SimulatorRoutineStage(AdditionalProperties):
    """
    Attributes:
        order (int): Stage number
        steps (list[SimulatorRoutineStepCommand | SimulatorRoutineStepGet | SimulatorRoutineStepSet]): Stage steps
        description (str | Unset): Stage description
    """

    _FIT = {
        "order": "i",
        "steps": (
            "l",
            (
                "u",
                (
                    ("m", "SimulatorRoutineStepGet"),
                    ("m", "SimulatorRoutineStepSet"),
                    ("m", "SimulatorRoutineStepCommand"),
                ),
            ),
        ),
        "description": "s",
    }
    _REQUIRED = ("order", "steps")

    order: int
    steps: list[SimulatorRoutineStepCommand | SimulatorRoutineStepGet | SimulatorRoutineStepSet]
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order = self.order

        steps = []
        for steps_item_data in self.steps:
            steps_item: dict[str, Any]
            steps_item = steps_item_data.to_dict()

            steps.append(steps_item)

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order": order,
                "steps": steps,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_routine_step_command import SimulatorRoutineStepCommand  # noqa: PLC0415
        from ..models.simulator_routine_step_get import SimulatorRoutineStepGet  # noqa: PLC0415
        from ..models.simulator_routine_step_set import SimulatorRoutineStepSet  # noqa: PLC0415

        d = dict(src_dict)
        order = d.pop("order")

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:

            def _parse_steps_item(
                data: object,
            ) -> SimulatorRoutineStepCommand | SimulatorRoutineStepGet | SimulatorRoutineStepSet:
                return parse_best(data, (SimulatorRoutineStepGet, SimulatorRoutineStepSet, SimulatorRoutineStepCommand))

            steps_item = _parse_steps_item(steps_item_data)

            steps.append(steps_item)

        description = d.pop("description", UNSET)

        simulator_routine_stage = cls(
            order=order,
            steps=steps,
            description=description,
        )

        simulator_routine_stage.additional_properties = d
        return simulator_routine_stage
