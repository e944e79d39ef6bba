from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ExtPipeRunResponse")


@_attrs_define
class ExtPipeRunResponse(AdditionalProperties):
    """Extraction Pipeline Run. Contains extraction pipeline status and message for a moment of time

    Attributes:
        status (str): Extraction Pipeline status.
        id (int | Unset): A server-generated ID for the object.
        message (str | Unset): Error message.
        created_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
    """

    _FIT = {"status": "s", "id": "i", "message": "s", "createdTime": "i"}
    _REQUIRED = ("status",)

    status: str
    id: int | Unset = UNSET
    message: str | Unset = UNSET
    created_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        id = self.id

        message = self.message

        created_time = self.created_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if message is not UNSET:
            field_dict["message"] = message
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        id = d.pop("id", UNSET)

        message = d.pop("message", UNSET)

        created_time = d.pop("createdTime", UNSET)

        ext_pipe_run_response = cls(
            status=status,
            id=id,
            message=message,
            created_time=created_time,
        )

        ext_pipe_run_response.additional_properties = d
        return ext_pipe_run_response
