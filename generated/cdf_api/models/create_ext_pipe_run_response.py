from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CreateExtPipeRunResponse")


@_attrs_define
class CreateExtPipeRunResponse(AdditionalProperties):
    """
    Attributes:
        status (str): Extraction Pipeline status.
        id (int | Unset): A server-generated ID for the object.
        message (str | Unset): Error message.
        created_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        external_id (str | Unset): Extraction Pipeline external Id.
    """

    _FIT = {"status": "s", "id": "i", "message": "s", "createdTime": "i", "externalId": "s"}
    _REQUIRED = ("status",)

    status: str
    id: int | Unset = UNSET
    message: str | Unset = UNSET
    created_time: int | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        id = self.id

        message = self.message

        created_time = self.created_time

        external_id = self.external_id

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
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        id = d.pop("id", UNSET)

        message = d.pop("message", UNSET)

        created_time = d.pop("createdTime", UNSET)

        external_id = d.pop("externalId", UNSET)

        create_ext_pipe_run_response = cls(
            status=status,
            id=id,
            message=message,
            created_time=created_time,
            external_id=external_id,
        )

        create_ext_pipe_run_response.additional_properties = d
        return create_ext_pipe_run_response
