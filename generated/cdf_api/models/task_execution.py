from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_execution_status import TaskExecutionStatus
from ..models.task_type import TaskType
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.cdf_task_output import CdfTaskOutput
    from ..models.cdf_task_parameters import CdfTaskParameters
    from ..models.dynamic_task_output import DynamicTaskOutput
    from ..models.dynamic_task_parameters import DynamicTaskParameters
    from ..models.function_task_output import FunctionTaskOutput
    from ..models.function_task_parameters import FunctionTaskParameters
    from ..models.simulator_input import SimulatorInput
    from ..models.simulator_task_output import SimulatorTaskOutput
    from ..models.transformation_task_output import TransformationTaskOutput
    from ..models.transformation_task_parameters import TransformationTaskParameters


T = TypeVar("T", bound="TaskExecution")


@_attrs_define
class TaskExecution(AdditionalProperties):
    """
    Attributes:
        id (str): UUIDv4 identifier for the execution of a workflow task.
        external_id (str): Identifier for the task. Must be unique within the version. No trailing or leading whitespace
            and no null characters allowed. Task external IDs cannot be exactly 'workflow' or start with '__' (double
            underscore) as these are reserved.
        status (TaskExecutionStatus):
        task_type (TaskType):
        input_ (CdfTaskParameters | DynamicTaskParameters | FunctionTaskParameters | SimulatorInput |
            TransformationTaskParameters): The input to the task with the references present in the definition resolved.
        output (CdfTaskOutput | DynamicTaskOutput | FunctionTaskOutput | SimulatorTaskOutput |
            TransformationTaskOutput):
        parent_task_external_id (None | str | Unset): The external ID of the parent task when this task is part of a
            dynamic task or subworkflow.
        start_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        end_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        reason_for_incompletion (str | Unset): Human-readable reason for terminal failure of a workflow task.
    """

    _FIT = {
        "id": "s",
        "externalId": "s",
        "status": "s",
        "taskType": "s",
        "input": (
            "u",
            (
                ("m", "FunctionTaskParameters"),
                ("m", "TransformationTaskParameters"),
                ("m", "CdfTaskParameters"),
                ("m", "DynamicTaskParameters"),
                ("m", "SimulatorInput"),
            ),
        ),
        "output": (
            "u",
            (
                ("m", "FunctionTaskOutput"),
                ("m", "TransformationTaskOutput"),
                ("m", "CdfTaskOutput"),
                ("m", "DynamicTaskOutput"),
                ("m", "SimulatorTaskOutput"),
            ),
        ),
        "parentTaskExternalId": ("u", ("s", None)),
        "startTime": "i",
        "endTime": "i",
        "reasonForIncompletion": "s",
    }
    _REQUIRED = ("id", "externalId", "status", "taskType", "input", "output")

    id: str
    external_id: str
    status: TaskExecutionStatus
    task_type: TaskType
    input_: (
        CdfTaskParameters
        | DynamicTaskParameters
        | FunctionTaskParameters
        | SimulatorInput
        | TransformationTaskParameters
    )
    output: CdfTaskOutput | DynamicTaskOutput | FunctionTaskOutput | SimulatorTaskOutput | TransformationTaskOutput
    parent_task_external_id: None | str | Unset = UNSET
    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    reason_for_incompletion: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        external_id = self.external_id

        status = self.status.value

        task_type = self.task_type.value

        input_: dict[str, Any]
        input_ = self.input_.to_dict()

        output: dict[str, Any]
        output = self.output.to_dict()

        parent_task_external_id: None | str | Unset
        if isinstance(self.parent_task_external_id, Unset):
            parent_task_external_id = UNSET
        else:
            parent_task_external_id = self.parent_task_external_id

        start_time = self.start_time

        end_time = self.end_time

        reason_for_incompletion = self.reason_for_incompletion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "externalId": external_id,
                "status": status,
                "taskType": task_type,
                "input": input_,
                "output": output,
            }
        )
        if parent_task_external_id is not UNSET:
            field_dict["parentTaskExternalId"] = parent_task_external_id
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if reason_for_incompletion is not UNSET:
            field_dict["reasonForIncompletion"] = reason_for_incompletion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cdf_task_output import CdfTaskOutput  # noqa: PLC0415
        from ..models.cdf_task_parameters import CdfTaskParameters  # noqa: PLC0415
        from ..models.dynamic_task_output import DynamicTaskOutput  # noqa: PLC0415
        from ..models.dynamic_task_parameters import DynamicTaskParameters  # noqa: PLC0415
        from ..models.function_task_output import FunctionTaskOutput  # noqa: PLC0415
        from ..models.function_task_parameters import FunctionTaskParameters  # noqa: PLC0415
        from ..models.simulator_input import SimulatorInput  # noqa: PLC0415
        from ..models.simulator_task_output import SimulatorTaskOutput  # noqa: PLC0415
        from ..models.transformation_task_output import TransformationTaskOutput  # noqa: PLC0415
        from ..models.transformation_task_parameters import TransformationTaskParameters  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        external_id = d.pop("externalId")

        status = TaskExecutionStatus(d.pop("status"))

        task_type = TaskType(d.pop("taskType"))

        def _parse_input_(
            data: object,
        ) -> (
            CdfTaskParameters
            | DynamicTaskParameters
            | FunctionTaskParameters
            | SimulatorInput
            | TransformationTaskParameters
        ):
            return parse_best(
                data,
                (
                    FunctionTaskParameters,
                    TransformationTaskParameters,
                    CdfTaskParameters,
                    DynamicTaskParameters,
                    SimulatorInput,
                ),
            )

        input_ = _parse_input_(d.pop("input"))

        def _parse_output(
            data: object,
        ) -> CdfTaskOutput | DynamicTaskOutput | FunctionTaskOutput | SimulatorTaskOutput | TransformationTaskOutput:
            return parse_best(
                data,
                (FunctionTaskOutput, TransformationTaskOutput, CdfTaskOutput, DynamicTaskOutput, SimulatorTaskOutput),
            )

        output = _parse_output(d.pop("output"))

        def _parse_parent_task_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_task_external_id = _parse_parent_task_external_id(d.pop("parentTaskExternalId", UNSET))

        start_time = d.pop("startTime", UNSET)

        end_time = d.pop("endTime", UNSET)

        reason_for_incompletion = d.pop("reasonForIncompletion", UNSET)

        task_execution = cls(
            id=id,
            external_id=external_id,
            status=status,
            task_type=task_type,
            input_=input_,
            output=output,
            parent_task_external_id=parent_task_external_id,
            start_time=start_time,
            end_time=end_time,
            reason_for_incompletion=reason_for_incompletion,
        )

        task_execution.additional_properties = d
        return task_execution
