from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.cursor import Cursor
    from ..models.service_account_dto import ServiceAccountDto
    from ..models.user_dto import UserDto


T = TypeVar("T", bound="PrincipalsListPaginatedDto")


@_attrs_define
class PrincipalsListPaginatedDto(AdditionalProperties):
    """
    Attributes:
        items (list[ServiceAccountDto | UserDto]):
        next_cursor (Cursor | Unset): Cursor for paging through results. In general, if a response contains a
            `nextCursor`
            property, it means that there may be more results, and you should pass that value as the
            `cursor` parameter in the next request.

            Note that the cursor may or may not be encrypted, but either way, it is not intended to be
            decoded. Its internal structure is not a part of the public API, and may change without
            notice. You should treat it as an opaque string and not attempt to craft your own cursors.
    """

    _FIT = {"items": ("l", ("u", (("m", "ServiceAccountDto"), ("m", "UserDto")))), "nextCursor": ("m", "Cursor")}
    _REQUIRED = ("items",)

    items: list[ServiceAccountDto | UserDto]
    next_cursor: Cursor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            items_item = items_item_data.to_dict()

            items.append(items_item)

        next_cursor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_cursor, Unset):
            next_cursor = self.next_cursor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cursor import Cursor  # noqa: PLC0415
        from ..models.service_account_dto import ServiceAccountDto  # noqa: PLC0415
        from ..models.user_dto import UserDto  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> ServiceAccountDto | UserDto:
                return parse_best(data, (ServiceAccountDto, UserDto))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        _next_cursor = d.pop("nextCursor", UNSET)
        next_cursor: Cursor | Unset
        if isinstance(_next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = Cursor.from_dict(_next_cursor)

        principals_list_paginated_dto = cls(
            items=items,
            next_cursor=next_cursor,
        )

        principals_list_paginated_dto.additional_properties = d
        return principals_list_paginated_dto
