from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.update_user import UpdateUser


T = TypeVar("T", bound="UserUpdateItem")


@_attrs_define
class UserUpdateItem(AdditionalProperties):
    """
    Attributes:
        username (str): Username to authenticate the user on the DB.
        update (UpdateUser):
    """

    _FIT = {"username": "s", "update": ("m", "UpdateUser")}
    _REQUIRED = ("username", "update")

    username: str
    update: UpdateUser
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "update": update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_user import UpdateUser  # noqa: PLC0415

        d = dict(src_dict)
        username = d.pop("username")

        update = UpdateUser.from_dict(d.pop("update"))

        user_update_item = cls(
            username=username,
            update=update,
        )

        user_update_item.additional_properties = d
        return user_update_item
