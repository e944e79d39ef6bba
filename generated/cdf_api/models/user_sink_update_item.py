from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.user_sink_update import UserSinkUpdate


T = TypeVar("T", bound="UserSinkUpdateItem")


@_attrs_define
class UserSinkUpdateItem(AdditionalProperties):
    """Update a user sink.

    Attributes:
        type_ (Literal['user']): Sink type.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        update (UserSinkUpdate): Update request for a user sink.
    """

    _FIT = {"type": ("c", "user"), "externalId": "s", "update": ("m", "UserSinkUpdate")}
    _REQUIRED = ("type", "externalId", "update")

    type_: Literal["user"]
    external_id: str
    update: UserSinkUpdate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        external_id = self.external_id

        update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "externalId": external_id,
                "update": update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_sink_update import UserSinkUpdate  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["user"], d.pop("type"))
        if type_ != "user":
            raise ValueError(f"type must match const 'user', got '{type_}'")

        external_id = d.pop("externalId")

        update = UserSinkUpdate.from_dict(d.pop("update"))

        user_sink_update_item = cls(
            type_=type_,
            external_id=external_id,
            update=update,
        )

        user_sink_update_item.additional_properties = d
        return user_sink_update_item
