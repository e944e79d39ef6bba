from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.deleted_instances_item import DeletedInstancesItem
    from ..models.slim_edge_definition import SlimEdgeDefinition
    from ..models.slim_node_definition import SlimNodeDefinition


T = TypeVar("T", bound="SlimNodeAndEdgeCollectionResponse")


@_attrs_define
class SlimNodeAndEdgeCollectionResponse(AdditionalProperties):
    """
    Attributes:
        items (list[SlimEdgeDefinition | SlimNodeDefinition]): List of nodes and edges that were created or updated
        deleted (list[DeletedInstancesItem]): List of deleted instances
    """

    _FIT = {
        "items": ("l", ("u", (("m", "SlimNodeDefinition"), ("m", "SlimEdgeDefinition")))),
        "deleted": ("l", ("m", "DeletedInstancesItem")),
    }
    _REQUIRED = ("items", "deleted")

    items: list[SlimEdgeDefinition | SlimNodeDefinition]
    deleted: list[DeletedInstancesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            items_item = items_item_data.to_dict()

            items.append(items_item)

        deleted = []
        for componentsschemas_deleted_instances_item_data in self.deleted:
            componentsschemas_deleted_instances_item = componentsschemas_deleted_instances_item_data.to_dict()
            deleted.append(componentsschemas_deleted_instances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "deleted": deleted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deleted_instances_item import DeletedInstancesItem  # noqa: PLC0415
        from ..models.slim_edge_definition import SlimEdgeDefinition  # noqa: PLC0415
        from ..models.slim_node_definition import SlimNodeDefinition  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> SlimEdgeDefinition | SlimNodeDefinition:
                return parse_best(data, (SlimNodeDefinition, SlimEdgeDefinition))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        deleted = []
        _deleted = d.pop("deleted")
        for componentsschemas_deleted_instances_item_data in _deleted:
            componentsschemas_deleted_instances_item = DeletedInstancesItem.from_dict(
                componentsschemas_deleted_instances_item_data
            )

            deleted.append(componentsschemas_deleted_instances_item)

        slim_node_and_edge_collection_response = cls(
            items=items,
            deleted=deleted,
        )

        slim_node_and_edge_collection_response.additional_properties = d
        return slim_node_and_edge_collection_response
