from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.schedule_update_interval import ScheduleUpdateInterval
    from ..models.set_boolean_field import SetBooleanField


T = TypeVar("T", bound="ScheduleUpdate")


@_attrs_define
class ScheduleUpdate(AdditionalProperties):
    """
    Attributes:
        interval (ScheduleUpdateInterval | Unset):
        is_paused (SetBooleanField | Unset):
    """

    _FIT = {"interval": ("m", "ScheduleUpdateInterval"), "isPaused": ("m", "SetBooleanField")}
    _REQUIRED = ()

    interval: ScheduleUpdateInterval | Unset = UNSET
    is_paused: SetBooleanField | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = self.interval.to_dict()

        is_paused: dict[str, Any] | Unset = UNSET
        if not isinstance(self.is_paused, Unset):
            is_paused = self.is_paused.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interval is not UNSET:
            field_dict["interval"] = interval
        if is_paused is not UNSET:
            field_dict["isPaused"] = is_paused

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schedule_update_interval import ScheduleUpdateInterval  # noqa: PLC0415
        from ..models.set_boolean_field import SetBooleanField  # noqa: PLC0415

        d = dict(src_dict)
        _interval = d.pop("interval", UNSET)
        interval: ScheduleUpdateInterval | Unset
        if isinstance(_interval, Unset):
            interval = UNSET
        else:
            interval = ScheduleUpdateInterval.from_dict(_interval)

        _is_paused = d.pop("isPaused", UNSET)
        is_paused: SetBooleanField | Unset
        if isinstance(_is_paused, Unset):
            is_paused = UNSET
        else:
            is_paused = SetBooleanField.from_dict(_is_paused)

        schedule_update = cls(
            interval=interval,
            is_paused=is_paused,
        )

        schedule_update.additional_properties = d
        return schedule_update
