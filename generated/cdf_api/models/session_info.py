from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SessionInfo")


@_attrs_define
class SessionInfo(AdditionalProperties):
    """Details for the session used to read from the source project.

    Attributes:
        client_id (str | Unset): Idp client ID
        session_id (int | Unset): CDF session ID
        project_name (str | Unset): CDF project name
    """

    _FIT = {"clientId": "s", "sessionId": "i", "projectName": "s"}
    _REQUIRED = ()

    client_id: str | Unset = UNSET
    session_id: int | Unset = UNSET
    project_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        session_id = self.session_id

        project_name = self.project_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if project_name is not UNSET:
            field_dict["projectName"] = project_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("clientId", UNSET)

        session_id = d.pop("sessionId", UNSET)

        project_name = d.pop("projectName", UNSET)

        session_info = cls(
            client_id=client_id,
            session_id=session_id,
            project_name=project_name,
        )

        session_info.additional_properties = d
        return session_info
