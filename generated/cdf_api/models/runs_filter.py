from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ext_pipe_run_status import ExtPipeRunStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.epoch_timestamp_range import EpochTimestampRange
    from ..models.string_filter import StringFilter


T = TypeVar("T", bound="RunsFilter")


@_attrs_define
class RunsFilter(AdditionalProperties):
    """
    Attributes:
        external_id (str): Extraction pipeline external Id provided by client.
        statuses (list[ExtPipeRunStatus] | Unset): Extraction pipeline statuses list. Expected values: success, failure,
            seen.
        created_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
        message (StringFilter | Unset):
    """

    _FIT = {
        "externalId": "s",
        "statuses": ("l", "s"),
        "createdTime": ("m", "EpochTimestampRange"),
        "message": ("m", "StringFilter"),
    }
    _REQUIRED = ("externalId",)

    external_id: str
    statuses: list[ExtPipeRunStatus] | Unset = UNSET
    created_time: EpochTimestampRange | Unset = UNSET
    message: StringFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        statuses: list[str] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = []
            for statuses_item_data in self.statuses:
                statuses_item = statuses_item_data.value
                statuses.append(statuses_item)

        created_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.to_dict()

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
            }
        )
        if statuses is not UNSET:
            field_dict["statuses"] = statuses
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.epoch_timestamp_range import EpochTimestampRange  # noqa: PLC0415
        from ..models.string_filter import StringFilter  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        _statuses = d.pop("statuses", UNSET)
        statuses: list[ExtPipeRunStatus] | Unset = UNSET
        if _statuses is not UNSET:
            statuses = []
            for statuses_item_data in _statuses:
                statuses_item = ExtPipeRunStatus(statuses_item_data)

                statuses.append(statuses_item)

        _created_time = d.pop("createdTime", UNSET)
        created_time: EpochTimestampRange | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = EpochTimestampRange.from_dict(_created_time)

        _message = d.pop("message", UNSET)
        message: StringFilter | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = StringFilter.from_dict(_message)

        runs_filter = cls(
            external_id=external_id,
            statuses=statuses,
            created_time=created_time,
            message=message,
        )

        runs_filter.additional_properties = d
        return runs_filter
