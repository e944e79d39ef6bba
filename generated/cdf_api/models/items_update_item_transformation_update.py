from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.update_item_with_external_id_transformation_update import UpdateItemWithExternalIdTransformationUpdate
    from ..models.update_item_with_id_transformation_update import UpdateItemWithIdTransformationUpdate


T = TypeVar("T", bound="ItemsUpdateItemTransformationUpdate")


@_attrs_define
class ItemsUpdateItemTransformationUpdate(AdditionalProperties):
    """
    Attributes:
        items (list[UpdateItemWithExternalIdTransformationUpdate | UpdateItemWithIdTransformationUpdate] | Unset):
    """

    _FIT = {
        "items": (
            "l",
            (
                "u",
                (("m", "UpdateItemWithExternalIdTransformationUpdate"), ("m", "UpdateItemWithIdTransformationUpdate")),
            ),
        )
    }
    _REQUIRED = ()

    items: list[UpdateItemWithExternalIdTransformationUpdate | UpdateItemWithIdTransformationUpdate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item: dict[str, Any]
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
        from ..models.update_item_with_external_id_transformation_update import (
            UpdateItemWithExternalIdTransformationUpdate,  # noqa: PLC0415
        )
        from ..models.update_item_with_id_transformation_update import UpdateItemWithIdTransformationUpdate  # noqa: PLC0415

        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[UpdateItemWithExternalIdTransformationUpdate | UpdateItemWithIdTransformationUpdate] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:

                def _parse_items_item(
                    data: object,
                ) -> UpdateItemWithExternalIdTransformationUpdate | UpdateItemWithIdTransformationUpdate:
                    return parse_best(
                        data, (UpdateItemWithExternalIdTransformationUpdate, UpdateItemWithIdTransformationUpdate)
                    )

                items_item = _parse_items_item(items_item_data)

                items.append(items_item)

        items_update_item_transformation_update = cls(
            items=items,
        )

        items_update_item_transformation_update.additional_properties = d
        return items_update_item_transformation_update
