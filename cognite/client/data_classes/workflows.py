"""Workflows: definitions (workflows, versions as DAGs of tasks), executions and their task executions, triggers.

Task parameters, task outputs and trigger rules are polymorphic on the wire (keyed by the task type / trigger type);
each family has one registry of its classes by wire key, so loading picks the class and unknown kinds load as
``Unknown...`` objects instead of failing.
"""

from __future__ import annotations

import inspect
from collections import UserList
from collections.abc import Collection, Sequence
from typing import Any, ClassVar, Literal, TypeAlias
from zoneinfo import ZoneInfo

from cognite.client.data_classes._base import CogniteResource, CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._spec import to_camel, to_snake
from cognite.client.data_classes.data_modeling.query import Query, ResultSetExpression, Select
from cognite.client.data_classes.data_modeling.records import RecordContainerId
from cognite.client.data_classes.filters import Filter

WorkflowStatus: TypeAlias = Literal["completed", "failed", "running", "terminated", "timed_out"]
TaskStatus: TypeAlias = Literal[
    "in_progress",
    "cancelled",
    "failed",
    "failed_with_terminal_error",
    "completed",
    "completed_with_errors",
    "timed_out",
    "skipped",
]


def _status(wire: str) -> Any:
    """A wire status ("TIMED_OUT", "CANCELED") as the SDK's lower-case literal ("timed_out", "cancelled")."""
    low = wire.lower()
    return "cancelled" if low == "canceled" else low


def _camel_keys(d: dict[str, Any], camel_case: bool) -> dict[str, Any]:
    return {(to_camel(k) if camel_case else k): v for k, v in d.items() if v is not None}


# -- workflows ------------------------------------------------------------------------------------------------------
class WorkflowUpsert(CogniteResource):
    """A workflow to create or replace.

    Example:
        >>> from cognite.client.data_classes import WorkflowUpsert
        >>> WorkflowUpsert("my_workflow", description="nightly").dump()
        {'externalId': 'my_workflow', 'description': 'nightly'}
    """

    _fields = ("external_id", "description", "data_set_id", "max_concurrent_executions")

    def __init__(
        self,
        external_id: str,
        description: str | None = None,
        data_set_id: int | None = None,
        max_concurrent_executions: int | None = None,
    ) -> None:
        self.external_id = external_id
        self.description = description
        self.data_set_id = data_set_id
        self.max_concurrent_executions = max_concurrent_executions
        self._cognite_client = None

    def as_write(self) -> WorkflowUpsert:
        return self


class Workflow(CogniteResource):
    """A workflow as CDF returns it."""

    _fields = (
        "external_id",
        "created_time",
        "last_updated_time",
        "description",
        "data_set_id",
        "max_concurrent_executions",
    )

    def __init__(
        self,
        external_id: str,
        created_time: int,
        last_updated_time: int,
        description: str | None = None,
        data_set_id: int | None = None,
        max_concurrent_executions: int | None = None,
    ) -> None:
        self.external_id = external_id
        self.created_time = created_time
        self.last_updated_time = last_updated_time
        self.description = description
        self.data_set_id = data_set_id
        self.max_concurrent_executions = max_concurrent_executions
        self._cognite_client = None

    def as_write(self) -> WorkflowUpsert:
        return WorkflowUpsert(self.external_id, self.description, self.data_set_id, self.max_concurrent_executions)


class WorkflowUpsertList(CogniteResourceList[WorkflowUpsert]):
    _RESOURCE = WorkflowUpsert


class WorkflowList(WriteableCogniteResourceList[Workflow, WorkflowUpsertList]):
    _RESOURCE = Workflow


