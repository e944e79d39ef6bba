from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callback_update_request_status import CallbackUpdateRequestStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.callback_update_request_output import CallbackUpdateRequestOutput


T = TypeVar("T", bound="CallbackUpdateRequest")


@_attrs_define
class CallbackUpdateRequest(AdditionalProperties):
    """
    Attributes:
        task_id (UUID): The id of the task to update
        status (CallbackUpdateRequestStatus): The status of the task execution
        output (CallbackUpdateRequestOutput): The output of the task execution. Limited to 100KB in size. For more
            information about workflows limits, see
            [here](https://docs.cognite.com/cdf/data_workflows/limits_and_restrictions_workflows).
        callback_after_seconds (int | Unset): The number of seconds to wait before being able to poll the task again.
            Only required if the task is IN_PROGRESS.
        reason_for_incompletion (str | Unset): The reason for the task being in a failed state. This is only used for
            tasks that are in a failed state.
    """

    _FIT = {
        "taskId": "s",
        "status": "s",
        "output": ("m", "CallbackUpdateRequestOutput"),
        "callbackAfterSeconds": "i",
        "reasonForIncompletion": "s",
    }
    _REQUIRED = ("taskId", "status", "output")

    task_id: UUID
    status: CallbackUpdateRequestStatus
    output: CallbackUpdateRequestOutput
    callback_after_seconds: int | Unset = UNSET
    reason_for_incompletion: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = str(self.task_id)

        status = self.status.value

        output = self.output.to_dict()

        callback_after_seconds = self.callback_after_seconds

        reason_for_incompletion = self.reason_for_incompletion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taskId": task_id,
                "status": status,
                "output": output,
            }
        )
        if callback_after_seconds is not UNSET:
            field_dict["callbackAfterSeconds"] = callback_after_seconds
        if reason_for_incompletion is not UNSET:
            field_dict["reasonForIncompletion"] = reason_for_incompletion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.callback_update_request_output import CallbackUpdateRequestOutput  # noqa: PLC0415

        d = dict(src_dict)
        task_id = UUID(d.pop("taskId"))

        status = CallbackUpdateRequestStatus(d.pop("status"))

        output = CallbackUpdateRequestOutput.from_dict(d.pop("output"))

        callback_after_seconds = d.pop("callbackAfterSeconds", UNSET)

        reason_for_incompletion = d.pop("reasonForIncompletion", UNSET)

        callback_update_request = cls(
            task_id=task_id,
            status=status,
            output=output,
            callback_after_seconds=callback_after_seconds,
            reason_for_incompletion=reason_for_incompletion,
        )

        callback_update_request.additional_properties = d
        return callback_update_request
