"""Data modeling identifiers used by the core resources (``instance_id=`` of files, time series, datapoints)."""

from __future__ import annotations

from cognite.client.data_classes.data_modeling.ids import NodeId

__all__ = ["NodeId"]
