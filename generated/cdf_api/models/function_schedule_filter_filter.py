from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.epoch_timestamp_range import EpochTimestampRange


T = TypeVar("T", bound="FunctionScheduleFilterFilter")


@_attrs_define
class FunctionScheduleFilterFilter(AdditionalProperties):
    """
    Attributes:
        name (str | Unset): Name of function schedule. Example: My schedule.
        function_id (int | Unset): A server-generated ID for the object.
        function_external_id (str | Unset): The external ID provided by the client. Must be unique for the resource
            type. Example: my.known.id.
        created_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
        cron_expression (str | Unset): Cron expression describes when the function should be called. Use
            http://www.cronmaker.com to create a cron expression. Example: * * * * *.
    """

    _FIT = {
        "name": "s",
        "FunctionId": "i",
        "FunctionExternalId": "s",
        "createdTime": ("m", "EpochTimestampRange"),
        "cronExpression": "s",
    }
    _REQUIRED = ()

    name: str | Unset = UNSET
    function_id: int | Unset = UNSET
    function_external_id: str | Unset = UNSET
    created_time: EpochTimestampRange | Unset = UNSET
    cron_expression: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        function_id = self.function_id

        function_external_id = self.function_external_id

        created_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.to_dict()

        cron_expression = self.cron_expression

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if function_id is not UNSET:
            field_dict["FunctionId"] = function_id
        if function_external_id is not UNSET:
            field_dict["FunctionExternalId"] = function_external_id
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if cron_expression is not UNSET:
            field_dict["cronExpression"] = cron_expression

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.epoch_timestamp_range import EpochTimestampRange  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        function_id = d.pop("FunctionId", UNSET)

        function_external_id = d.pop("FunctionExternalId", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: EpochTimestampRange | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = EpochTimestampRange.from_dict(_created_time)

        cron_expression = d.pop("cronExpression", UNSET)

        function_schedule_filter_filter = cls(
            name=name,
            function_id=function_id,
            function_external_id=function_external_id,
            created_time=created_time,
            cron_expression=cron_expression,
        )

        function_schedule_filter_filter.additional_properties = d
        return function_schedule_filter_filter
