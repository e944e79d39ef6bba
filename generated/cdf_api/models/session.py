from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_status import SessionStatus
from ..models.session_type_type_0 import SessionTypeType0
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="Session")


@_attrs_define
class Session(AdditionalProperties):
    """
    Attributes:
        id (float | Unset): ID of the session
        type_ (SessionTypeType0 | Unset): Values reserved for future use
        status (SessionStatus | Unset): Current status of the session
        creation_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        expiration_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        client_id (str | Unset): Client ID in identity provider. Returned only if the session was created using client
            credentials
    """

    _FIT = {
        "id": "n",
        "type": ("u", ("s",)),
        "status": "s",
        "creationTime": "i",
        "expirationTime": "i",
        "clientId": "s",
    }
    _REQUIRED = ()

    id: float | Unset = UNSET
    type_: SessionTypeType0 | Unset = UNSET
    status: SessionStatus | Unset = UNSET
    creation_time: int | Unset = UNSET
    expiration_time: int | Unset = UNSET
    client_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        creation_time = self.creation_time

        expiration_time = self.expiration_time

        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if creation_time is not UNSET:
            field_dict["creationTime"] = creation_time
        if expiration_time is not UNSET:
            field_dict["expirationTime"] = expiration_time
        if client_id is not UNSET:
            field_dict["clientId"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_type_(data: object) -> SessionTypeType0 | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            type_type_0 = SessionTypeType0(data)

            return type_type_0

        type_ = _parse_type_(d.pop("type", UNSET))

        _status = d.pop("status", UNSET)
        status: SessionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SessionStatus(_status)

        creation_time = d.pop("creationTime", UNSET)

        expiration_time = d.pop("expirationTime", UNSET)

        client_id = d.pop("clientId", UNSET)

        session = cls(
            id=id,
            type_=type_,
            status=status,
            creation_time=creation_time,
            expiration_time=expiration_time,
            client_id=client_id,
        )

        session.additional_properties = d
        return session
