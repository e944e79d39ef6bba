from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_definition_on_failure import TaskDefinitionOnFailure
from ..models.task_type import TaskType
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.cdf_task_parameters import CdfTaskParameters
    from ..models.dynamic_task_parameters import DynamicTaskParameters
    from ..models.function_task_parameters import FunctionTaskParameters
    from ..models.simulator_task_parameters import SimulatorTaskParameters
    from ..models.subworkflow_task_parameters import SubworkflowTaskParameters
    from ..models.task_depends import TaskDepends
    from ..models.transformation_task_parameters import TransformationTaskParameters


T = TypeVar("T", bound="TaskDefinition")


@_attrs_define
class TaskDefinition(AdditionalProperties):
    """
    Attributes:
        external_id (str): Identifier for the task. Must be unique within the version. No trailing or leading whitespace
            and no null characters allowed. Task external IDs cannot be exactly 'workflow' or start with '__' (double
            underscore) as these are reserved.
        type_ (TaskType):
        parameters (CdfTaskParameters | DynamicTaskParameters | FunctionTaskParameters | SimulatorTaskParameters |
            SubworkflowTaskParameters | TransformationTaskParameters):
        name (str | Unset): Readable name meant for use in UIs
        description (str | Unset): Description of the intention of the task
        retries (float | Unset): Number of times to retry the task if it fails. If set to 0, the task will not be
            retried. The behavior for timeouts and retries is defined by the `onFailure` parameter, refer to it for more
            information.
        timeout (float | Unset): Timeout in seconds. After this time, the task will be marked as `TIMED_OUT`. By
            default, the task won't be retried upon timeout. Use the `onFailure` parameter to change this behavior.
        on_failure (TaskDefinitionOnFailure | Unset): Defines the policy to handle failures and timeouts.
            - `skipTask`: For both failures and timeouts, it will retry until the retries are exhausted. After that, the
            Task is marked as COMPLETED_WITH_ERRORS and the subsequent tasks are executed.
            - `abortWorkflow`:
              - In case of failures, retries will be performed until exhausted, after which the task is marked as FAILED and
            the Workflow is marked the same.
              - In the event of a timeout, no retries are undertaken; the task is marked as TIMED_OUT and the Workflow is
            marked as FAILED.
        depends_on (list[TaskDepends] | Unset): The tasks that must be completed before this task can be executed.
    """

    _FIT = {
        "externalId": "s",
        "type": "s",
        "parameters": (
            "u",
            (
                ("m", "FunctionTaskParameters"),
                ("m", "TransformationTaskParameters"),
                ("m", "CdfTaskParameters"),
                ("m", "DynamicTaskParameters"),
                ("m", "SubworkflowTaskParameters"),
                ("m", "SimulatorTaskParameters"),
            ),
        ),
        "name": "s",
        "description": "s",
        "retries": "n",
        "timeout": "n",
        "onFailure": "s",
        "dependsOn": ("l", ("m", "TaskDepends")),
    }
    _REQUIRED = ("externalId", "type", "parameters")

    external_id: str
    type_: TaskType
    parameters: (
        CdfTaskParameters
        | DynamicTaskParameters
        | FunctionTaskParameters
        | SimulatorTaskParameters
        | SubworkflowTaskParameters
        | TransformationTaskParameters
    )
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    retries: float | Unset = UNSET
    timeout: float | Unset = UNSET
    on_failure: TaskDefinitionOnFailure | Unset = UNSET
    depends_on: list[TaskDepends] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        type_ = self.type_.value

        parameters: dict[str, Any]
        parameters = self.parameters.to_dict()

        name = self.name

        description = self.description

        retries = self.retries

        timeout = self.timeout

        on_failure: str | Unset = UNSET
        if not isinstance(self.on_failure, Unset):
            on_failure = self.on_failure.value

        depends_on: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.depends_on, Unset):
            depends_on = []
            for depends_on_item_data in self.depends_on:
                depends_on_item = depends_on_item_data.to_dict()
                depends_on.append(depends_on_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "type": type_,
                "parameters": parameters,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if retries is not UNSET:
            field_dict["retries"] = retries
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if on_failure is not UNSET:
            field_dict["onFailure"] = on_failure
        if depends_on is not UNSET:
            field_dict["dependsOn"] = depends_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cdf_task_parameters import CdfTaskParameters  # noqa: PLC0415
        from ..models.dynamic_task_parameters import DynamicTaskParameters  # noqa: PLC0415
        from ..models.function_task_parameters import FunctionTaskParameters  # noqa: PLC0415
        from ..models.simulator_task_parameters import SimulatorTaskParameters  # noqa: PLC0415
        from ..models.subworkflow_task_parameters import SubworkflowTaskParameters  # noqa: PLC0415
        from ..models.task_depends import TaskDepends  # noqa: PLC0415
        from ..models.transformation_task_parameters import TransformationTaskParameters  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        type_ = TaskType(d.pop("type"))

        def _parse_parameters(
            data: object,
        ) -> (
            CdfTaskParameters
            | DynamicTaskParameters
            | FunctionTaskParameters
            | SimulatorTaskParameters
            | SubworkflowTaskParameters
            | TransformationTaskParameters
        ):
            return parse_best(
                data,
                (
                    FunctionTaskParameters,
                    TransformationTaskParameters,
                    CdfTaskParameters,
                    DynamicTaskParameters,
                    SubworkflowTaskParameters,
                    SimulatorTaskParameters,
                ),
            )

        parameters = _parse_parameters(d.pop("parameters"))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        retries = d.pop("retries", UNSET)

        timeout = d.pop("timeout", UNSET)

        _on_failure = d.pop("onFailure", UNSET)
        on_failure: TaskDefinitionOnFailure | Unset
        if isinstance(_on_failure, Unset):
            on_failure = UNSET
        else:
            on_failure = TaskDefinitionOnFailure(_on_failure)

        _depends_on = d.pop("dependsOn", UNSET)
        depends_on: list[TaskDepends] | Unset = UNSET
        if _depends_on is not UNSET:
            depends_on = []
            for depends_on_item_data in _depends_on:
                depends_on_item = TaskDepends.from_dict(depends_on_item_data)

                depends_on.append(depends_on_item)

        task_definition = cls(
            external_id=external_id,
            type_=type_,
            parameters=parameters,
            name=name,
            description=description,
            retries=retries,
            timeout=timeout,
            on_failure=on_failure,
            depends_on=depends_on,
        )

        task_definition.additional_properties = d
        return task_definition