# -- task parameters ------------------------------------------------------------------------------------------------
class WorkflowTaskParameters(CogniteResource):
    """The parameters of a task; the subclass names the task type. ``_load`` takes the task type and the wire
    parameters (``{"function": {...}}``, ``{"cdfRequest": {...}}``, ...)."""

    task_type: ClassVar[str]
    _wire_key: ClassVar[str]
    _by_type: ClassVar[dict[str, type[WorkflowTaskParameters]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "task_type" in cls.__dict__:
            WorkflowTaskParameters._by_type.setdefault(cls.task_type, cls)

    @classmethod
    def load_parameters(cls, task_type: str, parameters: dict[str, Any]) -> WorkflowTaskParameters:
        if task_type == "subworkflow" and "workflowExternalId" in (parameters.get("subworkflow") or {}):
            return SubworkflowReferenceParameters._from_wire(parameters)
        kind = cls._by_type.get(task_type)
        if kind is None:
            return UnknownWorkflowTaskParameters(task_type, parameters)
        return kind._from_wire(parameters)

    @classmethod
    def _from_wire(cls, parameters: dict[str, Any]) -> Any:
        inner = dict(parameters.get(cls._wire_key) or {})
        return cls(**{to_snake(k): v for k, v in inner.items()})

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {self._wire_key: _camel_keys(_public(self), camel_case)}


def _public(obj: Any) -> dict[str, Any]:
    return {k: v for k, v in vars(obj).items() if not k.startswith("_")}


class FunctionTaskParameters(WorkflowTaskParameters):
    """Call a Cognite Function (by external id) with ``data``; ``is_async_complete``: the function (or anyone)
    completes the task through ``client.workflows.tasks.update``.

    Example:
        >>> from cognite.client.data_classes import FunctionTaskParameters
        >>> FunctionTaskParameters("my_fn", data={"a": 1}).dump()
        {'function': {'externalId': 'my_fn', 'data': {'a': 1}}}
    """

    task_type = "function"
    _wire_key = "function"

    def __init__(self, external_id: str, data: dict | str | None = None, is_async_complete: bool | None = None) -> None:
        self.external_id = external_id
        self.data = data
        self.is_async_complete = is_async_complete

    @classmethod
    def _from_wire(cls, parameters: dict[str, Any]) -> FunctionTaskParameters:
        fn = parameters.get("function") or {}
        is_async = parameters.get("isAsyncComplete", parameters.get("asyncComplete"))
        return cls(fn.get("externalId", ""), fn.get("data"), is_async)

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "function": _camel_keys({"external_id": self.external_id, "data": self.data}, camel_case)
        }
        if self.is_async_complete is not None:
            out["isAsyncComplete" if camel_case else "is_async_complete"] = self.is_async_complete
        return out


class TransformationTaskParameters(WorkflowTaskParameters):
    """Run a transformation (by external id)."""

    task_type = "transformation"
    _wire_key = "transformation"

    def __init__(
        self,
        external_id: str,
        concurrency_policy: Literal["fail", "restartAfterCurrent", "waitForCurrent"] = "fail",
        use_transformation_credentials: bool = False,
    ) -> None:
        self.external_id = external_id
        self.concurrency_policy = concurrency_policy
        self.use_transformation_credentials = use_transformation_credentials


class SimulationTaskParameters(WorkflowTaskParameters):
    """Run a simulator routine."""

    task_type = "simulation"
    _wire_key = "simulation"

    def __init__(self, routine_external_id: str, run_time: int | None = None, inputs: list[Any] | None = None) -> None:
        self.routine_external_id = routine_external_id
        self.run_time = run_time
        self.inputs = inputs

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = _public(self)
        if self.inputs is not None:
            out["inputs"] = [i.dump(camel_case) if hasattr(i, "dump") else i for i in self.inputs]
        return {self._wire_key: _camel_keys(out, camel_case)}


class CDFTaskParameters(WorkflowTaskParameters):
    """Send a request to the CDF API of the project (``resource_path`` below ``/api/v1/projects/{project}``).

    Example:
        >>> from cognite.client.data_classes import CDFTaskParameters
        >>> CDFTaskParameters("/assets/list", "POST", body={"limit": 1}).dump()["cdfRequest"]["resourcePath"]
        '/assets/list'
    """

    task_type = "cdf"
    _wire_key = "cdfRequest"

    def __init__(
        self,
        resource_path: str,
        method: Literal["GET", "POST", "PUT", "DELETE"] | str,
        query_parameters: dict | str | None = None,
        body: dict | str | None = None,
        request_timeout_in_millis: int | str = 10000,
    ) -> None:
        self.resource_path = resource_path
        self.method = method
        self.query_parameters = query_parameters
        self.body = body
        self.request_timeout_in_millis = request_timeout_in_millis


class SubworkflowTaskParameters(WorkflowTaskParameters):
    """Run a list of tasks as one task."""

    task_type = "subworkflow"
    _wire_key = "subworkflow"

    def __init__(self, tasks: list[WorkflowTask]) -> None:
        self.tasks = tasks

    @classmethod
    def _from_wire(cls, parameters: dict[str, Any]) -> SubworkflowTaskParameters:
        return cls([WorkflowTask._load(t) for t in (parameters.get(cls._wire_key) or {}).get("tasks", [])])

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {self._wire_key: {"tasks": [t.dump(camel_case) for t in self.tasks]}}


class SubworkflowReferenceParameters(WorkflowTaskParameters):
    """Run the tasks of another workflow version as one task."""

    _wire_key = "subworkflow"

    def __init__(self, workflow_external_id: str, version: str) -> None:
        self.workflow_external_id = workflow_external_id
        self.version = version

    @property
    def task_type(self) -> str:  # type: ignore[override]
        return "subworkflow"


class DynamicTaskParameters(WorkflowTaskParameters):
    """Run the tasks given, typically a reference to an earlier task's output (``"${task.output.tasks}"``)."""

    task_type = "dynamic"
    _wire_key = "dynamic"

    def __init__(self, tasks: list[WorkflowTask] | str) -> None:
        self.tasks = tasks

    @classmethod
    def _from_wire(cls, parameters: dict[str, Any]) -> DynamicTaskParameters:
        tasks = (parameters.get(cls._wire_key) or {}).get("tasks", [])
        return cls(tasks if isinstance(tasks, str) else [WorkflowTask._load(t) for t in tasks])

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        tasks = self.tasks if isinstance(self.tasks, str) else [t.dump(camel_case) for t in self.tasks]
        return {self._wire_key: {"tasks": tasks}}


class UnknownWorkflowTaskParameters(WorkflowTaskParameters):
    """Parameters of a task type this SDK does not know (kept as they came)."""

    def __init__(self, task_type: str, data: dict[str, Any]) -> None:
        self._task_type = task_type
        self.data = data

    @property
    def task_type(self) -> str:  # type: ignore[override]
        return self._task_type

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return dict(self.data)


# -- tasks and definitions ------------------------------------------------------------------------------------------
class WorkflowTask(CogniteResource):
    """One task of a workflow version: its parameters (the type), retries, timeout (seconds), what a failure does
    (``abortWorkflow`` / ``skipTask``) and the tasks it waits for.

    Example:
        >>> from cognite.client.data_classes import WorkflowTask, CDFTaskParameters
        >>> t = WorkflowTask("t1", CDFTaskParameters("/assets/list", "POST"), depends_on=["t0"])
        >>> t.dump()["dependsOn"], t.type
        ([{'externalId': 't0'}], 'cdf')
    """

    def __init__(
        self,
        external_id: str,
        parameters: WorkflowTaskParameters,
        name: str | None = None,
        description: str | None = None,
        retries: int = 3,
        timeout: int = 3600,
        on_failure: Literal["abortWorkflow", "skipTask"] = "abortWorkflow",
        depends_on: list[str] | None = None,
    ) -> None:
        if not isinstance(parameters, WorkflowTaskParameters):
            raise TypeError(f"parameters must be WorkflowTaskParameters, not {type(parameters).__name__}")
        if on_failure not in ("abortWorkflow", "skipTask"):
            raise ValueError(f"on_failure must be 'abortWorkflow' or 'skipTask', not {on_failure!r}")
        self.external_id = external_id
        self.parameters = parameters
        self.name = name
        self.description = description
        self.retries = retries
        self.timeout = timeout
        self.on_failure = on_failure
        self.depends_on = depends_on
        self._cognite_client = None

    @property
    def type(self) -> str:
        return self.parameters.task_type

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> WorkflowTask:
        return cls(
            external_id=resource["externalId"],
            parameters=WorkflowTaskParameters.load_parameters(resource["type"], resource.get("parameters") or {}),
            name=resource.get("name"),
            description=resource.get("description"),
            retries=resource.get("retries", 3),
            timeout=resource.get("timeout", 3600),
            on_failure=resource.get("onFailure", "abortWorkflow"),
            depends_on=[d["externalId"] for d in resource.get("dependsOn") or []] or None,
        )

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "externalId" if camel_case else "external_id": self.external_id,
            "type": self.type,
            "parameters": self.parameters.dump(camel_case),
            "retries": self.retries,
            "timeout": self.timeout,
            "onFailure" if camel_case else "on_failure": self.on_failure,
        }
        if self.name is not None:
            out["name"] = self.name
        if self.description is not None:
            out["description"] = self.description
        if self.depends_on:
            key = "externalId" if camel_case else "external_id"
            out["dependsOn" if camel_case else "depends_on"] = [{key: d} for d in self.depends_on]
        return out


