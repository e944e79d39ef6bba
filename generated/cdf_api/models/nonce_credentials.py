from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="NonceCredentials")


@_attrs_define
class NonceCredentials(AdditionalProperties):
    """Credentials for a CDF session (sessionId, nonce, and project name). These are obtained when you create a session via
    the Sessions API. See [Sessions API](#tag/Sessions/operation/createSessions) documentation for more information.

        Attributes:
            session_id (int):
            nonce (str):
            cdf_project_name (str):
            client_id (str | Unset):
    """

    _FIT = {"sessionId": "i", "nonce": "s", "cdfProjectName": "s", "clientId": "s"}
    _REQUIRED = ("sessionId", "nonce", "cdfProjectName")

    session_id: int
    nonce: str
    cdf_project_name: str
    client_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        nonce = self.nonce

        cdf_project_name = self.cdf_project_name

        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessionId": session_id,
                "nonce": nonce,
                "cdfProjectName": cdf_project_name,
            }
        )
        if client_id is not UNSET:
            field_dict["clientId"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = d.pop("sessionId")

        nonce = d.pop("nonce")

        cdf_project_name = d.pop("cdfProjectName")

        client_id = d.pop("clientId", UNSET)

        nonce_credentials = cls(
            session_id=session_id,
            nonce=nonce,
            cdf_project_name=cdf_project_name,
            client_id=client_id,
        )

        nonce_credentials.additional_properties = d
        return nonce_credentials
