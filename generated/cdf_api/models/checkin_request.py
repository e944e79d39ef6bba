from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.error_with_task import ErrorWithTask
    from ..models.task_update import TaskUpdate


T = TypeVar("T", bound="CheckinRequest")


@_attrs_define
class CheckinRequest(AdditionalProperties):
    """Request sent on extractor check-in.

    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.integrations.id.
        task_events (list[TaskUpdate] | Unset): A list of task updates.
        errors (list[ErrorWithTask] | Unset): A list of errors that occurred since the last checkin.
    """

    _FIT = {"externalId": "s", "taskEvents": ("l", ("m", "TaskUpdate")), "errors": ("l", ("m", "ErrorWithTask"))}
    _REQUIRED = ("externalId",)

    external_id: str
    task_events: list[TaskUpdate] | Unset = UNSET
    errors: list[ErrorWithTask] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        task_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.task_events, Unset):
            task_events = []
            for task_events_item_data in self.task_events:
                task_events_item = task_events_item_data.to_dict()
                task_events.append(task_events_item)

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
            }
        )
        if task_events is not UNSET:
            field_dict["taskEvents"] = task_events
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_with_task import ErrorWithTask  # noqa: PLC0415
        from ..models.task_update import TaskUpdate  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        _task_events = d.pop("taskEvents", UNSET)
        task_events: list[TaskUpdate] | Unset = UNSET
        if _task_events is not UNSET:
            task_events = []
            for task_events_item_data in _task_events:
                task_events_item = TaskUpdate.from_dict(task_events_item_data)

                task_events.append(task_events_item)

        _errors = d.pop("errors", UNSET)
        errors: list[ErrorWithTask] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ErrorWithTask.from_dict(errors_item_data)

                errors.append(errors_item)

        checkin_request = cls(
            external_id=external_id,
            task_events=task_events,
            errors=errors,
        )

        checkin_request.additional_properties = d
        return checkin_request