class WorkflowDefinitionUpsert(CogniteResource):
    """The tasks of a version to create."""

    def __init__(self, tasks: list[WorkflowTask], description: str | None = None) -> None:
        self.tasks = tasks
        self.description = description
        self._cognite_client = None

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Any:
        return cls([WorkflowTask._load(t) for t in resource.get("tasks", [])], resource.get("description"))

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"tasks": [t.dump(camel_case) for t in self.tasks]}
        if self.description is not None:
            out["description"] = self.description
        return out

    def as_write(self) -> WorkflowDefinitionUpsert:
        return WorkflowDefinitionUpsert(self.tasks, self.description)


class WorkflowDefinition(WorkflowDefinitionUpsert):
    """The tasks of a version as CDF returns them, with the definition's hash."""

    def __init__(self, hash_: str, tasks: list[WorkflowTask], description: str | None = None) -> None:
        super().__init__(tasks, description)
        self.hash_ = hash_

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> WorkflowDefinition:
        return cls(resource.get("hash", ""), [WorkflowTask._load(t) for t in resource.get("tasks", [])],
                   resource.get("description"))  # fmt: skip

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {**super().dump(camel_case), "hash": self.hash_}


# -- versions ---------------------------------------------------------------------------------------------------------
class WorkflowVersionId:
    """A workflow and (optionally) one of its versions.

    Example:
        >>> from cognite.client.data_classes import WorkflowVersionId
        >>> WorkflowVersionId("my_workflow", "1").dump()
        {'workflowExternalId': 'my_workflow', 'version': '1'}
    """

    def __init__(self, workflow_external_id: str, version: str | None = None) -> None:
        self.workflow_external_id = workflow_external_id
        self.version = version

    def as_tuple(self) -> tuple[str, str]:
        if self.version is None:
            raise ValueError(f"{self!r} names no version")
        return self.workflow_external_id, self.version

    def dump(self, camel_case: bool = True, as_external_id_key: bool = False) -> dict[str, Any]:
        key = "externalId" if as_external_id_key else "workflowExternalId"
        out: dict[str, Any] = {(key if camel_case else to_snake(key)): self.workflow_external_id}
        if self.version is not None:
            out["version"] = self.version
        return out

    @classmethod
    def load(cls, resource: Any) -> WorkflowVersionId:
        if isinstance(resource, WorkflowVersionId):
            return resource
        if isinstance(resource, str):
            return cls(resource)
        if isinstance(resource, tuple) and len(resource) == 2:
            return cls(resource[0], resource[1])
        if isinstance(resource, dict):
            xid = resource.get("workflowExternalId", resource.get("externalId"))
            if not isinstance(xid, str):
                raise TypeError(f"A workflow version id needs workflowExternalId; got {resource!r}")
            return cls(xid, resource.get("version"))
        raise TypeError(f"A workflow version id is a WorkflowVersionId, (workflow, version) or a str; got {resource!r}")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WorkflowVersionId) and (self.workflow_external_id, self.version) == (
            other.workflow_external_id,
            other.version,
        )

    def __hash__(self) -> int:
        return hash((self.workflow_external_id, self.version))

    def __repr__(self) -> str:
        return f"WorkflowVersionId(workflow_external_id={self.workflow_external_id!r}, version={self.version!r})"


