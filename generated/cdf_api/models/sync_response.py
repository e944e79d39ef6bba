from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.error_with_task_read import ErrorWithTaskRead
    from ..models.task_history_with_errors import TaskHistoryWithErrors


T = TypeVar("T", bound="SyncResponse")


@_attrs_define
class SyncResponse(AdditionalProperties):
    """Response for the sync endpoint.

    Attributes:
        next_cursor (str): Cursor for pagination
        more_data (bool): If true, there is more data available, and you should call this endpoint again with the
            returned cursor.
        history (list[TaskHistoryWithErrors] | Unset): List of task histories.
        errors (list[ErrorWithTaskRead] | Unset): List of errors.
    """

    _FIT = {
        "nextCursor": "s",
        "moreData": "b",
        "history": ("l", ("m", "TaskHistoryWithErrors")),
        "errors": ("l", ("m", "ErrorWithTaskRead")),
    }
    _REQUIRED = ("nextCursor", "moreData")

    next_cursor: str
    more_data: bool
    history: list[TaskHistoryWithErrors] | Unset = UNSET
    errors: list[ErrorWithTaskRead] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_cursor = self.next_cursor

        more_data = self.more_data

        history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = []
            for history_item_data in self.history:
                history_item = history_item_data.to_dict()
                history.append(history_item)

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
                "nextCursor": next_cursor,
                "moreData": more_data,
            }
        )
        if history is not UNSET:
            field_dict["history"] = history
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_with_task_read import ErrorWithTaskRead  # noqa: PLC0415
        from ..models.task_history_with_errors import TaskHistoryWithErrors  # noqa: PLC0415

        d = dict(src_dict)
        next_cursor = d.pop("nextCursor")

        more_data = d.pop("moreData")

        _history = d.pop("history", UNSET)
        history: list[TaskHistoryWithErrors] | Unset = UNSET
        if _history is not UNSET:
            history = []
            for history_item_data in _history:
                history_item = TaskHistoryWithErrors.from_dict(history_item_data)

                history.append(history_item)

        _errors = d.pop("errors", UNSET)
        errors: list[ErrorWithTaskRead] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ErrorWithTaskRead.from_dict(errors_item_data)

                errors.append(errors_item)

        sync_response = cls(
            next_cursor=next_cursor,
            more_data=more_data,
            history=history,
            errors=errors,
        )

        sync_response.additional_properties = d
        return sync_response
