"""Data modeling data classes, importable as in the official SDK (``from cognite.client.data_classes.data_modeling import ...``)."""

from __future__ import annotations

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
from cognite.client.data_classes.data_modeling.instances import (
    DirectRelationReference,
    Edge,
    EdgeApply,
    EdgeApplyList,
    EdgeApplyResult,
    EdgeApplyResultList,
    EdgeList,
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
