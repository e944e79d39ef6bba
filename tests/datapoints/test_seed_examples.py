"""Every seed-003 datapoints example (DatapointsAPI, SyntheticDatapointsAPI, the quickstart's datapoint/plot
examples), executed as written against a fresh in-process emulator.

`CogniteClient()` resolves to the emulator through `global_config`, after the resource fixture content
(time series 1..6, see `XIDS`; ids assigned as in `tests/resources/fixture_data.py`) plus
series 123 and "my_ts_external_id", each holding one point a minute over the last three weeks and a few points
in 2018. Where the doc text cannot run as printed, a documented patch is applied (`PATCHES`).
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import matplotlib
import numpy as np
import pytest

from cognite.client import CogniteClient, global_config
from cognite.client.data_classes import TimeSeries
from cognite.emulator import Emulator

sys.path.insert(0, str(Path(__file__).parent.parent / "resources"))
from fixture_data import sequential_ids  # noqa: E402
from seed_examples import Example, load_examples  # noqa: E402

from tests.conftest import make_config  # noqa: E402

matplotlib.use("Agg")

# Ids 1..6 as in the resource fixture, except that id 1's external id is not "1": the insert_multiple examples
# write to {"id": 1} and {"externalId": "1"} in one call, which CDF rejects (422) when both name one series.
XIDS = ["x1", "2", "x3", "1", "abc", "def"]

QUICKSTART = {"quickstart.quickstart[5]", "quickstart.quickstart[6]", "quickstart.quickstart[7]"}
APIS = {"DatapointsAPI", "SyntheticDatapointsAPI"}
# name -> [(old, new)]: the doc text cannot run as printed (reason in the comment)
PATCHES: dict[str, list[tuple[str, str]]] = {
    "quickstart.quickstart[5]": [("<time-series-id>", "1")],  # placeholder
    "quickstart.quickstart[7]": [("[<time-series-ids>]", "[1, 2]")],  # placeholder
    "SyntheticDatapointsAPI.query[2]": [("client.time_series", "c.time_series")],  # `client` is undefined there
    # 8.22: retrieve_latest returns a LatestDatapoint (a list of them for several ids), not one-point Datapoints
    "DatapointsAPI.retrieve_latest[1]": [(")[0]", ")")],
    "DatapointsAPI.retrieve_latest[2]": [(")[0]", ")")],
    "DatapointsAPI.retrieve_latest[3]": [("res[0][0]", "res[0]"), ("res[1][0]", "res[1]")],
}
# name -> examples that run first (the doc splits one example over several blocks)
PRELUDES = {
    "quickstart.quickstart[6]": ["quickstart.quickstart[5]"],
    "DatapointsAPI.insert_multiple[3]": ["DatapointsAPI.insert_multiple[1]", "DatapointsAPI.insert_multiple[2]"],
    "DatapointsAPI.insert_multiple[6]": ["DatapointsAPI.insert_multiple[4]", "DatapointsAPI.insert_multiple[5]"],
}
# Blocks that only set up a later block (run as its prelude, not on their own).
FRAGMENTS = {p for ps in PRELUDES.values() for p in ps if not p.startswith("quickstart")}

ALL = load_examples()
BY_NAME = {e.name: e for e in ALL}
MINE = [e for e in ALL if (e.api in APIS or e.name in QUICKSTART) and e.name not in FRAGMENTS]


def _fill_datapoints(client: CogniteClient) -> None:
    now = int(datetime.now().timestamp() * 1000)
    ts = now - 21 * 86_400_000 + np.arange(21 * 24 * 60, dtype=np.int64) * 60_000
    old = np.array([datetime(2018, 1, d).timestamp() * 1000 for d in range(1, 29)], dtype=np.int64)
    items = []
    for k, xid in enumerate([*XIDS, "ts-123", "my_ts_external_id"]):
        values = np.sin(np.arange(len(ts)) / 50.0) * 10 + k + 20
        items.append(
            {"externalId": xid, "datapoints": (np.concatenate([old, ts]), np.concatenate([old * 0 + k, values]))}
        )
    client.time_series.data.insert_multiple(items)


@pytest.fixture
def seeded(emulator: Emulator) -> Emulator:
    client = CogniteClient(make_config(emulator), http_transport=emulator.transport)
    with sequential_ids(emulator) as ids:
        client.time_series.create([TimeSeries(external_id=x, name=f"ts {x}", unit="kpa") for x in XIDS])
        ids.n = 123
        client.time_series.create(TimeSeries(external_id="ts-123", name="ts 123"))
        client.time_series.create(TimeSeries(external_id="my_ts_external_id", name="my ts"))
    _fill_datapoints(client)
    global_config.default_client_config = make_config(emulator)
    global_config.http_transport = emulator.transport
    return emulator


def _code(example: Example) -> str:
    code = ""
    for name in [*PRELUDES.get(example.name, []), example.name]:
        part = BY_NAME[name].code
        for old, new in PATCHES.get(name, []):
            part = part.replace(old, new)
        code += part
    return code


def _namespace() -> dict[str, Any]:
    import cognite.client.data_classes as dc

    ns: dict[str, Any] = {"__name__": "seed_example", "datetime": datetime}  # the docs assume this import
    for name in dc.__all__:
        ns[name] = getattr(dc, name)
    return ns


@pytest.mark.parametrize("example", MINE, ids=[e.name for e in MINE])
def test_seed_example(example: Example, seeded: Emulator) -> None:
    ns = _namespace()
    exec(compile(_code(example), example.name, "exec"), ns)
    for name in ("dps", "df", "dfs", "res", "my_datapoints"):  # the examples' results hold data
        if name in ns:
            value = ns[name]
            assert value is not None and (not hasattr(value, "__len__") or len(value) > 0), name


def test_examples_found() -> None:
    """The seed's datapoint examples were all extracted (guards against a silent empty run)."""
    assert len(MINE) >= 22
