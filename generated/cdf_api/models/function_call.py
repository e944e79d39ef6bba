from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_call_status import FunctionCallStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.function_call_error import FunctionCallError


T = TypeVar("T", bound="FunctionCall")


@_attrs_define
class FunctionCall(AdditionalProperties):
    """
    Attributes:
        id (int): A server-generated ID for the object.
        status (FunctionCallStatus): Status of the function call. Example: Running.
        start_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal Time
            (UTC), minus leap seconds. Example: 1730204346000.
        function_id (int): A server-generated ID for the object.
        end_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        error (FunctionCallError | Unset): Error occuring due to user's function code.
        schedule_id (int | Unset): A server-generated ID for the object.
        scheduled_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
    """

    _FIT = {
        "id": "i",
        "status": "s",
        "startTime": "i",
        "functionId": "i",
        "endTime": "i",
        "error": ("m", "FunctionCallError"),
        "scheduleId": "i",
        "scheduledTime": "i",
    }
    _REQUIRED = ("id", "status", "startTime", "functionId")

    id: int
    status: FunctionCallStatus
    start_time: int
    function_id: int
    end_time: int | Unset = UNSET
    error: FunctionCallError | Unset = UNSET
    schedule_id: int | Unset = UNSET
    scheduled_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        start_time = self.start_time

        function_id = self.function_id

        end_time = self.end_time

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        schedule_id = self.schedule_id

        scheduled_time = self.scheduled_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "startTime": start_time,
                "functionId": function_id,
            }
        )
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if error is not UNSET:
            field_dict["error"] = error
        if schedule_id is not UNSET:
            field_dict["scheduleId"] = schedule_id
        if scheduled_time is not UNSET:
            field_dict["scheduledTime"] = scheduled_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.function_call_error import FunctionCallError  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = FunctionCallStatus(d.pop("status"))

        start_time = d.pop("startTime")

        function_id = d.pop("functionId")

        end_time = d.pop("endTime", UNSET)

        _error = d.pop("error", UNSET)
        error: FunctionCallError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = FunctionCallError.from_dict(_error)

        schedule_id = d.pop("scheduleId", UNSET)

        scheduled_time = d.pop("scheduledTime", UNSET)

        function_call = cls(
            id=id,
            status=status,
            start_time=start_time,
            function_id=function_id,
            end_time=end_time,
            error=error,
            schedule_id=schedule_id,
            scheduled_time=scheduled_time,
        )

        function_call.additional_properties = d
        return function_call
