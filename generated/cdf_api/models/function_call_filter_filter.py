from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_call_status import FunctionCallStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.epoch_timestamp_range import EpochTimestampRange


T = TypeVar("T", bound="FunctionCallFilterFilter")


@_attrs_define
class FunctionCallFilterFilter(AdditionalProperties):
    """
    Attributes:
        schedule_id (int | Unset): A server-generated ID for the object.
        status (FunctionCallStatus | Unset): Status of the function call. Example: Running.
        start_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
        end_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
    """

    _FIT = {
        "scheduleId": "i",
        "status": "s",
        "startTime": ("m", "EpochTimestampRange"),
        "endTime": ("m", "EpochTimestampRange"),
    }
    _REQUIRED = ()

    schedule_id: int | Unset = UNSET
    status: FunctionCallStatus | Unset = UNSET
    start_time: EpochTimestampRange | Unset = UNSET
    end_time: EpochTimestampRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule_id = self.schedule_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        start_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.to_dict()

        end_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schedule_id is not UNSET:
            field_dict["scheduleId"] = schedule_id
        if status is not UNSET:
            field_dict["status"] = status
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.epoch_timestamp_range import EpochTimestampRange  # noqa: PLC0415

        d = dict(src_dict)
        schedule_id = d.pop("scheduleId", UNSET)

        _status = d.pop("status", UNSET)
        status: FunctionCallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = FunctionCallStatus(_status)

        _start_time = d.pop("startTime", UNSET)
        start_time: EpochTimestampRange | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = EpochTimestampRange.from_dict(_start_time)

        _end_time = d.pop("endTime", UNSET)
        end_time: EpochTimestampRange | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = EpochTimestampRange.from_dict(_end_time)

        function_call_filter_filter = cls(
            schedule_id=schedule_id,
            status=status,
            start_time=start_time,
            end_time=end_time,
        )

        function_call_filter_filter.additional_properties = d
        return function_call_filter_filter
