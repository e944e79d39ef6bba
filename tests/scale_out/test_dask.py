"""The Dask reader / writer against the emulator over a real socket: reads equal the SDK's own results exactly,
writes land exactly, failures are accounted for, a fault-injected run loses nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator

import numpy as np
import pandas as pd
import pytest

from cognite.client.scale_out import plan as p
from cognite.client.scale_out.dask import read_cognite, write_cognite
from cognite.client.scale_out.options import parse_options
from cognite.client.scale_out.write import ScaleOutWriteError

from .served import SERIES, T0, Served, seed_instances, seed_resources, seed_series, series_arrays, served, view_option


@pytest.fixture(scope="module")
def srv() -> Iterator[Served]:
    with served() as s:
        seed_series(s.client)
        seed_resources(s.client)
        seed_instances(s.client)
        yield s


def _ms(col: pd.Series) -> np.ndarray:
    return col.dt.tz_convert(None).to_numpy().astype("datetime64[ms]").view(np.int64)


def _ns_to_ms(ts: np.ndarray) -> np.ndarray:
    return ts.astype("datetime64[ms]").view(np.int64)


def test_raw_datapoints_equal_retrieve_arrays(srv: Served) -> None:
    opts = srv.options(type="datapoints", externalIds=",".join(SERIES), pointsPerPartition="5000")
    parts = p.plan(parse_options(opts))
    windows = [w for part in parts for w in part.windows]
    assert len(parts) >= 24_000 // 5000 and {w.external_id for w in windows} == {"dense", "medium", "sparse"}
    df = read_cognite(**opts).compute()
    expected = series_arrays(srv.client, start=p.MIN_TIMESTAMP_MS, end="now")
    assert len(df) == sum(n for n, _ in SERIES.values())
    for xid, arr in expected.items():
        got = df[df.externalId == xid].sort_values("timestamp")
        assert np.array_equal(_ms(got.timestamp), _ns_to_ms(arr.timestamp)), xid
        assert np.array_equal(got.value.to_numpy(), arr.value), xid
        assert (got.id == arr.id).all()


def test_aggregates_equal_retrieve_arrays_on_an_unaligned_range(srv: Served) -> None:
    start, end = T0 + 1_234_567, T0 + 40 * 3_600_000
    opts = srv.options(
        type="datapoints",
        externalIds=",".join(SERIES),
        aggregates="average,count,max",
        granularity="2m",
        aggregatesPerPartition="40",
        start=str(start),
        end=str(end),
    )
    df = read_cognite(**opts).compute()
    expected = series_arrays(srv.client, start=start, end=end, aggregates=["average", "count", "max"], granularity="2m")
    for xid, arr in expected.items():
        got = df[df.externalId == xid].sort_values("timestamp")
        assert np.array_equal(_ms(got.timestamp), _ns_to_ms(arr.timestamp)), xid
        assert np.array_equal(got["count"].to_numpy(), arr.count)
        assert np.allclose(got["average"].to_numpy(), arr.average, rtol=0, atol=0, equal_nan=True)
        assert np.array_equal(got["max"].to_numpy(), arr.max)


def _comparable(value: object) -> object:
    if isinstance(value, pd.Timestamp):
        return int(value.value // 1_000_000)
    if isinstance(value, np.ndarray):
        return value.tolist()
    return value


@pytest.mark.parametrize(
    ("kind", "listed"),
    [
        ("assets", lambda c: c.assets.list(limit=None)),
        ("events", lambda c: c.events.list(limit=None)),
        ("time_series", lambda c: c.time_series.list(limit=None)),
        ("files", lambda c: c.files.list(limit=None)),
        ("sequences", lambda c: c.sequences.list(limit=None)),
    ],
)
def test_resources_equal_list(srv: Served, kind: str, listed: object) -> None:
    df = read_cognite(**srv.options(type=kind, partitions="3")).compute()
    expected = {item["id"]: item for item in listed(srv.client).dump(camel_case=True)}  # type: ignore[operator]
    assert len(df) == len(expected) and set(df.id) == set(expected)
    for row in df.to_dict("records"):
        want = expected[row["id"]]
        for col, value in row.items():
            if value is None or value is pd.NaT or (isinstance(value, float) and np.isnan(value)):
                assert want.get(col) is None, (kind, col)
            elif isinstance(want.get(col), (dict, list)) and isinstance(value, str):
                assert json.loads(value) == want[col], (kind, col)
            else:
                assert _comparable(value) == want[col], (kind, col)


def test_raw_rows_equal_list(srv: Served) -> None:
    df = read_cognite(**srv.options(type="raw", database="db", table="t", partitions="4")).compute()
    rows = srv.client.raw.rows.list("db", "t", limit=None)
    assert sorted(df.key) == sorted(r.key for r in rows)
    by_key = {r.key: r.columns for r in rows}
    assert all(json.loads(c) == by_key[k] for k, c in zip(df.key, df["columns"], strict=True))


def test_sequence_rows_equal_retrieve(srv: Served) -> None:
    df = read_cognite(**srv.options(type="sequence_rows", externalIds="seq")).compute()
    rows = srv.client.sequences.data.retrieve(external_id="seq", start=0, end=None)
    assert df.rowNumber.tolist() == [r for r, _ in rows.items()]
    assert [json.loads(v) for v in df["values"]] == [list(v) for _, v in rows.items()]


def test_instances_of_a_view_equal_list(srv: Served) -> None:
    opts = srv.options(type="instances", view=view_option(), pageSize="700")
    assert len(p.plan(parse_options(opts))) == 4  # 2500 nodes in cursor pages of 700
    df = read_cognite(**opts).compute()
    nodes = srv.client.data_modeling.instances.list(sources=[("so_space", "Pump", "v1")], limit=None)
    want = {n.external_id: n.properties[("so_space", "Pump", "v1")] for n in nodes}
    assert len(df) == len(want) == 2500
    for row in df.to_dict("records"):
        props = want[row["externalId"]]
        assert (row["name"], row["rpm"], row["load"]) == (props["name"], props["rpm"], props["load"])


def test_datapoint_write_lands_exactly_and_a_fault_injected_run_loses_nothing(srv: Served) -> None:
    n = 30_000
    frame = pd.DataFrame(
        {
            "externalId": ["copy"] * n,
            "timestamp": pd.to_datetime(T0 + np.arange(n) * 10, unit="ms", utc=True),
            "value": np.arange(n, dtype=np.float64),
        }
    )
    srv.emulator.faults.fail(503, times=3, on="POST /timeseries/data")
    import dask.dataframe as dd

    report = write_cognite(dd.from_pandas(frame, npartitions=3), **srv.options(type="datapoints"))
    srv.emulator.faults.clear()
    assert (report.written, report.failed, report.unknown) == (n, 0, 0)
    got = srv.client.time_series.data.retrieve_arrays(external_id="copy", start=0, end="now")
    assert np.array_equal(_ns_to_ms(got.timestamp), T0 + np.arange(n) * 10)
    assert np.array_equal(got.value, frame.value.to_numpy())


def test_failed_datapoints_are_reported_never_dropped(srv: Served) -> None:
    frame = pd.DataFrame(
        {
            "externalId": ["copy"] * 5 + ["no-such-series"] * 3,
            "timestamp": pd.to_datetime(T0 + np.arange(8), unit="ms", utc=True),
            "value": np.ones(8),
        }
    )
    with pytest.raises(ScaleOutWriteError) as err:
        write_cognite(frame, **srv.options(type="datapoints"))
    r = err.value.report
    # CDF rejects the whole request (one series is unknown): all 8 rows are counted as failed, none as written
    assert (r.written, r.failed, r.unknown) == (0, 8, 0)
    assert sorted(r.not_written) == ["copy", "no-such-series"] and "not found" in r.errors[0]


def test_raw_assets_and_instances_writes_land_exactly(srv: Served) -> None:
    rows = pd.DataFrame({"key": [f"w{i}" for i in range(6000)], "columns": [json.dumps({"i": i}) for i in range(6000)]})
    assert (
        write_cognite(rows, **srv.options(type="raw", database="db2", table="w", ensureParent="true")).written == 6000
    )
    landed = srv.client.raw.rows.list("db2", "w", limit=None)
    assert {r.key: r.columns for r in landed} == {f"w{i}": {"i": i} for i in range(6000)}

    assets = pd.DataFrame({"externalId": ["a1", "new1"], "name": ["renamed", "brand new"]})
    assert write_cognite(assets, **srv.options(type="assets")).written == 2
    got = srv.client.assets.retrieve_multiple(external_ids=["a1", "new1"])
    assert [a.name for a in got] == ["renamed", "brand new"]

    nodes = pd.DataFrame({"space": ["so_space"] * 2, "externalId": ["p1", "q1"], "name": ["n1", "n2"], "rpm": [7, 8]})
    assert write_cognite(nodes, **srv.options(type="instances", view=view_option())).written == 2
    props = srv.client.data_modeling.instances.retrieve_nodes(
        [("so_space", "p1"), ("so_space", "q1")], sources=[("so_space", "Pump", "v1")]
    )
    assert [n.properties[("so_space", "Pump", "v1")]["rpm"] for n in props] == [7, 8]


def test_bad_options_are_rejected_before_any_request(srv: Served) -> None:
    before = len(srv.emulator.requests)
    with pytest.raises(ValueError, match="type"):
        read_cognite(**srv.options(type="nonsense"))
    with pytest.raises(ValueError, match="aggregates"):
        read_cognite(**srv.options(type="datapoints", externalIds="x", aggregates="average"))
    with pytest.raises(ValueError, match="clientSecretEnv"):
        parse_options({**srv.options(type="assets"), "clientSecret": "s"})
    assert len(srv.emulator.requests) == before
