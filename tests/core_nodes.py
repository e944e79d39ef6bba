"""Time series and files of the core data model, made as in CDF: by applying `CogniteTimeSeries` / `CogniteFile`
nodes (the emulator then serves each as a time series / a file with that `instanceId`).

    core_time_series(emulator, ("sp", "a"), ("sp", "b"))          -> [NodeId("sp", "a"), NodeId("sp", "b")]
    core_files(emulator, ("sp", "doc"), name="doc.txt")            -> [NodeId("sp", "doc")]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from cognite.client.data_classes.data_modeling import NodeId
from cognite.emulator import Emulator
from tests.conftest import PROJECT

APPLY_CHUNK = 1000


def apply_core_nodes(
    emulator: Emulator, view: str, nodes: Iterable[tuple[str, str]], *, project: str = PROJECT, **properties: Any
) -> list[NodeId]:
    """Apply one node per (space, external id) through `cdf_cdm:<view>/v1` (spaces created as needed)."""
    refs = [NodeId(*n) for n in nodes]
    source = {"type": "view", "space": "cdf_cdm", "externalId": view, "version": "v1"}
    items = [
        {
            "instanceType": "node",
            "space": n.space,
            "externalId": n.external_id,
            "sources": [{"source": source, "properties": {"name": n.external_id, **properties}}],
        }
        for n in refs
    ]
    base = f"/api/v1/projects/{project}/models"
    with emulator.client() as http:
        spaces = [{"space": s} for s in sorted({n.space for n in refs})]
        http.post(f"{base}/spaces", json={"items": spaces}).raise_for_status()
        for i in range(0, len(items), APPLY_CHUNK):
            http.post(f"{base}/instances", json={"items": items[i : i + APPLY_CHUNK]}).raise_for_status()
    return refs


def core_time_series(
    emulator: Emulator, *nodes: tuple[str, str], project: str = PROJECT, type: str = "numeric", **properties: Any
) -> list[NodeId]:
    return apply_core_nodes(emulator, "CogniteTimeSeries", nodes, project=project, type=type, **properties)


def core_files(emulator: Emulator, *nodes: tuple[str, str], project: str = PROJECT, **properties: Any) -> list[NodeId]:
    return apply_core_nodes(emulator, "CogniteFile", nodes, project=project, **properties)
