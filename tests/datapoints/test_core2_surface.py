"""The datapoints surface of the official 8.22 SDK (signatures, return classes, new parameters), sync and async,
through the real clients against the in-process emulator."""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import numpy as np
import pandas as pd
import pytest

from cognite.client import CogniteClient
from cognite.client._api.datapoints import DatapointsAPI
from cognite.client.data_classes.data_modeling import NodeId
from cognite.client.data_classes.datapoints import (
    Datapoints,
    DatapointsArray,
    DatapointsArrayList,
    DatapointsList,
    DatapointsQuery,
    LatestDatapoint,
    LatestDatapointList,
    LatestDatapointQuery,
    SyntheticDatapoints,
    SyntheticDatapointsList,
)
from cognite.client.data_classes.time_series import TimeSeries
from cognite.emulator import Emulator
from tests.conftest import PROJECT
from tests.core_nodes import core_time_series

T0 = 1_700_000_040_000


@pytest.fixture
def make_series(emulator: Emulator) -> Any:
    def make(*xids: str, **fields: Any) -> list[int]:
        with emulator.client() as http:
            items = [{"externalId": x, "name": x, **fields} for x in xids]
            resp = http.post(f"/api/v1/projects/{PROJECT}/timeseries", json={"items": items})
            resp.raise_for_status()
            return [it["id"] for it in resp.json()["items"]]

    return make


async def _fill(client: Any, resolve: Any, *xids: str, n: int = 10) -> None:
    items = [{"externalId": x, "datapoints": [(T0 + i * 1000, float(i)) for i in range(n)]} for x in xids]
    await resolve(client.time_series.data.insert_multiple(items))


def test_retrieve_methods_take_keywords_only() -> None:
    for name in ("retrieve", "retrieve_arrays", "retrieve_dataframe"):
        params = list(inspect.signature(getattr(DatapointsAPI, name)).parameters.values())[1:]
        assert all(p.kind in (p.KEYWORD_ONLY, p.VAR_KEYWORD) for p in params), name
        assert [p.name for p in params[:3]] == ["id", "external_id", "instance_id"]
        assert params[-1].name == "options"


async def test_positional_and_unknown_arguments_raise(client: Any, resolve: Any, make_series: Any) -> None:
    make_series("a")
    with pytest.raises(TypeError):
        await resolve(client.time_series.data.retrieve(0, "now"))
    with pytest.raises(TypeError, match="no_such_option"):
        await resolve(client.time_series.data.retrieve(external_id="a", no_such_option=1))
    # per-call options are accepted
    assert await resolve(client.time_series.data.retrieve(external_id="a", timeout=30)) is not None


async def test_retrieve_shapes_by_identifier(client: Any, resolve: Any, make_series: Any) -> None:
    make_series("a", "b")
    await _fill(client, resolve, "a", "b")
    data = client.time_series.data
    one = await resolve(data.retrieve(external_id="a", start=T0, end=T0 + 10_000))
    assert isinstance(one, Datapoints) and one.value == [float(i) for i in range(10)]
    by_query = await resolve(data.retrieve(external_id=DatapointsQuery(external_id="b", start=T0, limit=3)))
    assert isinstance(by_query, Datapoints) and by_query.external_id == "b" and len(by_query) == 3
    # a query's settings left out come from the call; those it gives win
    inherit = await resolve(
        data.retrieve(
            external_id=[DatapointsQuery(external_id="a"), DatapointsQuery(external_id="b", include_status=False)],
            start=T0,
            end=T0 + 2000,
            include_status=True,
        )
    )
    assert [d.status_code for d in inherit] == [[0, 0], None]
    assert [len(d) for d in inherit] == [2, 2]
    several = await resolve(data.retrieve(external_id=("a", "b"), start=T0, end=T0 + 5000))
    assert isinstance(several, DatapointsList) and [d.external_id for d in several] == ["a", "b"]
    arrays = await resolve(data.retrieve_arrays(external_id=["a"], start=T0, end=T0 + 5000))
    assert isinstance(arrays, DatapointsArrayList) and isinstance(arrays[0], DatapointsArray)
    assert isinstance(arrays.get(external_id="a"), DatapointsArray)