class WorkflowIds(UserList):  # type: ignore[type-arg]
    """Several workflow (version) ids."""

    def __init__(self, workflow_ids: Collection[WorkflowVersionId]) -> None:
        super().__init__([WorkflowVersionId.load(w) for w in workflow_ids])

    @classmethod
    def load(cls, resource: Any) -> WorkflowIds:
        if isinstance(resource, WorkflowIds):
            return resource
        if isinstance(resource, (WorkflowVersionId, str, tuple, dict)):
            return cls([WorkflowVersionId.load(resource)])
        if isinstance(resource, Sequence):
            return cls([WorkflowVersionId.load(r) for r in resource])
        raise TypeError(f"Cannot read workflow ids from {resource!r}")

    def dump(self, camel_case: bool = True, as_external_id: bool = False) -> list[dict[str, Any]]:
        return [w.dump(camel_case, as_external_id_key=as_external_id) for w in self.data]


class WorkflowVersionUpsert(CogniteResource):
    """A version of a workflow to create or replace.

    Example:
        >>> from cognite.client.data_classes import (
        ...     WorkflowVersionUpsert, WorkflowDefinitionUpsert, WorkflowTask, CDFTaskParameters)
        >>> v = WorkflowVersionUpsert("wf", "1", WorkflowDefinitionUpsert([WorkflowTask("t", CDFTaskParameters("/x", "GET"))]))
        >>> v.dump()["workflowDefinition"]["tasks"][0]["type"]
        'cdf'
    """

    def __init__(self, workflow_external_id: str, version: str, workflow_definition: WorkflowDefinitionUpsert) -> None:
        self.workflow_external_id = workflow_external_id
        self.version = version
        self.workflow_definition = workflow_definition
        self._cognite_client = None

    def as_id(self) -> WorkflowVersionId:
        return WorkflowVersionId(self.workflow_external_id, self.version)

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Any:
        return cls(
            resource["workflowExternalId"],
            resource["version"],
            WorkflowDefinitionUpsert._load(resource["workflowDefinition"]),
        )

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {
            "workflowExternalId" if camel_case else "workflow_external_id": self.workflow_external_id,
            "version": self.version,
            "workflowDefinition" if camel_case else "workflow_definition": self.workflow_definition.dump(camel_case),
        }

    def as_write(self) -> WorkflowVersionUpsert:
        return self


