"""Data modeling data classes, importable as in the official SDK (``from cognite.client.data_classes.data_modeling import ...``)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from cognite.client.data_classes.data_modeling.ids import (
    ContainerId,
    ContainerIdentifier,
    DataModelId,
    DataModelIdentifier,
    DataModelingId,
    EdgeId,
    NodeId,
    PropertyId,
    VersionedDataModelingId,
    ViewId,
    ViewIdentifier,
)

if TYPE_CHECKING:
    from cognite.client.data_classes.data_modeling.instances import (
        DirectRelationReference,
        Edge,
        EdgeApply,
        EdgeApplyList,
        EdgeApplyResult,
        EdgeApplyResultList,
        EdgeList,
        InstanceAggregationResult,
        InstanceAggregationResultList,
        InstancesApplyResult,
        InstancesDeleteResult,
        InstanceSort,
        InstancesResult,
        Node,
        NodeApply,
        NodeApplyList,
        NodeApplyResult,
        NodeApplyResultList,
        NodeList,
        NodeOrEdgeData,
        Properties,
        TypeInformation,
    )

__all__ = [
    "ContainerId",
    "ContainerIdentifier",
    "DataModelId",
    "DataModelIdentifier",
    "DataModelingId",
    "EdgeId",
    "NodeId",
    "PropertyId",
    "VersionedDataModelingId",
    "ViewId",
    "ViewIdentifier",
]

# instances
__all__ += [
    "DirectRelationReference",
    "Edge",
    "EdgeApply",
    "EdgeApplyList",
    "EdgeApplyResult",
    "EdgeApplyResultList",
    "EdgeList",
    "InstanceAggregationResult",
    "InstanceAggregationResultList",
    "InstanceSort",
    "InstancesApplyResult",
    "InstancesDeleteResult",
    "InstancesResult",
    "Node",
    "NodeApply",
    "NodeApplyList",
    "NodeApplyResult",
    "NodeApplyResultList",
    "NodeList",
    "NodeOrEdgeData",
    "Properties",
    "TypeInformation",
]


def __getattr__(name: str) -> Any:
    # the instance classes load on first use: data_classes._base imports this package (for NodeId) and
    # instances.py needs _base, so importing them eagerly here would be circular
    instances = importlib.import_module("cognite.client.data_classes.data_modeling.instances")
    if name in instances.__all__:
        return getattr(instances, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