async def test_retrieve_latest_returns_latest_datapoints(client: Any, resolve: Any, make_series: Any) -> None:
    make_series("a", "b", "empty")
    await _fill(client, resolve, "a", "b")
    data = client.time_series.data
    latest = await resolve(data.retrieve_latest(external_id="a"))
    assert isinstance(latest, LatestDatapoint)
    assert latest.timestamp == datetime.fromtimestamp((T0 + 9000) / 1000, tz=timezone.utc)
    assert latest.timestamp_ms == T0 + 9000 and latest.value == 9.0 and latest.type == "numeric"
    assert latest.before is not None and latest.has_datapoint
    before = await resolve(data.retrieve_latest(external_id=["a", "empty", "b"], before=T0 + 3000))
    assert isinstance(before, LatestDatapointList)
    assert [d.external_id for d in before] == ["a", "empty", "b"]
    assert [d.value for d in before] == [2.0, None, 2.0]
    assert before[0].before == datetime.fromtimestamp((T0 + 3000) / 1000, tz=timezone.utc)
    assert not before[1] and before[1].timestamp is None
    with pytest.raises(ValueError, match="No datapoint"):
        _ = before[1].timestamp_ms
    assert before.to_pandas().loc["a", "value"] == 2.0
    with_status = await resolve(data.retrieve_latest(external_id="a", include_status=True))
    assert (with_status.status_code, with_status.status_symbol) == (0, "Good")
    per_query = await resolve(
        data.retrieve_latest(external_id=[LatestDatapointQuery(external_id="a", include_status=True), "b"])
    )
    assert [(d.status_code, d.status_symbol) for d in per_query] == [(0, "Good"), (None, None)]
    assert await resolve(data.retrieve_latest(external_id="nope", ignore_unknown_ids=True)) is None
    positional = await resolve(data.retrieve_latest([before[0].id]))
    assert isinstance(positional, LatestDatapointList) and positional[0].value == 9.0


async def test_insert_dataframe_drops_nan_by_default(client: Any, resolve: Any, make_series: Any) -> None:
    make_series("n")
    idx = pd.to_datetime([T0, T0 + 1000, T0 + 2000], unit="ms")
    await resolve(client.time_series.data.insert_dataframe(pd.DataFrame({"n": [1.0, np.nan, 3.0]}, index=idx)))
    got = await resolve(client.time_series.data.retrieve(external_id="n", start=T0, end=T0 + 3000))
    assert got.timestamp == [T0, T0 + 2000] and got.value == [1.0, 3.0]
    with pytest.raises(ValueError, match="Invalid value nan"):  # without dropna a NaN is a value (Bad points only)
        await resolve(
            client.time_series.data.insert_dataframe(pd.DataFrame({"n": [np.nan]}, index=idx[:1]), dropna=False)
        )


async def test_retrieve_dataframe_include_unit(client: Any, resolve: Any, make_series: Any) -> None:
    make_series("temp", unitExternalId="temperature:deg_c")
    make_series("plain")
    await _fill(client, resolve, "temp", "plain")
    kw = dict(external_id=["temp", "plain"], start=T0, end=T0 + 10_000)
    df = await resolve(client.time_series.data.retrieve_dataframe(**kw))
    assert list(df.columns) == ["temp|temperature:deg_c", "plain"]
    df = await resolve(client.time_series.data.retrieve_dataframe(**kw, include_unit=False))
    assert list(df.columns) == ["temp", "plain"]
    agg = await resolve(
        client.time_series.data.retrieve_dataframe(
            **kw, aggregates="count", granularity="1h", include_unit=False, include_aggregate_name=True
        )
    )
    assert list(agg.columns) == ["temp|count", "plain|count"]


