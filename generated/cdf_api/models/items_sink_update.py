from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.current_user_sink_update_item import CurrentUserSinkUpdateItem
    from ..models.email_sink_update_item import EmailSinkUpdateItem
    from ..models.user_sink_update_item import UserSinkUpdateItem


T = TypeVar("T", bound="ItemsSinkUpdate")


@_attrs_define
class ItemsSinkUpdate(AdditionalProperties):
    """
    Attributes:
        items (list[CurrentUserSinkUpdateItem | EmailSinkUpdateItem | UserSinkUpdateItem]):
    """

    _FIT = {
        "items": (
            "l",
            ("u", (("m", "EmailSinkUpdateItem"), ("m", "UserSinkUpdateItem"), ("m", "CurrentUserSinkUpdateItem"))),
        )
    }
    _REQUIRED = ("items",)

    items: list[CurrentUserSinkUpdateItem | EmailSinkUpdateItem | UserSinkUpdateItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
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
        from ..models.current_user_sink_update_item import CurrentUserSinkUpdateItem  # noqa: PLC0415
        from ..models.email_sink_update_item import EmailSinkUpdateItem  # noqa: PLC0415
        from ..models.user_sink_update_item import UserSinkUpdateItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> CurrentUserSinkUpdateItem | EmailSinkUpdateItem | UserSinkUpdateItem:
                return parse_best(data, (EmailSinkUpdateItem, UserSinkUpdateItem, CurrentUserSinkUpdateItem))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        items_sink_update = cls(
            items=items,
        )

        items_sink_update.additional_properties = d
        return items_sink_update
