"""The datapoints API surface through the real clients (sync and async) against the in-process emulator."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest

from cognite.client.data_classes.datapoints import (
    Datapoint,
    Datapoints,
    DatapointsArray,
    DatapointsList,
    DatapointsQuery,
    LatestDatapointQuery,
)
from cognite.emulator import Emulator
from tests.conftest import PROJECT

T0 = 1_700_000_040_000  # a whole minute


@pytest.fixture
def make_series(emulator: Emulator) -> Any:
    """Create time series over plain HTTP (keeps these tests independent of the time series API)."""

    def make(*xids: str, is_string: bool = False) -> list[int]:
        with emulator.client() as http:
            items = [{"externalId": x, "name": x, "isString": is_string} for x in xids]
            resp = http.post(f"/api/v1/projects/{PROJECT}/timeseries", json={"items": items})
            resp.raise_for_status()
            return [it["id"] for it in resp.json()["items"]]

    return make


async def test_retrieve_shapes_and_dataframe(client: Any, resolve: Any, make_series: Any) -> None:
    ids = make_series("a", "b")
    data = client.time_series.data
    await resolve(data.insert([(T0 + i * 1000, float(i)) for i in range(120)], external_id="a"))
    await resolve(data.insert_multiple([{"id": ids[1], "datapoints": [(T0 + i * 1000, 2.0 * i) for i in range(120)]}]))
    one = await resolve(data.retrieve(external_id="a", start=T0, end=T0 + 120_000))
    assert isinstance(one, Datapoints) and one.timestamp[:2] == [T0, T0 + 1000] and one.value[-1] == 119.0
    many = await resolve(data.retrieve(id=ids, start=T0, end=T0 + 120_000))
    assert isinstance(many, DatapointsList) and [len(d) for d in many] == [120, 120]
    assert many.get(external_id="b").value[1] == 2.0
    arr = await resolve(data.retrieve_arrays(id=ids[0], start=T0, end=T0 + 120_000))
    assert isinstance(arr, DatapointsArray) and arr.timestamp.dtype == np.dtype("datetime64[ns]")
    assert isinstance(arr[3], Datapoint) and arr[3].timestamp == T0 + 3000 and len(arr[10:20]) == 10
    df = await resolve(
        data.retrieve_dataframe(
            external_id=["a", "b"], start=T0, end=T0 + 120_000, aggregates=["sum", "count"], granularity="1m"
        )
    )
    assert list(df.columns) == ["a|count", "a|sum", "b|count", "b|sum"]  # aggregates in sorted order
    assert df["a|count"].tolist() == [60.0, 60.0] and df["b|sum"].iloc[0] == 2.0 * sum(range(60))
    df = await resolve(data.retrieve_dataframe(id=ids, start=T0, end=T0 + 120_000, column_names="id"))
    assert list(df.columns) == [str(i) for i in ids] and len(df) == 120


async def test_complete_fill_and_dataframe_dict(client: Any, resolve: Any, make_series: Any) -> None:
    make_series("gappy")
    data = client.time_series.data
    # points in minutes 0, 1 and 4: minutes 2-3 are empty buckets
    pts = [(T0 + m * 60_000 + s * 1000, float(m)) for m in (0, 1, 4) for s in range(0, 60, 10)]
    await resolve(data.insert(pts, external_id="gappy"))
    df = await resolve(
        data.retrieve_dataframe(
            external_id="gappy",
            start=T0,
            end=T0 + 5 * 60_000,
            aggregates=["count", "step_interpolation"],
            granularity="1m",
            complete="fill",
        )
    )
    assert df["gappy|count"].tolist() == [6, 6, 0, 0, 6]
    assert df["gappy|step_interpolation"].tolist()[2:4] == [1.0, 1.0]
    dfs = await resolve(
        data.retrieve_dataframe_dict(
            external_id=["gappy"],
            start=T0,
            end=T0 + 5 * 60_000,
            aggregates=["count", "interpolation"],
            granularity="1m",
            complete="fill,dropna",
        )
    )
    assert set(dfs) == {"count", "interpolation"} and list(dfs["count"].columns) == ["gappy"]
    assert len(dfs["count"]) == len(dfs["interpolation"]) and not dfs["interpolation"].isna().any().any()
    with pytest.raises(ValueError, match="fill,dropna"):
        await resolve(
            data.retrieve_dataframe(
                id=1, start=0, end=1000, aggregates=["average"], granularity="1s", complete="fill,dropna"
            )
        )


async def test_latest_delete_and_query(client: Any, resolve: Any, make_series: Any) -> None:
    ids = make_series("x", "y")
    data = client.time_series.data
    await resolve(
        data.insert_multiple(
            [{"externalId": x, "datapoints": [(T0 + i * 1000, float(i)) for i in range(10)]} for x in ("x", "y")]
        )
    )
    latest = await resolve(data.retrieve_latest(id=ids[0]))
    assert latest.timestamp_ms == T0 + 9000 and latest.value == 9.0
    before = await resolve(data.retrieve_latest(external_id=["x", "y"], before=T0 + 5000))
    assert [d.value for d in before] == [4.0, 4.0]
    assert [d.timestamp_ms for d in before] == [T0 + 4000, T0 + 4000]
    custom = await resolve(data.retrieve_latest(id=[LatestDatapointQuery(id=ids[1], before=T0 + 2000)]))
    assert custom[0].value == 1.0 and custom[0].before is not None
    await resolve(data.delete_range(start=T0 + 2000, end=T0 + 8000, external_id="x"))
    await resolve(data.delete_ranges([{"id": ids[1], "start": T0, "end": T0 + 5000}]))
    res = await resolve(
        data.query(
            [
                DatapointsQuery(external_id="x", start=T0, end=T0 + 10_000),
                DatapointsQuery(id=ids[1], start=T0, end="now"),
            ]
        )
    )
    assert [d.value for d in res[0]][0] == [0.0, 1.0, 8.0, 9.0]
    assert res[1][0].value == [5.0, 6.0, 7.0, 8.0, 9.0]


async def test_strings_numpy_dataframe_inserts(client: Any, resolve: Any, make_series: Any) -> None:
    ids = make_series("s", is_string=True)
    make_series("n1", "n2")
    data = client.time_series.data
    await resolve(data.insert([(T0, "on"), (T0 + 1000, "off")], id=ids[0]))
    got = await resolve(data.retrieve(id=ids[0], start=T0, end=T0 + 2000))
    assert got.value == ["on", "off"] and got.is_string
    await resolve(data.insert(np.array([[T0, 1.5], [T0 + 1000, 2.5]]), external_id="n1"))
    idx = pd.DatetimeIndex(pd.to_datetime([T0, T0 + 1000, T0 + 2000], unit="ms"))
    await resolve(data.insert_dataframe(pd.DataFrame({"n2": [1.0, np.nan, 3.0]}, index=idx), dropna=True))
    res = await resolve(data.retrieve(external_id=["n1", "n2"], start=T0, end=T0 + 3000))
    assert res[0].value == [1.5, 2.5] and res[1].value == [1.0, 3.0]
    copy = await resolve(data.retrieve_arrays(external_id="n1", start=T0, end=T0 + 3000))
    await resolve(data.insert(copy, external_id="n2"))  # a DatapointsArray is valid input
    with pytest.raises(ValueError, match="infinite"):
        await resolve(data.insert_dataframe(pd.DataFrame({"n2": [np.inf]}, index=idx[:1])))


async def test_synthetic_and_iteration(client: Any, resolve: Any, make_series: Any, drain: Any) -> None:
    make_series("p", "q")
    data = client.time_series.data
    await resolve(
        data.insert_multiple(
            [
                {"externalId": x, "datapoints": [(T0 + i * 1000, float(i + k)) for i in range(25_000)]}
                for k, x in enumerate("pq")
            ]
        )
    )
    res = await resolve(
        data.synthetic.query(expressions="A + B", start=T0, end=T0 + 25_000_000, variables={"A": "p", "B": "q"})
    )
    assert len(res) == 25_000 and res.value[:2] == [1.0, 3.0]  # more than one 10k page
    limited = await resolve(data.synthetic.query(["TS{externalId='p'} * 2"], start=T0, end=T0 + 25_000_000, limit=3))
    assert limited[0].value == [0.0, 2.0, 4.0]
    chunks = await drain(
        data(DatapointsQuery(external_id="p", start=T0, end=T0 + 25_000_000), chunk_size_datapoints=10_000)
    )
    assert [len(c) for c in chunks] == [10_000, 10_000, 5_000]
    ts = np.concatenate([c.timestamp for c in chunks]).astype("datetime64[ms]").view(np.int64)
    assert np.array_equal(ts, T0 + np.arange(25_000) * 1000)


async def test_argument_validation(client: Any, resolve: Any, make_series: Any) -> None:
    data = client.time_series.data
    with pytest.raises(ValueError, match="together"):
        await resolve(data.retrieve(id=1, start=0, end=10, aggregates=["average"]))
    with pytest.raises(ValueError, match="larger than start"):
        await resolve(data.retrieve(id=1, start=10, end=5))
    with pytest.raises(ValueError, match="Unknown aggregate"):
        await resolve(data.retrieve(id=1, start=0, end=10, aggregates=["avg"], granularity="1h"))
    with pytest.raises(ValueError, match="granularity"):
        await resolve(data.retrieve(id=1, start=0, end=10, aggregates=["average"], granularity="1x"))
    with pytest.raises(TypeError, match="id must be an int"):
        await resolve(data.retrieve(id="1", start=0, end=10))
    with pytest.raises(ValueError, match="outside points|include_outside_points"):
        await resolve(
            data.retrieve(id=1, start=0, end=10, aggregates=["sum"], granularity="1h", include_outside_points=True)
        )


async def test_calendar_and_timezone_aggregates_with_progress(client: Any, resolve: Any, make_series: Any) -> None:
    make_series("hourly")
    data = client.time_series.data
    t0 = 1_704_067_200_000  # 2024-01-01T00:00Z
    ts = t0 + np.arange(0, 100 * 86_400_000, 3_600_000, dtype=np.int64)
    await resolve(data.insert((ts, np.ones(len(ts))), external_id="hourly", progress=True))
    end = int(ts[-1]) + 1
    monthly = await resolve(
        data.retrieve_arrays(external_id="hourly", start=t0, end=end, aggregates="count", granularity="1mo")
    )
    assert monthly.count.tolist() == [744.0, 696.0, 744.0, 216.0]  # Jan, Feb (leap year), Mar, 9 days of Apr
    local = await resolve(
        data.retrieve_arrays(
            external_id="hourly",
            start=t0,
            end=end,
            aggregates=["count"],
            granularity="1d",
            timezone="UTC+01:00",
            progress=True,
        )
    )
    assert local.count[:2].tolist() == [23.0, 24.0] and local.count.sum() == len(ts)


async def test_query_objects_as_identifiers(client: Any, resolve: Any, make_series: Any) -> None:
    make_series("m", "n")
    data = client.time_series.data
    await resolve(data.insert([(1000 * i, float(i)) for i in range(1, 100)], external_id="m"))
    one = await resolve(data.retrieve(external_id=DatapointsQuery(external_id="m", start=5000, end=8000)))
    assert isinstance(one, Datapoints) and one.value == [5.0, 6.0, 7.0]
    both = await resolve(
        data.retrieve(external_id=[DatapointsQuery(external_id="m", start=5000, end=8000), "n"], start=0, end=10**6)
    )
    assert [d.value for d in both] == [[5.0, 6.0, 7.0], []]
    assert await resolve(data.retrieve_latest(external_id="zz", ignore_unknown_ids=True)) is None
