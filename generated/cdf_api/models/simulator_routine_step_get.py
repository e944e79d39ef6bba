from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.simulator_routine_step_arguments_get import SimulatorRoutineStepArgumentsGet


T = TypeVar("T", bound="SimulatorRoutineStepGet")


@_attrs_define
class SimulatorRoutineStepGet(AdditionalProperties):
    """Used to extract the output of a simulation routine and write it back into the Cognite Data Fusion.

    Attributes:
        order (int): Step number
        step_type (Literal['Get']): Step type
        arguments (SimulatorRoutineStepArgumentsGet):
        description (str | Unset): Step description
    """

    _FIT = {
        "order": "i",
        "stepType": ("c", "Get"),
        "arguments": ("m", "SimulatorRoutineStepArgumentsGet"),
        "description": "s",
    }
    _REQUIRED = ("order", "stepType", "arguments")

    order: int
    step_type: Literal["Get"]
    arguments: SimulatorRoutineStepArgumentsGet
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
        from ..models.simulator_routine_step_arguments_get import SimulatorRoutineStepArgumentsGet  # noqa: PLC0415

        d = dict(src_dict)
        order = d.pop("order")

        step_type = cast(Literal["Get"], d.pop("stepType"))
        if step_type != "Get":
            raise ValueError(f"stepType must match const 'Get', got '{step_type}'")

        arguments = SimulatorRoutineStepArgumentsGet.from_dict(d.pop("arguments"))

        description = d.pop("description", UNSET)

        simulator_routine_step_get = cls(
            order=order,
            step_type=step_type,
            arguments=arguments,
            description=description,
        )

        simulator_routine_step_get.additional_properties = d
        return simulator_routine_step_get
