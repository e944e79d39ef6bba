from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.simulator_input import SimulatorInput


T = TypeVar("T", bound="SimulatorTaskParametersSimulation")


@_attrs_define
class SimulatorTaskParametersSimulation(AdditionalProperties):
    """
    Attributes:
        routine_external_id (str): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        run_time (int | None | Unset): Run time in milliseconds. Reference timestamp used for data pre-processing and
            data sampling.
        inputs (list[SimulatorInput] | Unset): List of input overrides
    """

    _FIT = {"routineExternalId": "s", "runTime": ("u", ("i", None)), "inputs": ("l", ("m", "SimulatorInput"))}
    _REQUIRED = ("routineExternalId",)

    routine_external_id: str
    run_time: int | None | Unset = UNSET
    inputs: list[SimulatorInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        routine_external_id = self.routine_external_id

        run_time: int | None | Unset
        if isinstance(self.run_time, Unset):
            run_time = UNSET
        else:
            run_time = self.run_time

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "routineExternalId": routine_external_id,
            }
        )
        if run_time is not UNSET:
            field_dict["runTime"] = run_time
        if inputs is not UNSET:
            field_dict["inputs"] = inputs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_input import SimulatorInput  # noqa: PLC0415

        d = dict(src_dict)
        routine_external_id = d.pop("routineExternalId")

        def _parse_run_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        run_time = _parse_run_time(d.pop("runTime", UNSET))

        _inputs = d.pop("inputs", UNSET)
        inputs: list[SimulatorInput] | Unset = UNSET
        if _inputs is not UNSET:
            inputs = []
            for inputs_item_data in _inputs:
                inputs_item = SimulatorInput.from_dict(inputs_item_data)

                inputs.append(inputs_item)

        simulator_task_parameters_simulation = cls(
            routine_external_id=routine_external_id,
            run_time=run_time,
            inputs=inputs,
        )

        simulator_task_parameters_simulation.additional_properties = d
        return simulator_task_parameters_simulation
