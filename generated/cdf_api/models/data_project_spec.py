from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.new_project_spec import NewProjectSpec


T = TypeVar("T", bound="DataProjectSpec")


@_attrs_define
class DataProjectSpec(AdditionalProperties):
    """
    Attributes:
        items (list[NewProjectSpec]):
    """

    _FIT = {"items": ("l", ("m", "NewProjectSpec"))}
    _REQUIRED = ("items",)

    items: list[NewProjectSpec]
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
        from ..models.new_project_spec import NewProjectSpec  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = NewProjectSpec.from_dict(items_item_data)

            items.append(items_item)

        data_project_spec = cls(
            items=items,
        )

        data_project_spec.additional_properties = d
        return data_project_spec
