from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.reference_by_external_id import ReferenceByExternalId
    from ..models.reference_by_id import ReferenceById


T = TypeVar("T", bound="PrincipalListByIdsRequestDto")


@_attrs_define
class PrincipalListByIdsRequestDto(AdditionalProperties):
    """
    Attributes:
        items (list[ReferenceByExternalId | ReferenceById]):
        ignore_unknown_ids (bool | Unset): If `true`, IDs that do not match existing principals will be ignored.

            If `false`, the request will fail if any of the IDs do not match existing principals.
            This is the default behavior.
    """

    _FIT = {"items": ("l", ("u", (("m", "ReferenceById"), ("m", "ReferenceByExternalId")))), "ignoreUnknownIds": "b"}
    _REQUIRED = ("items",)

    items: list[ReferenceByExternalId | ReferenceById]
    ignore_unknown_ids: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            items_item = items_item_data.to_dict()

            items.append(items_item)

        ignore_unknown_ids = self.ignore_unknown_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if ignore_unknown_ids is not UNSET:
            field_dict["ignoreUnknownIds"] = ignore_unknown_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reference_by_external_id import ReferenceByExternalId  # noqa: PLC0415
        from ..models.reference_by_id import ReferenceById  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> ReferenceByExternalId | ReferenceById:
                return parse_best(data, (ReferenceById, ReferenceByExternalId))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        ignore_unknown_ids = d.pop("ignoreUnknownIds", UNSET)

        principal_list_by_ids_request_dto = cls(
            items=items,
            ignore_unknown_ids=ignore_unknown_ids,
        )

        principal_list_by_ids_request_dto.additional_properties = d
        return principal_list_by_ids_request_dto
