from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="FdwUser")


@_attrs_define
class FdwUser(AdditionalProperties):
    """A user

    Attributes:
        username (str): Username to authenticate the user on the DB.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        session_id (int | Unset): ID of the session tied to this user.
    """

    _FIT = {"username": "s", "createdTime": "i", "lastUpdatedTime": "i", "sessionId": "i"}
    _REQUIRED = ("username", "createdTime")

    username: str
    created_time: int
    last_updated_time: int | Unset = UNSET
    session_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "createdTime": created_time,
            }
        )
        if last_updated_time is not UNSET:
            field_dict["lastUpdatedTime"] = last_updated_time
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime", UNSET)

        session_id = d.pop("sessionId", UNSET)

        fdw_user = cls(
            username=username,
            created_time=created_time,
            last_updated_time=last_updated_time,
            session_id=session_id,
        )

        fdw_user.additional_properties = d
        return fdw_user