async def test_iterate_queries_in_chunks(client: Any, drain: Any, resolve: Any, make_series: Any) -> None:
    make_series("a", "b")
    await _fill(client, resolve, "a", "b", n=25)
    data = client.time_series.data
    qa, qb = (DatapointsQuery(external_id=x, start=T0, end=T0 + 25_000) for x in ("a", "b"))
    singles = await drain(data(qa, chunk_size_datapoints=10))
    assert [len(c) for c in singles] == [10, 10, 5] and all(isinstance(c, DatapointsArray) for c in singles)
    lists = await drain(data([qa, qb], chunk_size_datapoints=10))
    assert all(isinstance(c, DatapointsArrayList) for c in lists)
    assert [[(d.external_id, len(d)) for d in c] for c in lists] == [[("a", 10), ("b", 10)]] * 2 + [
        [("a", 5), ("b", 5)]
    ]
    one_at_a_time = await drain(data([qa, qb], chunk_size_datapoints=20, chunk_size_time_series=1, return_arrays=False))
    assert all(isinstance(c, DatapointsList) and len(c) == 1 for c in one_at_a_time)
    assert [(c[0].external_id, len(c[0])) for c in one_at_a_time] == [("a", 20), ("a", 5), ("b", 20), ("b", 5)]
    with pytest.raises(ValueError, match="chunk_size_time_series"):
        await drain(data([qa], chunk_size_time_series=0))


async def test_synthetic_returns_synthetic_datapoints(client: Any, resolve: Any, make_series: Any) -> None:
    make_series("a")
    await _fill(client, resolve, "a")
    synth = client.time_series.data.synthetic
    one = await resolve(synth.query("TS{externalId='a'} * 2", start=T0, end=T0 + 10_000))
    assert isinstance(one, SyntheticDatapoints) and one.expression == "TS{externalId='a'} * 2"
    assert one.value[:3] == [0.0, 2.0, 4.0] and one.error[:3] == [None, None, None]
    several = await resolve(synth.query(["TS{externalId='a'}", "TS{externalId='a'} + 1"], start=T0, end=T0 + 3000))
    assert isinstance(several, SyntheticDatapointsList) and [len(s) for s in several] == [3, 3]


def test_datapoints_load_round_trips() -> None:
    dumped = {
        "id": 1,
        "externalId": "a",
        "isString": False,
        "datapoints": [{"timestamp": 5, "value": 1.0}, {"timestamp": 6, "value": 2.0, "status": {"code": 1}}],
    }
    dps = Datapoints.load(dumped)
    assert (dps.id, dps.external_id, dps.timestamp, dps.value) == (1, "a", [5, 6], [1.0, 2.0])
    assert dps.status_code == [0, 1]
    assert Datapoints.load('{"id": 2, "datapoints": []}').id == 2
    arr = DatapointsArray.load(dumped)
    assert arr.timestamp.dtype == np.dtype("datetime64[ns]") and arr.value is not None
    assert arr.value.tolist() == [1.0, 2.0] and arr.to_datapoints().timestamp == [5, 6]
    agg = DatapointsArray.load({"id": 3, "datapoints": [{"timestamp": 0, "average": 1.5, "count": 2}]})
    assert agg.average is not None and agg.average.tolist() == [1.5] and agg.value is None


def test_time_series_datapoint_helpers(sync_client: CogniteClient, make_series: Any) -> None:
    make_series("a")
    sync_client.time_series.data.insert([(T0 + i * 1000, float(i)) for i in range(7)], external_id="a")
    ts = sync_client.time_series.retrieve(external_id="a")
    assert isinstance(ts, TimeSeries)
    latest = ts.latest()
    assert isinstance(latest, LatestDatapoint) and latest.value == 6.0
    assert ts.latest(before=T0 + 2000).value == 1.0  # type: ignore[union-attr]
    assert ts.count() == 7
    first = ts.first()
    assert first is not None and (first.timestamp, first.value) == (T0, 0.0)


async def test_time_series_datapoint_helpers_async(async_client: Any, make_series: Any) -> None:
    make_series("a")
    await async_client.time_series.data.insert([(T0, 1.5), (T0 + 1000, 2.5)], external_id="a")
    ts = await async_client.time_series.retrieve(external_id="a")
    assert (await ts.latest_async()).value == 2.5
    assert await ts.count_async() == 2


