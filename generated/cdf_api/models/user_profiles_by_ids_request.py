from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.user_identifier import UserIdentifier


T = TypeVar("T", bound="UserProfilesByIdsRequest")


@_attrs_define
class UserProfilesByIdsRequest(AdditionalProperties):
    """Array of user identifiers

    Attributes:
        items (list[UserIdentifier] | Unset):
    """

    _FIT = {"items": ("l", ("m", "UserIdentifier"))}
    _REQUIRED = ()

    items: list[UserIdentifier] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_identifier import UserIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[UserIdentifier] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = UserIdentifier.from_dict(items_item_data)

                items.append(items_item)

        user_profiles_by_ids_request = cls(
            items=items,
        )

        user_profiles_by_ids_request.additional_properties = d
        return user_profiles_by_ids_request
