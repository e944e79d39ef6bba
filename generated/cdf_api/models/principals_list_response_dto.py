from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.service_account_dto import ServiceAccountDto
    from ..models.user_dto import UserDto


T = TypeVar("T", bound="PrincipalsListResponseDto")


@_attrs_define
class PrincipalsListResponseDto(AdditionalProperties):
    """
    Attributes:
        items (list[ServiceAccountDto | UserDto]):
    """

    _FIT = {"items": ("l", ("u", (("m", "ServiceAccountDto"), ("m", "UserDto"))))}
    _REQUIRED = ("items",)

    items: list[ServiceAccountDto | UserDto]
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

        principals_list_response_dto = cls(
            items=items,
        )

        principals_list_response_dto.additional_properties = d
        return principals_list_response_dto
