from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.deleted_instances_item import DeletedInstancesItem


T = TypeVar("T", bound="NodeOrEdgeDeleteResponse")


@_attrs_define
class NodeOrEdgeDeleteResponse(AdditionalProperties):
    """
    Attributes:
        items (list[DeletedInstancesItem]): List of deleted instances
    """

    _FIT = {"items": ("l", ("m", "DeletedInstancesItem"))}
    _REQUIRED = ("items",)

    items: list[DeletedInstancesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for componentsschemas_deleted_instances_item_data in self.items:
            componentsschemas_deleted_instances_item = componentsschemas_deleted_instances_item_data.to_dict()
            items.append(componentsschemas_deleted_instances_item)

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
        from ..models.deleted_instances_item import DeletedInstancesItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for componentsschemas_deleted_instances_item_data in _items:
            componentsschemas_deleted_instances_item = DeletedInstancesItem.from_dict(
                componentsschemas_deleted_instances_item_data
            )

            items.append(componentsschemas_deleted_instances_item)

        node_or_edge_delete_response = cls(
            items=items,
        )

        node_or_edge_delete_response.additional_properties = d
        return node_or_edge_delete_response