class WorkflowVersion(CogniteResource):
    """A version of a workflow as CDF returns it."""

    def __init__(
        self,
        workflow_external_id: str,
        version: str,
        workflow_definition: WorkflowDefinition,
        created_time: int,
        last_updated_time: int,
        warnings: list[str] | None = None,
    ) -> None:
        self.workflow_external_id = workflow_external_id
        self.version = version
        self.workflow_definition = workflow_definition
        self.created_time = created_time
        self.last_updated_time = last_updated_time
        self.warnings = warnings
        self._cognite_client = None

    def as_id(self) -> WorkflowVersionId:
        return WorkflowVersionId(self.workflow_external_id, self.version)

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> WorkflowVersion:
        return cls(
            resource["workflowExternalId"],
            resource["version"],
            WorkflowDefinition._load(resource["workflowDefinition"]),
            resource.get("createdTime", 0),
            resource.get("lastUpdatedTime", 0),
            resource.get("warnings"),
        )

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = {
            "workflowExternalId" if camel_case else "workflow_external_id": self.workflow_external_id,
            "version": self.version,
            "workflowDefinition" if camel_case else "workflow_definition": self.workflow_definition.dump(camel_case),
            "createdTime" if camel_case else "created_time": self.created_time,
            "lastUpdatedTime" if camel_case else "last_updated_time": self.last_updated_time,
        }
        if self.warnings is not None:
            out["warnings"] = self.warnings
        return out

    def as_write(self) -> WorkflowVersionUpsert:
        return WorkflowVersionUpsert(self.workflow_external_id, self.version, self.workflow_definition.as_write())


class WorkflowVersionUpsertList(CogniteResourceList[WorkflowVersionUpsert]):
    _RESOURCE = WorkflowVersionUpsert


class WorkflowVersionList(WriteableCogniteResourceList[WorkflowVersion, WorkflowVersionUpsertList]):
    _RESOURCE = WorkflowVersion

    def as_ids(self) -> list[WorkflowVersionId]:  # type: ignore[override]
        return [v.as_id() for v in self]


