from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_session_response_status import CreateSessionResponseStatus
from ..models.create_session_response_type_type_0 import CreateSessionResponseTypeType0
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CreateSessionResponse")


@_attrs_define
class CreateSessionResponse(AdditionalProperties):
    """A response with the ID, nonce and other information related to the session. The nonce
    is short-lived and should be immediately passed to the endpoint that will use
    the session.

        Attributes:
            id (float): ID of the session
            status (CreateSessionResponseStatus): Current status of the session
            nonce (str): Nonce to be passed to the internal service that will bind the session
            type_ (CreateSessionResponseTypeType0 | Unset): Values reserved for future use
            client_id (str | Unset): Client ID in identity provider. Returned only if the session was created using client
                credentials
    """

    _FIT = {"id": "n", "status": "s", "nonce": "s", "type": ("u", ("s",)), "clientId": "s"}
    _REQUIRED = ("id", "status", "nonce")

    id: float
    status: CreateSessionResponseStatus
    nonce: str
    type_: CreateSessionResponseTypeType0 | Unset = UNSET
    client_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        nonce = self.nonce

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_.value

        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "nonce": nonce,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if client_id is not UNSET:
            field_dict["clientId"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = CreateSessionResponseStatus(d.pop("status"))

        nonce = d.pop("nonce")

        def _parse_type_(data: object) -> CreateSessionResponseTypeType0 | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            type_type_0 = CreateSessionResponseTypeType0(data)

            return type_type_0

        type_ = _parse_type_(d.pop("type", UNSET))

        client_id = d.pop("clientId", UNSET)

        create_session_response = cls(
            id=id,
            status=status,
            nonce=nonce,
            type_=type_,
            client_id=client_id,
        )

        create_session_response.additional_properties = d
        return create_session_response
