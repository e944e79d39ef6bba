from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.revision_3d import Revision3D


T = TypeVar("T", bound="Revision3DList")


@_attrs_define
class Revision3DList(AdditionalProperties):
    """
    Attributes:
        items (list[Revision3D]):
    """

    _FIT = {"items": ("l", ("m", "Revision3D"))}
    _REQUIRED = ("items",)

    items: list[Revision3D]
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
        from ..models.revision_3d import Revision3D  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = Revision3D.from_dict(items_item_data)

            items.append(items_item)

        revision_3d_list = cls(
            items=items,
        )

        revision_3d_list.additional_properties = d
        return revision_3d_list
