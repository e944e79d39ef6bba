"""The `cognite` PySpark data source on local[2] against the emulator over a real socket: reads equal the SDK's
own results exactly, writes land exactly, a fault-injected write loses nothing, failures raise with the
accounting, filters on instances are evaluated by CDF, and the secret is nowhere in the plan."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import numpy as np
import pyarrow.compute as pc
import pytest

from cognite.client.scale_out import plan as p
from cognite.client.scale_out.options import parse_options
from tests.scale_out.served import (
    SECRET,
    SERIES,
    T0,
    VIEW,
    Served,
    seed_instances,
    seed_resources,
    seed_series,
    series_arrays,
    served,
    view_option,
)


@pytest.fixture(scope="module")
def srv() -> Iterator[Served]:
    with served() as s:
        seed_series(s.client)
        seed_resources(s.client)
        seed_instances(s.client, n=600)
        yield s


def _ms(ts: Any) -> np.ndarray:
    return np.asarray(ts).astype("datetime64[ms]").view(np.int64)


def test_datapoints_read_equals_retrieve_arrays(spark: Any, srv: Served) -> None:
    opts = srv.options(type="datapoints", externalIds=",".join(SERIES), pointsPerPartition="6000")
    df = spark.read.format("cognite").options(**opts).load()
    assert df.schema["timestamp"].dataType.typeName() == "timestamp"
    table = df.toArrow()
    assert table.num_rows == sum(n for n, _ in SERIES.values())
    assert len(p.plan(parse_options(opts))) >= 4
    for xid, arr in series_arrays(srv.client, start=p.MIN_TIMESTAMP_MS, end="now").items():
        rows = table.filter(pc.equal(table["externalId"], xid)).sort_by("timestamp")
        assert np.array_equal(rows["timestamp"].cast("int64").to_numpy() // 1000, _ms(arr.timestamp)), xid
        assert np.array_equal(rows["value"].to_numpy(), arr.value), xid


def test_assets_read_equals_list(spark: Any, srv: Served) -> None:
    df = spark.read.format("cognite").options(**srv.options(type="assets", partitions="4")).load()
    got = {r["id"]: r for r in df.select("id", "externalId", "name", "metadata", "lastUpdatedTime").collect()}
    want = {a.id: a for a in srv.client.assets.list(limit=None)}
    assert set(got) == set(want) and len(got) == 1200
    for i, a in want.items():
        r = got[i]
        assert (r["externalId"], r["name"], r["metadata"]) == (a.external_id, a.name, a.metadata)
        assert int(r["lastUpdatedTime"].timestamp() * 1000) == a.last_updated_time


def test_instances_filters_are_pushed_to_cdf_and_the_secret_is_not_in_the_plan(spark: Any, srv: Served) -> None:
    opts = {**srv.options(type="instances", view=view_option()), "clientSecret": SECRET}
    del opts["clientSecretEnv"]
    srv.emulator.requests.clear()  # the plan (made when the query is analysed) pages through the filtered ids
    df = spark.read.format("cognite").options(**opts).load().filter("rpm = 7 AND load > 10")
    plan_text = df._jdf.queryExecution().toString() + df._jdf.queryExecution().executedPlan().toString()
    assert SECRET not in plan_text
    bodies = [r.json() for r in srv.emulator.requests if r.route == "/models/instances/list"]
    want = [
        n.external_id
        for n in srv.client.data_modeling.instances.list(sources=[VIEW], limit=None)
        if n.properties[VIEW]["rpm"] == 7 and n.properties[VIEW]["load"] > 10
    ]
    rows = df.collect()
    assert sorted(r["externalId"] for r in rows) == sorted(want) and want
    assert bodies and all("equals" in json.dumps(b["filter"]) for b in bodies)  # CDF did the filtering


def test_fault_injected_datapoint_write_loses_nothing(spark: Any, srv: Served) -> None:
    n = 20_000
    pdf = {
        "externalId": ["copy"] * n,
        "timestamp": (T0 + np.arange(n) * 10).astype("datetime64[ms]"),
        "value": np.arange(n, dtype=np.float64),
    }
    import pandas as pd

    df = spark.createDataFrame(pd.DataFrame(pdf)).repartition(3)
    srv.emulator.faults.fail(503, times=4, on="POST /timeseries/data")
    df.write.format("cognite").options(**srv.options(type="datapoints")).mode("append").save()
    srv.emulator.faults.clear()
    assert len([r for r in srv.emulator.requests if r.fault == "status:503"]) == 4  # the faults did fire
    got = srv.client.time_series.data.retrieve_arrays(external_id="copy", start=0, end="now")
    assert np.array_equal(_ms(got.timestamp), T0 + np.arange(n) * 10)
    assert np.array_equal(got.value, np.arange(n, dtype=np.float64))


def test_raw_write_lands_exactly_and_failures_raise_with_the_accounting(spark: Any, srv: Served) -> None:
    rows = [(f"r{i}", json.dumps({"i": i})) for i in range(7000)]
    df = spark.createDataFrame(rows, "key string, columns string").repartition(2)
    df.write.format("cognite").options(**srv.options(type="raw", database="sdb", table="st", ensureParent="true")).mode(
        "append"
    ).save()
    assert {r.key: r.columns for r in srv.client.raw.rows.list("sdb", "st", limit=None)} == {
        f"r{i}": {"i": i} for i in range(7000)
    }
    bad = spark.createDataFrame(
        [("no-such-series", 1_600_000_000.0, 1.0)] * 3, "externalId string, ts double, value double"
    ).selectExpr("externalId", "timestamp_seconds(ts) as timestamp", "value")
    with pytest.raises(Exception, match=r"Write incomplete: 0 written, 3 failed, 0 unknown"):
        bad.coalesce(1).write.format("cognite").options(**srv.options(type="datapoints")).mode("append").save()
