from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ext_pipe_run_status import ExtPipeRunStatus
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ExtPipeRunRequest")


@_attrs_define
class ExtPipeRunRequest(AdditionalProperties):
    """Status of the extraction pipeline.

    Attributes:
        external_id (str): Extraction pipeline external Id provided by client. Should be unique within the project.
        status (ExtPipeRunStatus):
        message (None | str | Unset): Error message.
        created_time (int | None | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970,
            Coordinated Universal Time (UTC), minus leap seconds.
    """

    _FIT = {"externalId": "s", "status": "s", "message": ("u", ("s", None)), "createdTime": ("u", ("i", None))}
    _REQUIRED = ("externalId", "status")

    external_id: str
    status: ExtPipeRunStatus
    message: None | str | Unset = UNSET
    created_time: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        status = self.status.value

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        created_time: int | None | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        else:
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
            field_dict["createdTime"] = created_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        status = ExtPipeRunStatus(d.pop("status"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_created_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_time = _parse_created_time(d.pop("createdTime", UNSET))

        ext_pipe_run_request = cls(
            external_id=external_id,
            status=status,
            message=message,
            created_time=created_time,
        )

        ext_pipe_run_request.additional_properties = d
        return ext_pipe_run_request
