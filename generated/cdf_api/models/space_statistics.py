from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SpaceStatistics")


@_attrs_define
class SpaceStatistics(AdditionalProperties):
    """Space-id with associated data modeling statistics

    Attributes:
        space (str): The space name
        containers (int): Number of containers in the space
        views (int): Number of views including all versions in the space
        data_models (int): Number of data models including all versions in the space
        edges (int): Number of edges in the space
        soft_deleted_edges (int): Number of soft-deleted edges in the space
        nodes (int): Number of nodes in the space
        soft_deleted_nodes (int): Number of soft-deleted nodes in the space
    """

    _FIT = {
        "space": "s",
        "containers": "i",
        "views": "i",
        "dataModels": "i",
        "edges": "i",
        "softDeletedEdges": "i",
        "nodes": "i",
        "softDeletedNodes": "i",
    }
    _REQUIRED = ("space", "containers", "views", "dataModels", "edges", "softDeletedEdges", "nodes", "softDeletedNodes")

    space: str
    containers: int
    views: int
    data_models: int
    edges: int
    soft_deleted_edges: int
    nodes: int
    soft_deleted_nodes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        containers = self.containers

        views = self.views

        data_models = self.data_models

        edges = self.edges

        soft_deleted_edges = self.soft_deleted_edges

        nodes = self.nodes

        soft_deleted_nodes = self.soft_deleted_nodes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
                "containers": containers,
                "views": views,
                "dataModels": data_models,
                "edges": edges,
                "softDeletedEdges": soft_deleted_edges,
                "nodes": nodes,
                "softDeletedNodes": soft_deleted_nodes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space = d.pop("space")

        containers = d.pop("containers")

        views = d.pop("views")

        data_models = d.pop("dataModels")

        edges = d.pop("edges")

        soft_deleted_edges = d.pop("softDeletedEdges")

        nodes = d.pop("nodes")

        soft_deleted_nodes = d.pop("softDeletedNodes")

        space_statistics = cls(
            space=space,
            containers=containers,
            views=views,
            data_models=data_models,
            edges=edges,
            soft_deleted_edges=soft_deleted_edges,
            nodes=nodes,
            soft_deleted_nodes=soft_deleted_nodes,
        )

        space_statistics.additional_properties = d
        return space_statistics
