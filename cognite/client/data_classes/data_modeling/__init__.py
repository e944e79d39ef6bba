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
