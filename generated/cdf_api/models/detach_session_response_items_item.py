from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DetachSessionResponseItemsItem")


@_attrs_define
class DetachSessionResponseItemsItem(AdditionalProperties):
    """
    Attributes:
        id (float): ID of the session.
        type_ (str | Unset): Type of the session. Example: TOKEN_EXCHANGE.
        status (str | Unset): Status of the session. Example: DETACHED.
        creation_time (int | Unset): Unix timestamp in milliseconds of when the the session is created.
             Example: 1638795554528.
        expiration_time (Any | Unset): Unix timestamp in milliseconds of when the session will expire.
             Example: 1638795554528.
    """

    _FIT = {"id": "n", "type": "s", "status": "s", "creationTime": "i", "expirationTime": None}
    _REQUIRED = ("id",)

    id: float
    type_: str | Unset = UNSET
    status: str | Unset = UNSET
    creation_time: int | Unset = UNSET
    expiration_time: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        status = self.status

        creation_time = self.creation_time

        expiration_time = self.expiration_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if creation_time is not UNSET:
            field_dict["creationTime"] = creation_time
        if expiration_time is not UNSET:
            field_dict["expirationTime"] = expiration_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type", UNSET)

        status = d.pop("status", UNSET)

        creation_time = d.pop("creationTime", UNSET)

        expiration_time = d.pop("expirationTime", UNSET)

        detach_session_response_items_item = cls(
            id=id,
            type_=type_,
            status=status,
            creation_time=creation_time,
            expiration_time=expiration_time,
        )

        detach_session_response_items_item.additional_properties = d
        return detach_session_response_items_item
