from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.email_sink_write import EmailSinkWrite
    from ..models.user_sink_write import UserSinkWrite


T = TypeVar("T", bound="ItemsSinkWrite")


@_attrs_define
class ItemsSinkWrite(AdditionalProperties):
    """
    Attributes:
        items (list[EmailSinkWrite | UserSinkWrite]):
    """

    _FIT = {"items": ("l", ("u", (("m", "EmailSinkWrite"), ("m", "UserSinkWrite"))))}
    _REQUIRED = ("items",)

    items: list[EmailSinkWrite | UserSinkWrite]
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
        from ..models.email_sink_write import EmailSinkWrite  # noqa: PLC0415
        from ..models.user_sink_write import UserSinkWrite  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> EmailSinkWrite | UserSinkWrite:
                return parse_best(data, (EmailSinkWrite, UserSinkWrite))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        items_sink_write = cls(
            items=items,
        )

        items_sink_write.additional_properties = d
        return items_sink_write
