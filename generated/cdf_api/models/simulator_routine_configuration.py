from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.simulator_routine_config_disabled import SimulatorRoutineConfigDisabled
    from ..models.simulator_routine_data_sampling_enabled import SimulatorRoutineDataSamplingEnabled
    from ..models.simulator_routine_input_constant import SimulatorRoutineInputConstant
    from ..models.simulator_routine_input_timeseries import SimulatorRoutineInputTimeseries
    from ..models.simulator_routine_logical_check_enabled import SimulatorRoutineLogicalCheckEnabled
    from ..models.simulator_routine_output import SimulatorRoutineOutput
    from ..models.simulator_routine_schedule_enabled import SimulatorRoutineScheduleEnabled
    from ..models.simulator_routine_steady_state_detection_enabled import SimulatorRoutineSteadyStateDetectionEnabled


T = TypeVar("T", bound="SimulatorRoutineConfiguration")


@_attrs_define
class SimulatorRoutineConfiguration(AdditionalProperties):
    """
    Attributes:
        schedule (SimulatorRoutineConfigDisabled | SimulatorRoutineScheduleEnabled):
        data_sampling (SimulatorRoutineConfigDisabled | SimulatorRoutineDataSamplingEnabled):
        logical_check (list[SimulatorRoutineLogicalCheckEnabled]): List of logical check rules. Used to find out data
            points which satisfy the logical check.
        steady_state_detection (list[SimulatorRoutineSteadyStateDetectionEnabled]): List of steady state detection
            rules. Used to find out data points which are in steady state.
        inputs (list[SimulatorRoutineInputConstant | SimulatorRoutineInputTimeseries] | Unset): List of input constants
            and input time series. Used to define the inputs of the simulation routine.
        outputs (list[SimulatorRoutineOutput] | Unset): List of outputs for the simulation routine.
    """

    _FIT = {
        "schedule": ("u", (("m", "SimulatorRoutineConfigDisabled"), ("m", "SimulatorRoutineScheduleEnabled"))),
        "dataSampling": ("u", (("m", "SimulatorRoutineConfigDisabled"), ("m", "SimulatorRoutineDataSamplingEnabled"))),
        "logicalCheck": ("l", ("m", "SimulatorRoutineLogicalCheckEnabled")),
        "steadyStateDetection": ("l", ("m", "SimulatorRoutineSteadyStateDetectionEnabled")),
        "inputs": ("l", ("u", (("m", "SimulatorRoutineInputConstant"), ("m", "SimulatorRoutineInputTimeseries")))),
        "outputs": ("l", ("m", "SimulatorRoutineOutput")),
    }
    _REQUIRED = ("schedule", "dataSampling", "logicalCheck", "steadyStateDetection")

    schedule: SimulatorRoutineConfigDisabled | SimulatorRoutineScheduleEnabled
    data_sampling: SimulatorRoutineConfigDisabled | SimulatorRoutineDataSamplingEnabled
    logical_check: list[SimulatorRoutineLogicalCheckEnabled]
    steady_state_detection: list[SimulatorRoutineSteadyStateDetectionEnabled]
    inputs: list[SimulatorRoutineInputConstant | SimulatorRoutineInputTimeseries] | Unset = UNSET
    outputs: list[SimulatorRoutineOutput] | Unset = UNSET
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

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item: dict[str, Any]
                inputs_item = inputs_item_data.to_dict()

                inputs.append(inputs_item)

        outputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = []
            for outputs_item_data in self.outputs:
                outputs_item = outputs_item_data.to_dict()
                outputs.append(outputs_item)

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
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_routine_config_disabled import SimulatorRoutineConfigDisabled  # noqa: PLC0415
        from ..models.simulator_routine_data_sampling_enabled import SimulatorRoutineDataSamplingEnabled  # noqa: PLC0415
        from ..models.simulator_routine_input_constant import SimulatorRoutineInputConstant  # noqa: PLC0415
        from ..models.simulator_routine_input_timeseries import SimulatorRoutineInputTimeseries  # noqa: PLC0415
        from ..models.simulator_routine_logical_check_enabled import SimulatorRoutineLogicalCheckEnabled  # noqa: PLC0415
        from ..models.simulator_routine_output import SimulatorRoutineOutput  # noqa: PLC0415
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

        _inputs = d.pop("inputs", UNSET)
        inputs: list[SimulatorRoutineInputConstant | SimulatorRoutineInputTimeseries] | Unset = UNSET
        if _inputs is not UNSET:
            inputs = []
            for inputs_item_data in _inputs:

                def _parse_inputs_item(data: object) -> SimulatorRoutineInputConstant | SimulatorRoutineInputTimeseries:
                    return parse_best(data, (SimulatorRoutineInputConstant, SimulatorRoutineInputTimeseries))

                inputs_item = _parse_inputs_item(inputs_item_data)

                inputs.append(inputs_item)

        _outputs = d.pop("outputs", UNSET)
        outputs: list[SimulatorRoutineOutput] | Unset = UNSET
        if _outputs is not UNSET:
            outputs = []
            for outputs_item_data in _outputs:
                outputs_item = SimulatorRoutineOutput.from_dict(outputs_item_data)

                outputs.append(outputs_item)

        simulator_routine_configuration = cls(
            schedule=schedule,
            data_sampling=data_sampling,
            logical_check=logical_check,
            steady_state_detection=steady_state_detection,
            inputs=inputs,
            outputs=outputs,
        )

        simulator_routine_configuration.additional_properties = d
        return simulator_routine_configuration