@dataclass(frozen=True)
class _Node:  # what the official NodeId looks like to the datapoints API: space + external_id
    space: str
    external_id: str


async def test_instance_id_everywhere(client: Any, resolve: Any, emulator: Emulator) -> None:
    core_time_series(emulator, ("sp", "n1"), ("sp", "n2"))
    data = client.time_series.data
    node, other = _Node("sp", "n1"), _Node("sp", "n2")
    await resolve(data.insert([(T0, 1.0), (T0 + 1000, 2.0), (T0 + 2000, 3.0)], instance_id=node))
    idx = pd.to_datetime([T0, T0 + 1000], unit="ms")
    await resolve(data.insert_dataframe(pd.DataFrame({other: [5.0, 6.0]}, index=idx)))
    one = await resolve(data.retrieve(instance_id=node, start=T0))
    assert isinstance(one, Datapoints) and one.value == [1.0, 2.0, 3.0]
    both = await resolve(data.retrieve_arrays(instance_id=[node, ("sp", "n2")], start=T0))
    assert isinstance(both, DatapointsArrayList) and [len(a) for a in both] == [3, 2]
    latest = await resolve(data.retrieve_latest(instance_id=node))
    assert isinstance(latest, LatestDatapoint) and latest.value == 3.0 and latest.instance_id == NodeId("sp", "n1")
    await resolve(data.delete_range(start=T0, end=T0 + 2000, instance_id=node))
    assert (await resolve(data.retrieve(instance_id=node, start=T0))).value == [3.0]


def test_to_pandas_takes_the_official_arguments() -> None:
    ts = np.array([0, 3_600_000], "datetime64[ms]").astype("datetime64[ns]")
    arr = DatapointsArray(external_id="a", unit_external_id="u", granularity="1h", timestamp=ts, average=np.ones(2))
    assert arr.to_pandas().columns.tolist() == ["a|u|average"]
    assert arr.to_pandas(False, True, False).columns.tolist() == ["a|1h"]  # aggregate name, granularity, unit
    assert DatapointsArrayList([arr]).to_pandas(include_unit=False).columns.tolist() == ["a|average"]
    synth = SyntheticDatapoints("A+B", timestamp=[0], value=[None], error=["bad"], is_string=False)
    assert synth.to_pandas().columns.tolist() == ["A+B", "A+B|error"]
    assert synth.to_pandas(include_errors=False).columns.tolist() == ["A+B"]


async def test_pandas_timestamps_as_start_and_end(client: Any, resolve: Any, make_series: Any) -> None:
    make_series("a")
    await _fill(client, resolve, "a")
    start, end = pd.Timestamp(T0 + 2000, unit="ms"), pd.Timestamp(T0 + 5000, unit="ms", tz="UTC")  # naive = UTC
    df = await resolve(client.time_series.data.retrieve_dataframe(external_id="a", start=start, end=end))
    assert df["a"].tolist() == [2.0, 3.0, 4.0]


async def test_synthetic_variables_by_node_id_and_sympy_symbol(
    client: Any, resolve: Any, emulator: Emulator, make_series: Any
) -> None:
    core_time_series(emulator, ("sp", "n1"))
    make_series("b")
    await _fill(client, resolve, "b", n=3)
    await resolve(
        client.time_series.data.insert([(T0 + i * 1000, float(i)) for i in range(3)], instance_id=_Node("sp", "n1"))
    )
    synth = client.time_series.data.synthetic
    by_node = await resolve(synth.query("A+B", start=T0, end=T0 + 3000, variables={"A": _Node("sp", "n1"), "B": "b"}))
    assert by_node.value == [0.0, 2.0, 4.0]
    sympy = pytest.importorskip("sympy")
    x, y = sympy.symbols("x y")
    sym = await resolve(synth.query([x + y, 2 * x], start=T0, end=T0 + 3000, variables={x: _Node("sp", "n1"), y: "b"}))
    assert isinstance(sym, SyntheticDatapointsList) and [s.value for s in sym] == [[0.0, 2.0, 4.0]] * 2
