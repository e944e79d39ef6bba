from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.simulator_task_parameters_simulation import SimulatorTaskParametersSimulation


T = TypeVar("T", bound="SimulatorTaskParameters")


@_attrs_define
class SimulatorTaskParameters(AdditionalProperties):
    """Parameters for the Simulation run task type.

    Attributes:
        simulation (SimulatorTaskParametersSimulation | Unset):
    """

    _FIT = {"simulation": ("m", "SimulatorTaskParametersSimulation")}
    _REQUIRED = ()

    simulation: SimulatorTaskParametersSimulation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        simulation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.simulation, Unset):
            simulation = self.simulation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if simulation is not UNSET:
            field_dict["simulation"] = simulation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_task_parameters_simulation import SimulatorTaskParametersSimulation  # noqa: PLC0415

        d = dict(src_dict)
        _simulation = d.pop("simulation", UNSET)
        simulation: SimulatorTaskParametersSimulation | Unset
        if isinstance(_simulation, Unset):
            simulation = UNSET
        else:
            simulation = SimulatorTaskParametersSimulation.from_dict(_simulation)

        simulator_task_parameters = cls(
            simulation=simulation,
        )

        simulator_task_parameters.additional_properties = d
        return simulator_task_parameters
