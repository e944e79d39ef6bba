from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.login_session_dto_status import LoginSessionDtoStatus
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="LoginSessionDto")


@_attrs_define
class LoginSessionDto(AdditionalProperties):
    """
    Attributes:
        id (str): Unique identifier of a login session. Example: aea91e72-a984-4a4c-ba06-a7f54e650825.
        created_time (int): The Unix timestamp (in milliseconds) when the login session was created (during the user's
            initial login).
        status (LoginSessionDtoStatus): Login session status.

            - `ACTIVE`: The login session is active. The access token that was issued during login may be used to send
              requests to the Cognite API, the refresh token may be used to obtain a new access token, and any
              background jobs started from this login session will keep running.
            - `LOGGED_OUT`: The user logged themselves out. The access token that was issued during login may no longer
              be used to send requests to the Cognite API, and the refresh token may no longer be used to obtain a new
              access token. However, any background jobs started from this login session will keep running.
            - `EXPIRED`: Cognite failed to refresh the user's session in the organization's external identity provider
              (the customer's Entra ID tenant or other identity provider service), and this login session is now
              completely unusable. Like for `LOGGED_OUT`, the access and refresh tokens may no longer be used. Unlike
              for `LOGGED_OUT`, any background jobs started from this login session will stop running.
            - `REVOKED`: The login session was revoked by an organization administrator via the
              `/api/v1/orgs/{org}/principals/{principal}/sessions/revoke` endpoint, and this login session is now
              completely unusable. Like for `EXPIRED`, the access and refresh tokens may no longer be used, and any
              background jobs started from this login session will stop running.
        deactivated_time (int | Unset): The Unix timestamp (in milliseconds) when the login session was deactivated,
            or `null` or absent if `status` is `ACTIVE`.
    """

    _FIT = {"id": "s", "createdTime": "i", "status": "s", "deactivatedTime": "i"}
    _REQUIRED = ("id", "createdTime", "status")

    id: str
    created_time: int
    status: LoginSessionDtoStatus
    deactivated_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_time = self.created_time

        status = self.status.value

        deactivated_time = self.deactivated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdTime": created_time,
                "status": status,
            }
        )
        if deactivated_time is not UNSET:
            field_dict["deactivatedTime"] = deactivated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_time = d.pop("createdTime")

        status = LoginSessionDtoStatus(d.pop("status"))

        deactivated_time = d.pop("deactivatedTime", UNSET)

        login_session_dto = cls(
            id=id,
            created_time=created_time,
            status=status,
            deactivated_time=deactivated_time,
        )

        login_session_dto.additional_properties = d
        return login_session_dto