# -- task outputs -----------------------------------------------------------------------------------------------------
class WorkflowTaskOutput(CogniteResource):
    """What a task execution produced; the subclass names the task type."""

    task_type: ClassVar[str]
    _by_type: ClassVar[dict[str, type[WorkflowTaskOutput]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "task_type" in cls.__dict__:
            WorkflowTaskOutput._by_type.setdefault(cls.task_type, cls)

    @classmethod
    def load_output(cls, task_type: str, output: dict[str, Any]) -> WorkflowTaskOutput:
        kind = cls._by_type.get(task_type)
        if kind is None:
            return UnknownWorkflowTaskOutput(task_type, output)
        fields = list(inspect.signature(kind.__init__).parameters)[1:]
        return kind(**{f: output.get(to_camel(f)) for f in fields})

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return _camel_keys(_public(self), camel_case)


class FunctionTaskOutput(WorkflowTaskOutput):
    task_type = "function"

    def __init__(self, call_id: int | None, function_id: int | None, response: dict | None) -> None:
        self.call_id = call_id
        self.function_id = function_id
        self.response = response


class TransformationTaskOutput(WorkflowTaskOutput):
    task_type = "transformation"

    def __init__(self, job_id: int | None) -> None:
        self.job_id = job_id


class SimulationTaskOutput(WorkflowTaskOutput):
    task_type = "simulation"

    def __init__(self, run_id: int | None, log_id: int | None, status_message: str | None) -> None:
        self.run_id = run_id
        self.log_id = log_id
        self.status_message = status_message


class CDFTaskOutput(WorkflowTaskOutput):
    task_type = "cdf"

    def __init__(self, response: str | dict[str, Any] | None, status_code: int | None) -> None:
        self.response = response
        self.status_code = status_code


class DynamicTaskOutput(WorkflowTaskOutput):
    task_type = "dynamic"

    def __init__(self) -> None:
        pass


class SubworkflowTaskOutput(WorkflowTaskOutput):
    task_type = "subworkflow"

    def __init__(self) -> None:
        pass


class UnknownWorkflowTaskOutput(WorkflowTaskOutput):
    def __init__(self, task_type: str, output: dict[str, Any]) -> None:
        self._task_type = task_type
        self.output = output

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return dict(self.output)


# -- executions -------------------------------------------------------------------------------------------------------
class WorkflowTaskExecution(CogniteResource):
    """One task's run within an execution: its status, resolved input and output."""

    def __init__(
        self,
        id: str,
        external_id: str,
        status: TaskStatus,
        input: WorkflowTaskParameters,
        output: WorkflowTaskOutput,
        version: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        reason_for_incompletion: str | None = None,
    ) -> None:
        self.id = id
        self.external_id = external_id
        self.status = status
        self.input = input
        self.output = output
        self.version = version
        self.start_time = start_time
        self.end_time = end_time
        self.reason_for_incompletion = reason_for_incompletion
        self._cognite_client = None

    @property
    def task_type(self) -> str:
        return self.input.task_type

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> WorkflowTaskExecution:
        kind = resource.get("taskType", "")
        return cls(
            id=resource["id"],
            external_id=resource["externalId"],
            status=_status(resource["status"]),
            input=WorkflowTaskParameters.load_parameters(kind, resource.get("input") or {}),
            output=WorkflowTaskOutput.load_output(kind, resource.get("output") or {}),
            version=resource.get("version"),
            start_time=resource.get("startTime"),
            end_time=resource.get("endTime"),
            reason_for_incompletion=resource.get("reasonForIncompletion"),
        )

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = _camel_keys(
            {
                "id": self.id,
                "external_id": self.external_id,
                "status": self.status.upper(),
                "task_type": self.task_type,
                "version": self.version,
                "start_time": self.start_time,
                "end_time": self.end_time,
                "reason_for_incompletion": self.reason_for_incompletion,
            },
            camel_case,
        )
        out["input"] = self.input.dump(camel_case)
        out["output"] = self.output.dump(camel_case)
        return out


class WorkflowExecution(CogniteResource):
    """An execution of a workflow version."""

    _fields = (
        "id",
        "workflow_external_id",
        "status",
        "created_time",
        "version",
        "start_time",
        "end_time",
        "reason_for_incompletion",
        "metadata",
    )

    def __init__(
        self,
        id: str,
        workflow_external_id: str,
        status: WorkflowStatus,
        created_time: int,
        version: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        reason_for_incompletion: str | None = None,
        metadata: dict | None = None,
    ) -> None:
        self.id = id
        self.workflow_external_id = workflow_external_id
        self.status = status
        self.created_time = created_time
        self.version = version
        self.start_time = start_time
        self.end_time = end_time
        self.reason_for_incompletion = reason_for_incompletion
        self.metadata = metadata
        self._cognite_client = None

    def as_workflow_id(self) -> WorkflowVersionId:
        return WorkflowVersionId(self.workflow_external_id, self.version)

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Any:
        out = super()._load({k: v for k, v in resource.items() if k in _EXECUTION_WIRE}, cognite_client)
        out.status = _status(resource["status"])
        return out

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = super().dump(camel_case)
        out["status"] = self.status.upper()
        return out


_EXECUTION_WIRE = frozenset(to_camel(f) for f in WorkflowExecution._fields)


class WorkflowExecutionList(CogniteResourceList[WorkflowExecution]):
    _RESOURCE = WorkflowExecution


class WorkflowExecutionDetailed(WorkflowExecution):
    """An execution with the definition it runs and the executions of its tasks."""

    def __init__(
        self,
        id: str,
        workflow_external_id: str,
        workflow_definition: WorkflowDefinition,
        status: WorkflowStatus,
        executed_tasks: list[WorkflowTaskExecution],
        created_time: int,
        version: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        reason_for_incompletion: str | None = None,
        input: dict | None = None,
        metadata: dict | None = None,
    ) -> None:
        super().__init__(
            id, workflow_external_id, status, created_time, version, start_time, end_time, reason_for_incompletion,
            metadata,
        )  # fmt: skip
        self.workflow_definition = workflow_definition
        self.executed_tasks = executed_tasks
        self.input = input

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> WorkflowExecutionDetailed:
        return cls(
            id=resource["id"],
            workflow_external_id=resource["workflowExternalId"],
            workflow_definition=WorkflowDefinition._load(resource["workflowDefinition"]),
            status=_status(resource["status"]),
            executed_tasks=[WorkflowTaskExecution._load(t) for t in resource.get("executedTasks", [])],
            created_time=resource["createdTime"],
            version=resource.get("version"),
            start_time=resource.get("startTime"),
            end_time=resource.get("endTime"),
            reason_for_incompletion=resource.get("reasonForIncompletion"),
            input=resource.get("input"),
            metadata=resource.get("metadata"),
        )

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = super().dump(camel_case)
        out["workflowDefinition" if camel_case else "workflow_definition"] = self.workflow_definition.dump(camel_case)
        out["executedTasks" if camel_case else "executed_tasks"] = [t.dump(camel_case) for t in self.executed_tasks]
        if self.input is not None:
            out["input"] = self.input
        return out

    def as_execution(self) -> WorkflowExecution:
        return WorkflowExecution._load(self.dump())


# -- triggers ---------------------------------------------------------------------------------------------------------
class WorkflowTriggerRule(CogniteResource):
    """When a trigger fires; the subclass names the trigger type."""

    trigger_type: ClassVar[str]
    _by_type: ClassVar[dict[str, type[WorkflowTriggerRule]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "trigger_type" in cls.__dict__:
            WorkflowTriggerRule._by_type[cls.trigger_type] = cls

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Any:
        kind = WorkflowTriggerRule._by_type.get(resource.get("triggerType", ""))
        if kind is None:
            raise ValueError(f"Unknown trigger type {resource.get('triggerType')!r}")
        return kind._load_trigger(resource)

    @classmethod
    def _load_trigger(cls, data: dict[str, Any]) -> Any:
        raise NotImplementedError

    def _body(self, camel_case: bool) -> dict[str, Any]:
        return _camel_keys(_public(self), camel_case)

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {"triggerType" if camel_case else "trigger_type": self.trigger_type, **self._body(camel_case)}


class WorkflowScheduledTriggerRule(WorkflowTriggerRule):
    """Fire on a cron schedule (``timezone``: where the expression is evaluated; UTC when None).

    Example:
        >>> from cognite.client.data_classes.workflows import WorkflowScheduledTriggerRule
        >>> WorkflowScheduledTriggerRule("0 0 * * *").dump()
        {'triggerType': 'schedule', 'cronExpression': '0 0 * * *'}
    """

    trigger_type = "schedule"

    def __init__(self, cron_expression: str, timezone: ZoneInfo | None = None) -> None:
        self.cron_expression = cron_expression
        self.timezone = timezone

    @classmethod
    def _load_trigger(cls, data: dict[str, Any]) -> WorkflowScheduledTriggerRule:
        zone = data.get("timezone")
        return cls(data["cronExpression"], ZoneInfo(zone) if zone else None)

    def _body(self, camel_case: bool) -> dict[str, Any]:
        out: dict[str, Any] = {"cronExpression" if camel_case else "cron_expression": self.cron_expression}
        if self.timezone is not None:
            out["timezone"] = self.timezone.key
        return out


class WorkflowTriggerDataModelingQuery(Query):
    """The query of a data modeling trigger (result set expressions and selects)."""

    def __init__(self, with_: dict[str, ResultSetExpression], select: dict[str, Select]) -> None:
        super().__init__(with_=with_, select=select)


class WorkflowDataModelingTriggerRule(WorkflowTriggerRule):
    """Fire for instances the query matches that are new or changed, ``batch_size`` at a time."""

    trigger_type = "dataModeling"

    def __init__(
        self,
        data_modeling_query: WorkflowTriggerDataModelingQuery,
        batch_size: int | None = None,
        batch_timeout: int | None = None,
    ) -> None:
        self.data_modeling_query = data_modeling_query
        self.batch_size = batch_size
        self.batch_timeout = batch_timeout

    @classmethod
    def _load_trigger(cls, data: dict[str, Any]) -> WorkflowDataModelingTriggerRule:
        q = data["dataModelingQuery"]
        query = WorkflowTriggerDataModelingQuery._load(q)
        return cls(query, data.get("batchSize"), data.get("batchTimeout"))  # type: ignore[arg-type]

    def _body(self, camel_case: bool) -> dict[str, Any]:
        query = self.data_modeling_query.dump(camel_case)
        body: dict[str, Any] = {"data_modeling_query": {k: v for k, v in query.items() if k in ("with", "select")}}
        body |= {"batch_size": self.batch_size, "batch_timeout": self.batch_timeout}
        return _camel_keys(body, camel_case)


class WorkflowRecordStreamSourceSelector(CogniteResource):
    """A container of records and the properties a record stream trigger returns."""

    def __init__(self, source: RecordContainerId, properties: list[str]) -> None:
        self.source = source
        self.properties = properties
        self._cognite_client = None

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Any:
        return cls(RecordContainerId.load(resource["source"]), resource["properties"])

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {"source": self.source.dump(camel_case=camel_case), "properties": self.properties}


class WorkflowRecordStreamTriggerRule(WorkflowTriggerRule):
    """Fire for records arriving in a stream, in batches."""

    trigger_type = "recordStream"

    def __init__(
        self,
        stream_external_id: str,
        batch_size: int,
        batch_timeout: int,
        filter: Filter | None = None,
        sources: list[WorkflowRecordStreamSourceSelector] | None = None,
        initialize_cursor: str | None = None,
    ) -> None:
        self.stream_external_id = stream_external_id
        self.batch_size = batch_size
        self.batch_timeout = batch_timeout
        self.filter = filter
        self.sources = sources
        self.initialize_cursor = initialize_cursor

    @classmethod
    def _load_trigger(cls, data: dict[str, Any]) -> WorkflowRecordStreamTriggerRule:
        return cls(
            data["streamExternalId"],
            data["batchSize"],
            data["batchTimeout"],
            Filter.load(data["filter"]) if data.get("filter") else None,
            [WorkflowRecordStreamSourceSelector._load(s) for s in data["sources"]] if data.get("sources") else None,
            data.get("initializeCursor"),
        )

    def _body(self, camel_case: bool) -> dict[str, Any]:
        body: dict[str, Any] = {
            "stream_external_id": self.stream_external_id,
            "batch_size": self.batch_size,
            "batch_timeout": self.batch_timeout,
            "filter": self.filter.dump() if self.filter is not None else None,
            "sources": [s.dump(camel_case) for s in self.sources] if self.sources is not None else None,
            "initialize_cursor": self.initialize_cursor,
        }
        return _camel_keys(body, camel_case)


class _TriggerBase(CogniteResource):
    _fields: ClassVar[tuple[str, ...]] = (
        "external_id",
        "trigger_rule",
        "workflow_external_id",
        "workflow_version",
        "input",
        "metadata",
    )
    _nested: ClassVar[dict[str, Any]] = {
        "trigger_rule": lambda v: v if isinstance(v, WorkflowTriggerRule) else WorkflowTriggerRule._load(v)
    }


class WorkflowTriggerUpsert(_TriggerBase):
    """A trigger to create or replace: when (``trigger_rule``) to run which workflow version with which input.

    Example:
        >>> from cognite.client.data_classes.workflows import WorkflowTriggerUpsert, WorkflowScheduledTriggerRule
        >>> t = WorkflowTriggerUpsert("t", WorkflowScheduledTriggerRule("0 * * * *"), "wf", "1")
        >>> t.dump()["triggerRule"]
        {'triggerType': 'schedule', 'cronExpression': '0 * * * *'}
    """

    def __init__(
        self,
        external_id: str,
        trigger_rule: WorkflowTriggerRule,
        workflow_external_id: str,
        workflow_version: str,
        input: dict | None = None,
        metadata: dict | None = None,
    ) -> None:
        if not isinstance(trigger_rule, WorkflowTriggerRule):
            raise TypeError(f"trigger_rule must be a WorkflowTriggerRule, not {type(trigger_rule).__name__}")
        self.external_id = external_id
        self.trigger_rule = trigger_rule
        self.workflow_external_id = workflow_external_id
        self.workflow_version = workflow_version
        self.input = input
        self.metadata = metadata
        self._cognite_client = None

    def as_write(self) -> WorkflowTriggerUpsert:
        return self


class WorkflowTrigger(_TriggerBase):
    """A trigger as CDF returns it."""

    _fields: ClassVar[tuple[str, ...]] = (*_TriggerBase._fields, "is_paused", "created_time", "last_updated_time")

    def __init__(
        self,
        external_id: str,
        trigger_rule: WorkflowTriggerRule,
        workflow_external_id: str,
        workflow_version: str,
        is_paused: bool,
        created_time: int,
        last_updated_time: int,
        input: dict | None = None,
        metadata: dict | None = None,
    ) -> None:
        self.external_id = external_id
        self.trigger_rule = trigger_rule
        self.workflow_external_id = workflow_external_id
        self.workflow_version = workflow_version
        self.is_paused = is_paused
        self.created_time = created_time
        self.last_updated_time = last_updated_time
        self.input = input
        self.metadata = metadata
        self._cognite_client = None

    def as_write(self) -> WorkflowTriggerUpsert:
        return WorkflowTriggerUpsert(
            self.external_id, self.trigger_rule, self.workflow_external_id, self.workflow_version, self.input,
            self.metadata,
        )  # fmt: skip


class WorkflowTriggerUpsertList(CogniteResourceList[WorkflowTriggerUpsert]):
    _RESOURCE = WorkflowTriggerUpsert


class WorkflowTriggerList(WriteableCogniteResourceList[WorkflowTrigger, WorkflowTriggerUpsertList]):
    _RESOURCE = WorkflowTrigger


class WorkflowTriggerRun(CogniteResource):
    """One firing of a trigger: whether it started an execution (and which), or why not."""

    _fields = (
        "external_id",
        "fire_time",
        "workflow_external_id",
        "workflow_version",
        "status",
        "workflow_execution_id",
        "reason_for_failure",
    )

    def __init__(
        self,
        external_id: str,
        fire_time: int,
        workflow_external_id: str,
        workflow_version: str,
        status: Literal["success", "failed"],
        workflow_execution_id: str | None = None,
        reason_for_failure: str | None = None,
    ) -> None:
        self.external_id = external_id
        self.fire_time = fire_time
        self.workflow_external_id = workflow_external_id
        self.workflow_version = workflow_version
        self.status = status
        self.workflow_execution_id = workflow_execution_id
        self.reason_for_failure = reason_for_failure
        self._cognite_client = None


class WorkflowTriggerRunList(CogniteResourceList[WorkflowTriggerRun]):
    _RESOURCE = WorkflowTriggerRun
