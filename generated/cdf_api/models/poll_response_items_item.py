from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.poll_response_items_item_status import PollResponseItemsItemStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.poll_response_items_item_input import PollResponseItemsItemInput
    from ..models.poll_response_items_item_output import PollResponseItemsItemOutput


T = TypeVar("T", bound="PollResponseItemsItem")


@_attrs_define
class PollResponseItemsItem(AdditionalProperties):
    """
    Attributes:
        task_id (UUID): The UUIDv4 id of the task. It is guaranteed to be unique globally.
        task_type (str): Type of the task to poll for
        status (PollResponseItemsItemStatus): The status of the task execution
        input_ (PollResponseItemsItemInput): The input of the task. Limited to 100KB in size. For more information about
            API limits, see [here](https://docs.cognite.com/dev/concepts/resource_throttling).
        output (PollResponseItemsItemOutput): The output of the task. Limited to 100KB in size. For more information
            about API limits, see [here](https://docs.cognite.com/dev/concepts/resource_throttling).
        token (str): The access token to be used to perform CDF API calls. The token provided is a short lived token and
            it can be exchanged for a session.
        retry_count (int): The number of times the task has been retried. The first attempt has the value 0.
        project_id (int): The id of the project the task belongs to
        poll_count (int): The number of times the current task attempt has been polled. The first poll has the value 1
        engine_execution_id (str): The workflow engine execution id. Unique identifier for the workflow execution that
            the task belongs to.
        response_timeout_seconds (int): The maximum number of seconds granted to the worker to respond to the task.
            Responding to the task is done through the `update` or `extendlease` endpoints.
        respond_before (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
    """

    _FIT = {
        "taskId": "s",
        "taskType": "s",
        "status": "s",
        "input": ("m", "PollResponseItemsItemInput"),
        "output": ("m", "PollResponseItemsItemOutput"),
        "token": "s",
        "retryCount": "i",
        "projectId": "i",
        "pollCount": "i",
        "engineExecutionId": "s",
        "responseTimeoutSeconds": "i",
        "respondBefore": "i",
    }
    _REQUIRED = (
        "taskId",
        "taskType",
        "status",
        "input",
        "output",
        "token",
        "retryCount",
        "projectId",
        "pollCount",
        "engineExecutionId",
        "responseTimeoutSeconds",
    )

    task_id: UUID
    task_type: str
    status: PollResponseItemsItemStatus
    input_: PollResponseItemsItemInput
    output: PollResponseItemsItemOutput
    token: str
    retry_count: int
    project_id: int
    poll_count: int
    engine_execution_id: str
    response_timeout_seconds: int
    respond_before: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = str(self.task_id)

        task_type = self.task_type

        status = self.status.value

        input_ = self.input_.to_dict()

        output = self.output.to_dict()

        token = self.token

        retry_count = self.retry_count

        project_id = self.project_id

        poll_count = self.poll_count

        engine_execution_id = self.engine_execution_id

        response_timeout_seconds = self.response_timeout_seconds

        respond_before = self.respond_before

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taskId": task_id,
                "taskType": task_type,
                "status": status,
                "input": input_,
                "output": output,
                "token": token,
                "retryCount": retry_count,
                "projectId": project_id,
                "pollCount": poll_count,
                "engineExecutionId": engine_execution_id,
                "responseTimeoutSeconds": response_timeout_seconds,
            }
        )
        if respond_before is not UNSET:
            field_dict["respondBefore"] = respond_before

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.poll_response_items_item_input import PollResponseItemsItemInput  # noqa: PLC0415
        from ..models.poll_response_items_item_output import PollResponseItemsItemOutput  # noqa: PLC0415

        d = dict(src_dict)
        task_id = UUID(d.pop("taskId"))

        task_type = d.pop("taskType")

        status = PollResponseItemsItemStatus(d.pop("status"))

        input_ = PollResponseItemsItemInput.from_dict(d.pop("input"))

        output = PollResponseItemsItemOutput.from_dict(d.pop("output"))

        token = d.pop("token")

        retry_count = d.pop("retryCount")

        project_id = d.pop("projectId")

        poll_count = d.pop("pollCount")

        engine_execution_id = d.pop("engineExecutionId")

        response_timeout_seconds = d.pop("responseTimeoutSeconds")

        respond_before = d.pop("respondBefore", UNSET)

        poll_response_items_item = cls(
            task_id=task_id,
            task_type=task_type,
            status=status,
            input_=input_,
            output=output,
            token=token,
            retry_count=retry_count,
            project_id=project_id,
            poll_count=poll_count,
            engine_execution_id=engine_execution_id,
            response_timeout_seconds=response_timeout_seconds,
            respond_before=respond_before,
        )

        poll_response_items_item.additional_properties = d
        return poll_response_items_item
