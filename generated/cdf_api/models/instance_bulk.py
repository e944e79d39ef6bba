from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.edge_write import EdgeWrite
    from ..models.instance_delete import InstanceDelete
    from ..models.node_write import NodeWrite


T = TypeVar("T", bound="InstanceBulk")


@_attrs_define
class InstanceBulk(AdditionalProperties):
    """
    Attributes:
        items (list[EdgeWrite | NodeWrite]): List of nodes and edges to create/update
        delete (list[InstanceDelete] | Unset): List of nodes and edges to delete
        auto_create_direct_relations (bool | Unset): Should we create missing target nodes of direct relations? If the
            target-container constraint has been specified for a direct relation, the target node cannot be auto-created. If
            you want to point direct relations to a space where you have only read access, this option must be set to false.
        auto_create_start_nodes (bool | Unset): Should we create missing start nodes for edges when ingesting?  By
            default, the start node of an edge must exist before we can ingest the edge.
        auto_create_end_nodes (bool | Unset): Should we create missing end nodes for edges when ingesting?  By default,
            the end node of an edge must exist before we can ingest the edge.
        skip_on_version_conflict (bool | Unset): If existingVersion is specified on any of the nodes/edges in the input,
            the default behaviour is that the entire ingestion will fail when version conflicts occur. If
            skipOnVersionConflict is set to true, items with version conflicts will be skipped instead. If no version is
            specified for nodes/edges, it will do the write directly.
        replace (bool | Unset): How do we behave when a property value exists? Do we replace all matching and existing
            values with the supplied values (`true`)?  Or should we merge in new values for properties together with the
            existing values (`false`)?  Note: This setting applies for all nodes or edges specified in the ingestion call.
    """

    _FIT = {
        "items": ("l", ("u", (("m", "NodeWrite"), ("m", "EdgeWrite")))),
        "delete": ("l", ("m", "InstanceDelete")),
        "autoCreateDirectRelations": "b",
        "autoCreateStartNodes": "b",
        "autoCreateEndNodes": "b",
        "skipOnVersionConflict": "b",
        "replace": "b",
    }
    _REQUIRED = ("items",)

    items: list[EdgeWrite | NodeWrite]
    delete: list[InstanceDelete] | Unset = UNSET
    auto_create_direct_relations: bool | Unset = UNSET
    auto_create_start_nodes: bool | Unset = UNSET
    auto_create_end_nodes: bool | Unset = UNSET
    skip_on_version_conflict: bool | Unset = UNSET
    replace: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            items_item = items_item_data.to_dict()

            items.append(items_item)

        delete: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.delete, Unset):
            delete = []
            for delete_item_data in self.delete:
                delete_item = delete_item_data.to_dict()
                delete.append(delete_item)

        auto_create_direct_relations = self.auto_create_direct_relations

        auto_create_start_nodes = self.auto_create_start_nodes

        auto_create_end_nodes = self.auto_create_end_nodes

        skip_on_version_conflict = self.skip_on_version_conflict

        replace = self.replace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if delete is not UNSET:
            field_dict["delete"] = delete
        if auto_create_direct_relations is not UNSET:
            field_dict["autoCreateDirectRelations"] = auto_create_direct_relations
        if auto_create_start_nodes is not UNSET:
            field_dict["autoCreateStartNodes"] = auto_create_start_nodes
        if auto_create_end_nodes is not UNSET:
            field_dict["autoCreateEndNodes"] = auto_create_end_nodes
        if skip_on_version_conflict is not UNSET:
            field_dict["skipOnVersionConflict"] = skip_on_version_conflict
        if replace is not UNSET:
            field_dict["replace"] = replace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.edge_write import EdgeWrite  # noqa: PLC0415
        from ..models.instance_delete import InstanceDelete  # noqa: PLC0415
        from ..models.node_write import NodeWrite  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> EdgeWrite | NodeWrite:
                return parse_best(data, (NodeWrite, EdgeWrite))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        _delete = d.pop("delete", UNSET)
        delete: list[InstanceDelete] | Unset = UNSET
        if _delete is not UNSET:
            delete = []
            for delete_item_data in _delete:
                delete_item = InstanceDelete.from_dict(delete_item_data)

                delete.append(delete_item)

        auto_create_direct_relations = d.pop("autoCreateDirectRelations", UNSET)

        auto_create_start_nodes = d.pop("autoCreateStartNodes", UNSET)

        auto_create_end_nodes = d.pop("autoCreateEndNodes", UNSET)

        skip_on_version_conflict = d.pop("skipOnVersionConflict", UNSET)

        replace = d.pop("replace", UNSET)

        instance_bulk = cls(
            items=items,
            delete=delete,
            auto_create_direct_relations=auto_create_direct_relations,
            auto_create_start_nodes=auto_create_start_nodes,
            auto_create_end_nodes=auto_create_end_nodes,
            skip_on_version_conflict=skip_on_version_conflict,
            replace=replace,
        )

        instance_bulk.additional_properties = d
        return instance_bulk
