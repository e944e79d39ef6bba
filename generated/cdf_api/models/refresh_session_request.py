from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="RefreshSessionRequest")


@_attrs_define
class RefreshSessionRequest(AdditionalProperties):
    """Refresh an active session.

    Attributes:
        session_key (str): Session key for the session.
        session_id (float): ID of the session
    """

    _FIT = {"sessionKey": "s", "sessionId": "n"}
    _REQUIRED = ("sessionKey", "sessionId")

    session_key: str
    session_id: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_key = self.session_key

        session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessionKey": session_key,
                "sessionId": session_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_key = d.pop("sessionKey")

        session_id = d.pop("sessionId")

        refresh_session_request = cls(
            session_key=session_key,
            session_id=session_id,
        )

        refresh_session_request.additional_properties = d
        return refresh_session_request
