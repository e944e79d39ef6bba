from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="StreamLifecycleSettings")


@_attrs_define
class StreamLifecycleSettings(AdditionalProperties):
    """Data lifecycle settings. These settings are populated from the stream creation template
    and there is no easy way to change them. This information is meant to be human-readable
    and is not really meant for machine consumption.

        Attributes:
            retained_after_soft_delete (str): Time until the soft deleted stream will actually be deleted by the system,
                in an ISO-8601 compliant date-time format. Data cannot be ingested to,
                or queried from, a soft-deleted stream. If a stream has been deleted by mistake,
                it can still be recovered from soft-deleted state.
                 Example: P42D.
            data_deleted_after (str | Unset): This setting is available only for immutable streams.
                ISO-8601 formatted time specifying how long to retain a record in this stream.
                After this time passes, records are scheduled to be removed from the stream.
                Record removal happens in batches, and some time may pass between a record
                being scheduled for deletion and it actually being deleted. During this time,
                the record will remain available, and contributing to
                consumption of limits.
                 Example: P1Y.
    """

    _FIT = {"retainedAfterSoftDelete": "s", "dataDeletedAfter": "s"}
    _REQUIRED = ("retainedAfterSoftDelete",)

    retained_after_soft_delete: str
    data_deleted_after: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        retained_after_soft_delete = self.retained_after_soft_delete

        data_deleted_after = self.data_deleted_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "retainedAfterSoftDelete": retained_after_soft_delete,
            }
        )
        if data_deleted_after is not UNSET:
            field_dict["dataDeletedAfter"] = data_deleted_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        retained_after_soft_delete = d.pop("retainedAfterSoftDelete")

        data_deleted_after = d.pop("dataDeletedAfter", UNSET)

        stream_lifecycle_settings = cls(
            retained_after_soft_delete=retained_after_soft_delete,
            data_deleted_after=data_deleted_after,
        )

        stream_lifecycle_settings.additional_properties = d
        return stream_lifecycle_settings
