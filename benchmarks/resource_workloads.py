"""Workloads over the resources besides datapoints: one entry each, the same user code for both SDKs.

Each entry names what the parent seeds before any client runs (`seed`, with our SDK, untimed), the tiny call that
sets up a warm client (`warm`: connection, token, lazy imports) and the measured call (`run`), which returns how many
items it handled. `workload.py` times `run` alone (warm) or everything from before the SDK import (cold).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

RAW_DB, RAW_READ = "bench", "read_200k"
SEQ_READ = "seq_read_200k"
FILE_READ = "file_read_50MB"
SEQ_COLUMNS = ("pressure", "flow", "state", "label")


def _n(base: int, scale: float, floor: int = 1000) -> int:
    return max(floor, int(base * scale))


def _file_bytes(scale: float) -> bytes:
    import numpy as np

    return np.random.default_rng(7).integers(0, 256, _n(50 * 2**20, scale, 2**20), dtype=np.uint8).tobytes()


def _event_items(n: int) -> list[Any]:
    from cognite.client.data_classes import EventWrite

    t0 = 1_704_067_200_000
    return [
        EventWrite(external_id=f"e_{i}", type="alarm", subtype=f"s{i % 7}", start_time=t0 + i * 1000,
                   end_time=t0 + i * 1000 + 500, description=f"event {i}", metadata={"site": f"s{i % 13}"})
        for i in range(n)
    ]  # fmt: skip


def _raw_rows(n: int, prefix: str = "k") -> dict[str, dict[str, Any]]:
    return {f"{prefix}{i}": {"a": i, "b": f"text {i}", "c": i * 0.5, "d": i % 2 == 0} for i in range(n)}


def _seq_rows(n: int) -> dict[int, list[Any]]:
    return {i: [i * 0.1, float(i % 100), i % 3, f"r{i % 10}"] for i in range(n)}


# --------------------------------------------------------------------------------------------- seeds (our SDK)


def seed_events(client: Any, scale: float) -> int:
    return len(client.events.create(_event_items(_n(100_000, scale))))


def seed_raw(client: Any, scale: float) -> int:
    rows = _raw_rows(_n(200_000, scale))
    client.raw.rows.insert(RAW_DB, RAW_READ, rows, ensure_parent=True)
    return len(rows)


def seed_sequence(client: Any, scale: float) -> int:
    from cognite.client.data_classes import SequenceColumnWrite, SequenceWrite

    types = {"state": "long", "label": "string"}
    columns = [SequenceColumnWrite(external_id=c, value_type=types.get(c, "double")) for c in SEQ_COLUMNS]
    client.sequences.create(SequenceWrite(external_id=SEQ_READ, columns=columns))
    rows = _seq_rows(_n(200_000, scale))
    client.sequences.data.insert(rows=rows, columns=list(SEQ_COLUMNS), external_id=SEQ_READ)
    return len(rows)


def seed_file(client: Any, scale: float) -> int:
    content = _file_bytes(scale)
    client.files.upload_bytes(content, name=FILE_READ, external_id=FILE_READ)
    return len(content)


# --------------------------------------------------------------------------------------------- measured calls


def _assets_create(client: Any, scale: float, run: str) -> int:
    from cognite.client.data_classes import AssetWrite

    items = [AssetWrite(external_id=f"{run}_{i}", name=f"asset {i}", metadata={"site": f"s{i % 13}"})
             for i in range(_n(100_000, scale))]  # fmt: skip
    return len(client.assets.create(items))


def _raw_insert(client: Any, scale: float, run: str) -> int:
    rows = _raw_rows(_n(200_000, scale), prefix=f"{run}_")
    client.raw.rows.insert(RAW_DB, f"ins_{run}", rows, ensure_parent=True)
    return len(rows)


def _upload(client: Any, scale: float, run: str) -> int:
    content = _file_bytes(scale)
    client.files.upload_bytes(content, name=f"up_{run}", external_id=f"up_{run}")
    return len(content)


def _dm_apply(client: Any, scale: float, run: str) -> int:
    from workload import DM_SPACE_APPLY, DM_VIEW, dm_properties, n_nodes  # type: ignore[import-not-found]

    from cognite.client.data_classes.data_modeling import NodeApply, NodeOrEdgeData, ViewId

    view = ViewId(*DM_VIEW)
    nodes = [NodeApply(DM_SPACE_APPLY, f"{run}_{i}", sources=[NodeOrEdgeData(view, dm_properties(i))])
             for i in range(n_nodes(scale))]  # fmt: skip
    return len(client.data_modeling.instances.apply(nodes).nodes)


def _dm_list(client: Any, limit: int | None = None) -> int:
    from workload import DM_SPACE_LIST, DM_VIEW  # type: ignore[import-not-found]

    from cognite.client.data_classes.data_modeling import ViewId

    view = ViewId(*DM_VIEW)
    return len(
        client.data_modeling.instances.list(instance_type="node", space=DM_SPACE_LIST, sources=[view], limit=limit)
    )


@dataclass(frozen=True)
class ResourceWorkload:
    run: Callable[[Any, float, str], int]  # (client, scale, run id) -> items handled
    seed: Callable[[Any, float], int] | None = None
    warm: Callable[[Any], object] = lambda c: c.assets.list(limit=1)


RESOURCE_WORKLOADS: dict[str, ResourceWorkload] = {
    # assets and data-modeling nodes are seeded by run.py (raw requests, before any client runs)
    "assets_list_100k": ResourceWorkload(lambda c, s, r: len(c.assets.list(limit=None))),
    "assets_list_100k_p10": ResourceWorkload(lambda c, s, r: len(c.assets.list(limit=None, partitions=10))),
    "dm_apply_100k": ResourceWorkload(_dm_apply, warm=lambda c: _dm_list(c, 1)),
    "dm_list_100k": ResourceWorkload(lambda c, s, r: _dm_list(c), warm=lambda c: _dm_list(c, 1)),
    "assets_create_100k": ResourceWorkload(_assets_create),
    "events_to_pandas_100k": ResourceWorkload(
        lambda c, s, r: len(c.events.list(limit=None).to_pandas()),
        seed_events,
        warm=lambda c: c.events.list(limit=1).to_pandas(),
    ),
    "raw_insert_200k": ResourceWorkload(_raw_insert, warm=lambda c: c.raw.databases.list(limit=1)),
    "raw_dataframe_200k": ResourceWorkload(
        lambda c, s, r: len(c.raw.rows.retrieve_dataframe(RAW_DB, RAW_READ, limit=None)),
        seed_raw,
        warm=lambda c: c.raw.rows.retrieve_dataframe(RAW_DB, RAW_READ, limit=1),
    ),
    "sequences_rows_200k": ResourceWorkload(
        lambda c, s, r: len(c.sequences.data.retrieve(external_id=SEQ_READ, start=0, end=None)),
        seed_sequence,
        warm=lambda c: c.sequences.data.retrieve(external_id=SEQ_READ, start=0, end=1),
    ),
    "files_upload_50MB": ResourceWorkload(_upload, warm=lambda c: c.files.list(limit=1)),
    "files_download_50MB": ResourceWorkload(
        lambda c, s, r: len(c.files.download_bytes(external_id=FILE_READ)),
        seed_file,
        warm=lambda c: c.files.list(limit=1),
    ),
}


def run_id(sdk: str) -> str:
    """Unique per run: writes go to new items (an upsert of existing ones measures something else)."""
    return f"{sdk}{time.time_ns()}"
