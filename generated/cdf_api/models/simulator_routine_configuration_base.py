from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.simulator_routine_config_disabled import SimulatorRoutineConfigDisabled
    from ..models.simulator_routine_data_sampling_enabled import SimulatorRoutineDataSamplingEnabled
    from ..models.simulator_routine_logical_check_enabled import SimulatorRoutineLogicalCheckEnabled
    from ..models.simulator_routine_schedule_enabled import SimulatorRoutineScheduleEnabled
    from ..models.simulator_routine_steady_state_detection_enabled import SimulatorRoutineSteadyStateDetectionEnabled


T = TypeVar("T", bound="SimulatorRoutineConfigurationBase")


@_attrs_define
class SimulatorRoutineConfigurationBase(AdditionalProperties):
    """
    Attributes:
        schedule (SimulatorRoutineConfigDisabled | SimulatorRoutineScheduleEnabled):
        data_sampling (SimulatorRoutineConfigDisabled | SimulatorRoutineDataSamplingEnabled):
        logical_check (list[SimulatorRoutineLogicalCheckEnabled]): List of logical check rules. Used to find out data
            points which satisfy the logical check.
        steady_state_detection (list[SimulatorRoutineSteadyStateDetectionEnabled]): List of steady state detection
            rules. Used to find out data points which are in steady state.
    """

    _FIT = {
        "schedule": ("u", (("m", "SimulatorRoutineConfigDisabled"), ("m", "SimulatorRoutineScheduleEnabled"))),
        "dataSampling": ("u", (("m", "SimulatorRoutineConfigDisabled"), ("m", "SimulatorRoutineDataSamplingEnabled"))),
        "logicalCheck": ("l", ("m", "SimulatorRoutineLogicalCheckEnabled")),
        "steadyStateDetection": ("l", ("m", "SimulatorRoutineSteadyStateDetectionEnabled")),
    }
    _REQUIRED = ("schedule", "dataSampling", "logicalCheck", "steadyStateDetection")

    schedule: SimulatorRoutineConfigDisabled | SimulatorRoutineScheduleEnabled
    data_sampling: SimulatorRoutineConfigDisabled | SimulatorRoutineDataSamplingEnabled
    logical_check: list[SimulatorRoutineLogicalCheckEnabled]
    steady_state_detection: list[SimulatorRoutineSteadyStateDetectionEnabled]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule: dict[str, Any]
        schedule = self.schedule.to_dict()

        data_sampling: dict[str, Any]
        data_sampling = self.data_sampling.to_dict()

        logical_check = []
        for logical_check_item_data in self.logical_check:
            logical_check_item = logical_check_item_data.to_dict()
            logical_check.append(logical_check_item)

        steady_state_detection = []
        for steady_state_detection_item_data in self.steady_state_detection:
            steady_state_detection_item = steady_state_detection_item_data.to_dict()
            steady_state_detection.append(steady_state_detection_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedule": schedule,
                "dataSampling": data_sampling,
                "logicalCheck": logical_check,
                "steadyStateDetection": steady_state_detection,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_routine_config_disabled import SimulatorRoutineConfigDisabled  # noqa: PLC0415
        from ..models.simulator_routine_data_sampling_enabled import SimulatorRoutineDataSamplingEnabled  # noqa: PLC0415
        from ..models.simulator_routine_logical_check_enabled import SimulatorRoutineLogicalCheckEnabled  # noqa: PLC0415
        from ..models.simulator_routine_schedule_enabled import SimulatorRoutineScheduleEnabled  # noqa: PLC0415
        from ..models.simulator_routine_steady_state_detection_enabled import (
            SimulatorRoutineSteadyStateDetectionEnabled,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_schedule(data: object) -> SimulatorRoutineConfigDisabled | SimulatorRoutineScheduleEnabled:
            return parse_best(data, (SimulatorRoutineConfigDisabled, SimulatorRoutineScheduleEnabled))

        schedule = _parse_schedule(d.pop("schedule"))

        def _parse_data_sampling(data: object) -> SimulatorRoutineConfigDisabled | SimulatorRoutineDataSamplingEnabled:
            return parse_best(data, (SimulatorRoutineConfigDisabled, SimulatorRoutineDataSamplingEnabled))

        data_sampling = _parse_data_sampling(d.pop("dataSampling"))

        logical_check = []
        _logical_check = d.pop("logicalCheck")
        for logical_check_item_data in _logical_check:
            logical_check_item = SimulatorRoutineLogicalCheckEnabled.from_dict(logical_check_item_data)

            logical_check.append(logical_check_item)

        steady_state_detection = []
        _steady_state_detection = d.pop("steadyStateDetection")
        for steady_state_detection_item_data in _steady_state_detection:
            steady_state_detection_item = SimulatorRoutineSteadyStateDetectionEnabled.from_dict(
                steady_state_detection_item_data
            )

            steady_state_detection.append(steady_state_detection_item)

        simulator_routine_configuration_base = cls(
            schedule=schedule,
            data_sampling=data_sampling,
            logical_check=logical_check,
            steady_state_detection=steady_state_detection,
        )

        simulator_routine_configuration_base.additional_properties = d
        return simulator_routine_configuration_base
