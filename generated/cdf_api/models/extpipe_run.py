from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.extpipe_run_status import ExtpipeRunStatus
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ExtpipeRun")


@_attrs_define
class ExtpipeRun(AdditionalProperties):
    """Request of a run operation.

    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.integrations.id.
        status (ExtpipeRunStatus): The type of run being reported
        message (str | Unset): Run message
        created_time (int | Unset): The time when the run was created.
    """

    _FIT = {"externalId": "s", "status": "s", "message": "s", "created_time": "i"}
    _REQUIRED = ("externalId", "status")

    external_id: str
    status: ExtpipeRunStatus
    message: str | Unset = UNSET
    created_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        status = self.status.value

        message = self.message

        created_time = self.created_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if created_time is not UNSET:
            field_dict["created_time"] = created_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        status = ExtpipeRunStatus(d.pop("status"))

        message = d.pop("message", UNSET)

        created_time = d.pop("created_time", UNSET)

        extpipe_run = cls(
            external_id=external_id,
            status=status,
            message=message,
            created_time=created_time,
        )

        extpipe_run.additional_properties = d
        return extpipe_run
