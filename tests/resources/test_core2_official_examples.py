"""The official SDK 8.22's own docstring examples of datapoints, synthetic datapoints, sequences (+ rows) and RAW,
run unchanged against our SDK and the emulator, read from the installed official SDK as `test_core1_official_examples`
does (skipped without it). Content: the fixture's, plus the time series the datapoints examples name (with hourly
datapoints up to now)."""

from __future__ import annotations

import time
from typing import Any

import numpy as np
import pytest

import cognite.client.data_classes as data_classes
from cognite.client import CogniteClient
from cognite.client.data_classes.data_modeling import NodeId
from cognite.client.exceptions import CogniteAPIError, CogniteNotFoundError
from cognite.emulator import Emulator
from tests.conftest import PROJECT, make_config
from tests.core_nodes import core_time_series
from tests.resources.fixture_data import seed, sequential_ids
from tests.resources.test_core1_official_examples import _examples, _run

MODULES = (
    "datapoints",
    "synthetic_time_series",
    "sequences",
    "sequence_data",
    "raw/databases",
    "raw/tables",
    "raw/rows",
)
# Examples that fail against CDF as well (they presume other content, build on each other or hold pseudo-code),
# with the error CDF (and so the emulator) gives, and those using what this SDK does not have.
EXPECTED_ERRORS: dict[str, tuple[type[BaseException], str]] = {
    # iterates `query` (one DatapointsQuery) where it meant `queries`, then calls the list method .get
    "SyncDatapointsAPI.__call__": (AttributeError, "get"),
    # id=[42, 43, 44, ..., 499, 500]
    "SyncDatapointsAPI.retrieve": (TypeError, "ellipsis"),
    # state time series are not supported yet
    "SyncDatapointsAPI.retrieve_latest": (CogniteNotFoundError, "state-ts"),
    # copies from a state series the content holds as a numeric one (sine values, no integer states)
    "SyncDatapointsAPI.insert_states": (ValueError, "integer numeric states"),
    # the second block calls retrieve() with no identifier
    "SyncSequencesAPI.retrieve": (ValueError, "exactly one"),
    # unique values of an object property (the doc meant aggregate_unique_properties)
    "SyncSequencesAPI.aggregate_unique_values": (CogniteAPIError, "is an object"),
    "SyncSequencesAPI.aggregate_cardinality_properties": (CogniteAPIError, "is an object"),
    # the blocks add the same column twice
    "SyncSequencesAPI.update": (CogniteAPIError, "Duplicate column"),
    # sequence 123 of the content has other columns; sequence 1 has no row 23
    "SyncSequencesDataAPI.insert_dataframe": (CogniteAPIError, "columns"),
    "SyncSequencesDataAPI.retrieve": (KeyError, "23"),
    # db1 / table1 are part of the content; tbl1 is not
    "SyncRawDatabasesAPI.create": (CogniteAPIError, "already created"),
    "SyncRawDatabasesAPI.delete": (CogniteAPIError, "not empty"),
    "SyncRawTablesAPI.create": (CogniteAPIError, "already created"),
    "SyncRawRowsAPI.list": (CogniteNotFoundError, "tbl1"),
}
EXAMPLES = _examples(MODULES)

# The time series the datapoints examples name (besides the fixture's), each with hourly datapoints up to now.
SERIES_IDS = (42, 43, 44, 69, 96, 123, 456, 789, 987)
SERIES_XIDS = ("foo", "bar", "bar-clone", "abcd", "ghi", "jkl", "ts-noisy", "my_ts_external_id")
SERIES_NODES = (("ts-space", "foo"), ("ts-space", "regular-ts"), ("my-space", "my-ts-xid"))
# The state time series the insert_states examples name (the emulator keeps no state sets: plain series).
STATE_NODES = (
    ("my-space", "first-state-ts"),
    ("my-space", "second-state-ts"),
    ("my-space", "my-state-ts"),
    ("state-space", "ts-read-from"),
    ("state-space", "ts-write-to"),
)


def _seed_series(client: CogniteClient, emulator: Emulator) -> None:
    # in °C: the examples convert them (target_unit="temperature:deg_c" / "deg_f"), which needs a unit to convert from
    items: list[dict[str, Any]] = [{"externalId": x, "unitExternalId": "temperature:deg_c"} for x in SERIES_XIDS]
    core_time_series(emulator, *SERIES_NODES)
    core_time_series(emulator, *STATE_NODES, type="state")
    with emulator.client() as http:
        url = f"/api/v1/projects/{PROJECT}/timeseries"
        created = [it["id"] for it in http.post(url, json={"items": items}).json()["items"]]
        created += [
            it.id
            for it in client.time_series.retrieve_multiple(
                instance_ids=[NodeId(*n) for n in SERIES_NODES + STATE_NODES]
            )
        ]
        with sequential_ids(emulator) as ids:
            for i in SERIES_IDS:
                ids.n = i
                created += [it["id"] for it in http.post(url, json={"items": [{"name": f"ts {i}"}]}).json()["items"]]
    now = int(time.time() * 1000) // 3_600_000 * 3_600_000
    ts = now - np.arange(1000, dtype=np.int64)[::-1] * 3_600_000
    values = np.sin(np.arange(1000) / 10.0)
    client.time_series.data.insert_multiple([{"id": i, "datapoints": (ts, values)} for i in created])


@pytest.mark.parametrize(("name", "blocks"), EXAMPLES, ids=[n for n, _ in EXAMPLES])
def test_official_example_runs(name: str, blocks: list[str]) -> None:
    emulator = Emulator()
    client = CogniteClient(make_config(emulator), http_transport=emulator.transport)
    seed(client, emulator)
    _seed_series(client, emulator)
    ns: dict[str, Any] = {"client": client, **{n: getattr(data_classes, n) for n in data_classes.__all__}}
    expected = EXPECTED_ERRORS.get(name)
    if expected is None:
        _run(blocks, ns)
        return
    with pytest.raises(expected[0], match=expected[1]):
        _run(blocks, ns)
