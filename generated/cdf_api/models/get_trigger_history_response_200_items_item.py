from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_trigger_history_response_200_items_item_status import GetTriggerHistoryResponse200ItemsItemStatus
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="GetTriggerHistoryResponse200ItemsItem")


@_attrs_define
class GetTriggerHistoryResponse200ItemsItem(AdditionalProperties):
    """
    Attributes:
        fire_time (int): The time that the trigger attempted to start the execution. Provided as epoch time in
            milliseconds (UTC).
        external_id (str): Identifier for a trigger. Must be unique for the project. No trailing or leading whitespace
            and no null characters allowed.
        workflow_external_id (str): Identifier for a workflow. Must be unique for the project. No trailing or leading
            whitespace and no null characters allowed.
        workflow_version (str): Identifier for a version. Must be unique for the workflow. No trailing or leading
            whitespace and no null characters allowed.
        status (GetTriggerHistoryResponse200ItemsItemStatus): status of the trigger run, a being successful means that
            the execution has started, failure denotes that an execution could not be started.
        workflow_execution_id (None | str | Unset): UUIDv4 identifier for a workflow execution. Example:
            059edaa4-a17a-4102-910e-2c3591500cce.
        reason_for_failure (None | str | Unset): a human readable reason for the failure, null if the trigger run was
            successful
    """

    _FIT = {
        "fireTime": "i",
        "externalId": "s",
        "workflowExternalId": "s",
        "workflowVersion": "s",
        "status": "s",
        "workflowExecutionId": ("u", ("s", None)),
        "reasonForFailure": ("u", ("s", None)),
    }
    _REQUIRED = ("fireTime", "externalId", "workflowExternalId", "workflowVersion", "status")

    fire_time: int
    external_id: str
    workflow_external_id: str
    workflow_version: str
    status: GetTriggerHistoryResponse200ItemsItemStatus
    workflow_execution_id: None | str | Unset = UNSET
    reason_for_failure: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fire_time = self.fire_time

        external_id = self.external_id

        workflow_external_id = self.workflow_external_id

        workflow_version = self.workflow_version

        status = self.status.value

        workflow_execution_id: None | str | Unset
        if isinstance(self.workflow_execution_id, Unset):
            workflow_execution_id = UNSET
        else:
            workflow_execution_id = self.workflow_execution_id

        reason_for_failure: None | str | Unset
        if isinstance(self.reason_for_failure, Unset):
            reason_for_failure = UNSET
        else:
            reason_for_failure = self.reason_for_failure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fireTime": fire_time,
                "externalId": external_id,
                "workflowExternalId": workflow_external_id,
                "workflowVersion": workflow_version,
                "status": status,
            }
        )
        if workflow_execution_id is not UNSET:
            field_dict["workflowExecutionId"] = workflow_execution_id
        if reason_for_failure is not UNSET:
            field_dict["reasonForFailure"] = reason_for_failure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fire_time = d.pop("fireTime")

        external_id = d.pop("externalId")

        workflow_external_id = d.pop("workflowExternalId")

        workflow_version = d.pop("workflowVersion")

        status = GetTriggerHistoryResponse200ItemsItemStatus(d.pop("status"))

        def _parse_workflow_execution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_execution_id = _parse_workflow_execution_id(d.pop("workflowExecutionId", UNSET))

        def _parse_reason_for_failure(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason_for_failure = _parse_reason_for_failure(d.pop("reasonForFailure", UNSET))

        get_trigger_history_response_200_items_item = cls(
            fire_time=fire_time,
            external_id=external_id,
            workflow_external_id=workflow_external_id,
            workflow_version=workflow_version,
            status=status,
            workflow_execution_id=workflow_execution_id,
            reason_for_failure=reason_for_failure,
        )

        get_trigger_history_response_200_items_item.additional_properties = d
        return get_trigger_history_response_200_items_item
