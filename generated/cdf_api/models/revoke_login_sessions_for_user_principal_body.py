from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.revoke_login_sessions_for_user_principal_body_items_item import (
        RevokeLoginSessionsForUserPrincipalBodyItemsItem,
    )


T = TypeVar("T", bound="RevokeLoginSessionsForUserPrincipalBody")


@_attrs_define
class RevokeLoginSessionsForUserPrincipalBody(AdditionalProperties):
    """
    Attributes:
        items (list[RevokeLoginSessionsForUserPrincipalBodyItemsItem]):
    """

    _FIT = {"items": ("l", ("m", "RevokeLoginSessionsForUserPrincipalBodyItemsItem"))}
    _REQUIRED = ("items",)

    items: list[RevokeLoginSessionsForUserPrincipalBodyItemsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.revoke_login_sessions_for_user_principal_body_items_item import (
            RevokeLoginSessionsForUserPrincipalBodyItemsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = RevokeLoginSessionsForUserPrincipalBodyItemsItem.from_dict(items_item_data)

            items.append(items_item)

        revoke_login_sessions_for_user_principal_body = cls(
            items=items,
        )

        revoke_login_sessions_for_user_principal_body.additional_properties = d
        return revoke_login_sessions_for_user_principal_body
