from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.user_sink_update import UserSinkUpdate


T = TypeVar("T", bound="CurrentUserSinkUpdateItem")


@_attrs_define
class CurrentUserSinkUpdateItem(AdditionalProperties):
    """Update the sink for the user making the request.

    Attributes:
        type_ (Literal['current_user']): Sink type.
        update (UserSinkUpdate): Update request for a user sink.
    """

    _FIT = {"type": ("c", "current_user"), "update": ("m", "UserSinkUpdate")}
    _REQUIRED = ("type", "update")

    type_: Literal["current_user"]
    update: UserSinkUpdate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "update": update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_sink_update import UserSinkUpdate  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["current_user"], d.pop("type"))
        if type_ != "current_user":
            raise ValueError(f"type must match const 'current_user', got '{type_}'")

        update = UserSinkUpdate.from_dict(d.pop("update"))

        current_user_sink_update_item = cls(
            type_=type_,
            update=update,
        )

        current_user_sink_update_item.additional_properties = d
        return current_user_sink_update_item
