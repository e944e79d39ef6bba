from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.model_3d_output_response_list_items_item import Model3DOutputResponseListItemsItem


T = TypeVar("T", bound="Model3DOutputResponseList")


@_attrs_define
class Model3DOutputResponseList(AdditionalProperties):
    """
    Attributes:
        items (list[Model3DOutputResponseListItemsItem]): A list of named and versioned outputs for the model. Note that
            the list is not sorted.
    """

    _FIT = {"items": ("l", ("m", "Model3DOutputResponseListItemsItem"))}
    _REQUIRED = ("items",)

    items: list[Model3DOutputResponseListItemsItem]
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
        from ..models.model_3d_output_response_list_items_item import Model3DOutputResponseListItemsItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = Model3DOutputResponseListItemsItem.from_dict(items_item_data)

            items.append(items_item)

        model_3d_output_response_list = cls(
            items=items,
        )

        model_3d_output_response_list.additional_properties = d
        return model_3d_output_response_list
