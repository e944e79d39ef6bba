from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.simulator_routine_step_arguments_set import SimulatorRoutineStepArgumentsSet


T = TypeVar("T", bound="SimulatorRoutineStepSet")


@_attrs_define
class SimulatorRoutineStepSet(AdditionalProperties):
    """Used to set the input of a simulation routine from timeseries or constant fields.

    Attributes:
        order (int): Step number
        step_type (Literal['Set']): Step type
        arguments (SimulatorRoutineStepArgumentsSet):
        description (str | Unset): Step description
    """

    _FIT = {
        "order": "i",
        "stepType": ("c", "Set"),
        "arguments": ("m", "SimulatorRoutineStepArgumentsSet"),
        "description": "s",
    }
    _REQUIRED = ("order", "stepType", "arguments")

    order: int
    step_type: Literal["Set"]
    arguments: SimulatorRoutineStepArgumentsSet
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order = self.order

        step_type = self.step_type

        arguments = self.arguments.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order": order,
                "stepType": step_type,
                "arguments": arguments,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_routine_step_arguments_set import SimulatorRoutineStepArgumentsSet  # noqa: PLC0415

        d = dict(src_dict)
        order = d.pop("order")

        step_type = cast(Literal["Set"], d.pop("stepType"))
        if step_type != "Set":
            raise ValueError(f"stepType must match const 'Set', got '{step_type}'")

        arguments = SimulatorRoutineStepArgumentsSet.from_dict(d.pop("arguments"))

        description = d.pop("description", UNSET)

        simulator_routine_step_set = cls(
            order=order,
            step_type=step_type,
            arguments=arguments,
            description=description,
        )

        simulator_routine_step_set.additional_properties = d
        return simulator_routine_step_set
