"""An emulator on a real socket with data for the scale-out readers (shared by the Dask and Spark tests)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from cognite.client import CogniteClient
from cognite.client.data_classes import AssetWrite, EventWrite, FileMetadataWrite, SequenceWrite, TimeSeriesWrite
from cognite.client.data_classes.data_modeling import (
    ContainerApply,
    ContainerId,
    ContainerPropertyApply,
    MappedPropertyApply,
    NodeApply,
    NodeOrEdgeData,
    SpaceApply,
    ViewApply,
    ViewId,
)
from cognite.client.data_classes.data_modeling.data_types import Float64, Int64, Text
from cognite.client.scale_out.options import parse_options
from cognite.emulator import Emulator

SECRET_ENV = "SCALE_OUT_TEST_SECRET"
SECRET = "demo-secret"
T0 = 1_600_000_000_000  # ms
#: externalId -> (points, spacing ms): a dense, a medium, a sparse and an empty series.
SERIES = {"dense": (24_000, 1_000), "medium": (3_000, 7_000), "sparse": (40, 3_600_000), "empty": (0, 1)}
SPACE = "so_space"
VIEW = ViewId(SPACE, "Pump", "v1")


@dataclass
class Served:
    emulator: Emulator
    url: str
    client: CogniteClient

    def options(self, **kw: str) -> dict[str, str]:
        return {
            "project": self.emulator.default_project,
            "baseUrl": self.url,
            "tokenUrl": f"{self.url}/oauth2/token",
            "clientId": "demo-client",
            "clientSecretEnv": SECRET_ENV,
            **kw,
        }


@contextlib.contextmanager
def served() -> Iterator[Served]:
    os.environ[SECRET_ENV] = SECRET  # what a cluster gives its executors; the plan carries only the name
    emu = Emulator(seed=7)
    with emu.serve_in_thread() as url:
        probe = Served(emu, url, None)  # type: ignore[arg-type]
        client = parse_options(probe.options(type="assets")).connection.client()
        yield Served(emu, url, client)


def seed_series(client: CogniteClient) -> None:
    client.time_series.create([TimeSeriesWrite(external_id=x, name=x) for x in [*SERIES, "copy"]])
    rng = np.random.default_rng(3)
    client.time_series.data.insert_multiple(
        [
            {"externalId": x, "datapoints": (T0 + np.arange(n, dtype=np.int64) * step, rng.normal(size=n))}
            for x, (n, step) in SERIES.items()
            if n
        ]
    )


def seed_resources(client: CogniteClient) -> None:
    client.assets.create(
        [AssetWrite(external_id=f"a{i}", name=f"asset {i}", metadata={"k": str(i)}, source="s") for i in range(1200)]
    )
    client.events.create(
        [EventWrite(external_id=f"e{i}", start_time=T0 + i, end_time=T0 + 2 * i, type="t") for i in range(300)]
    )
    for i in range(20):
        client.files.create(FileMetadataWrite(external_id=f"f{i}", name=f"file{i}.txt", mime_type="text/plain"))
    client.sequences.create(
        SequenceWrite(
            external_id="seq",
            columns=[{"externalId": "c1", "valueType": "Double"}, {"externalId": "c2", "valueType": "String"}],
        )
    )
    client.sequences.data.insert(
        [(r, [r * 0.5, f"v{r}"]) for r in range(2500)], columns=["c1", "c2"], external_id="seq"
    )
    client.raw.rows.insert("db", "t", {f"k{i}": {"n": i, "s": f"x{i}"} for i in range(2300)}, ensure_parent=True)


def seed_instances(client: CogniteClient, n: int = 2500) -> None:
    dm = client.data_modeling
    dm.spaces.apply(SpaceApply(SPACE))
    dm.containers.apply(
        ContainerApply(
            SPACE,
            "Pump",
            {
                "name": ContainerPropertyApply(Text()),
                "rpm": ContainerPropertyApply(Int64()),
                "load": ContainerPropertyApply(Float64()),
            },
        )
    )
    props = {p: MappedPropertyApply(ContainerId(SPACE, "Pump"), p) for p in ("name", "rpm", "load")}
    dm.views.apply(ViewApply(SPACE, "Pump", "v1", properties=props))
    dm.instances.apply(
        [
            NodeApply(
                SPACE, f"p{i}", sources=[NodeOrEdgeData(VIEW, {"name": f"pump {i}", "rpm": i % 50, "load": i / 7})]
            )
            for i in range(n)
        ]
    )


def view_option() -> str:
    return f"{VIEW.space}/{VIEW.external_id}/{VIEW.version}"


def series_arrays(client: CogniteClient, **kw: Any) -> dict[str, Any]:
    """What the SDK itself returns for the seeded series (the reference the readers must equal)."""
    arrays = client.time_series.data.retrieve_arrays(external_id=list(SERIES), **kw)
    return {a.external_id: a for a in arrays}
