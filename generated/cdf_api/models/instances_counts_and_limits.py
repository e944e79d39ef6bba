from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="InstancesCountsAndLimits")


@_attrs_define
class InstancesCountsAndLimits(AdditionalProperties):
    """Statistics and limits of the number of instances in a project

    Attributes:
        edges (int): Number of edges in the project
        soft_deleted_edges (int): Number of soft-deleted edges in the project
        nodes (int): Number of nodes in the project
        soft_deleted_nodes (int): Number of soft-deleted nodes in the project
        instances (int): Total number of instances in the project
        instances_limit (int): Maximum number of instances allowed in the project
        soft_deleted_instances (int): Total number of soft-deleted instances in the project
        soft_deleted_instances_limit (int): Maximum number of soft-deleted instances allowed in the project
    """

    _FIT = {
        "edges": "i",
        "softDeletedEdges": "i",
        "nodes": "i",
        "softDeletedNodes": "i",
        "instances": "i",
        "instancesLimit": "i",
        "softDeletedInstances": "i",
        "softDeletedInstancesLimit": "i",
    }
    _REQUIRED = (
        "edges",
        "softDeletedEdges",
        "nodes",
        "softDeletedNodes",
        "instances",
        "instancesLimit",
        "softDeletedInstances",
        "softDeletedInstancesLimit",
    )

    edges: int
    soft_deleted_edges: int
    nodes: int
    soft_deleted_nodes: int
    instances: int
    instances_limit: int
    soft_deleted_instances: int
    soft_deleted_instances_limit: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        edges = self.edges

        soft_deleted_edges = self.soft_deleted_edges

        nodes = self.nodes

        soft_deleted_nodes = self.soft_deleted_nodes

        instances = self.instances

        instances_limit = self.instances_limit

        soft_deleted_instances = self.soft_deleted_instances

        soft_deleted_instances_limit = self.soft_deleted_instances_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "edges": edges,
                "softDeletedEdges": soft_deleted_edges,
                "nodes": nodes,
                "softDeletedNodes": soft_deleted_nodes,
                "instances": instances,
                "instancesLimit": instances_limit,
                "softDeletedInstances": soft_deleted_instances,
                "softDeletedInstancesLimit": soft_deleted_instances_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        edges = d.pop("edges")

        soft_deleted_edges = d.pop("softDeletedEdges")

        nodes = d.pop("nodes")

        soft_deleted_nodes = d.pop("softDeletedNodes")

        instances = d.pop("instances")

        instances_limit = d.pop("instancesLimit")

        soft_deleted_instances = d.pop("softDeletedInstances")

        soft_deleted_instances_limit = d.pop("softDeletedInstancesLimit")

        instances_counts_and_limits = cls(
            edges=edges,
            soft_deleted_edges=soft_deleted_edges,
            nodes=nodes,
            soft_deleted_nodes=soft_deleted_nodes,
            instances=instances,
            instances_limit=instances_limit,
            soft_deleted_instances=soft_deleted_instances,
            soft_deleted_instances_limit=soft_deleted_instances_limit,
        )

        instances_counts_and_limits.additional_properties = d
        return instances_counts_and_limits
