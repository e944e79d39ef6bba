"""The official cognite-sdk's datapoints API against the emulator (real socket, response validation on):
what goes in comes back exactly, through every retrieval method, and aggregates equal numpy's."""

from __future__ import annotations

import hashlib
from typing import Any

import numpy as np
import pytest

from tests.conformance.conftest import ServedEmulator

pytestmark = pytest.mark.conformance

T0 = 1_704_067_200_000  # 2024-01-01T00:00:00Z, on an hour boundary
HOUR = 3_600_000


def series(n: int) -> tuple[np.ndarray, np.ndarray]:
    """Irregular timestamps (about 1 s apart) and exactly representable values; the script builds the same."""
    i = np.arange(n, dtype=np.int64)
    return T0 + i * 1000 + (i % 7) * 10, ((i * 37) % 1001) / 8 - 50


def digest(a: Any, dtype: Any) -> str:
    return hashlib.sha256(np.ascontiguousarray(a, dtype=dtype).tobytes()).hexdigest()


SCRIPT = """
import hashlib
import numpy as np
from cognite.client.data_classes import TimeSeriesWrite

n, t0 = PARAMS["n"], PARAMS["t0"]
i = np.arange(n, dtype=np.int64)
ts, values = t0 + i * 1000 + (i % 7) * 10, ((i * 37) % 1001) / 8 - 50
end = int(ts[-1]) + 1

def digest(a, dtype):
    return hashlib.sha256(np.ascontiguousarray(a, dtype=dtype).tobytes()).hexdigest()

def ms(a):
    return np.asarray(a).astype("datetime64[ms]").astype(np.int64)

client.time_series.create([TimeSeriesWrite(external_id="num", name="num"),
                           TimeSeriesWrite(external_id="txt", name="txt", is_string=True)])
client.time_series.data.insert(list(zip(ts.tolist(), values.tolist())), external_id="num")
client.time_series.data.insert([(t0, "a"), (t0 + 1, "b"), (t0 + 2, "ø")], external_id="txt")
out = {}
dps = client.time_series.data.retrieve(external_id="num", start=t0, end=end, limit=None)
out["retrieve"] = [len(dps), digest(dps.timestamp, np.int64), digest(dps.value, np.float64)]
arr = client.time_series.data.retrieve_arrays(external_id="num", start=t0, end=end, limit=None)
out["arrays"] = [len(arr), digest(ms(arr.timestamp), np.int64), digest(arr.value, np.float64)]
df = client.time_series.data.retrieve_dataframe(external_id="num", start=t0, end=end, limit=None)
out["dataframe"] = [len(df), digest(ms(df.index.values), np.int64), digest(df["num"].to_numpy(), np.float64)]
part = client.time_series.data.retrieve_arrays(external_id="num", start=t0, end=end, limit=123_457)
out["limited"] = [len(part), digest(ms(part.timestamp), np.int64), digest(part.value, np.float64)]
agg = client.time_series.data.retrieve(
    external_id="num", start=t0 + 1234, end=end, granularity="1h",
    aggregates=["average", "max", "min", "count", "sum", "discrete_variance", "interpolation", "step_interpolation"],
)
out["aggregates"] = {name: list(getattr(agg, name)) for name in
                     ("timestamp", "average", "max", "min", "count", "sum", "discrete_variance", "interpolation",
                      "step_interpolation")}
fine = client.time_series.data.retrieve_arrays(external_id="num", start=t0, end=end, granularity="10s",
                                               aggregates=["count", "sum"], limit=None)
out["fine"] = [len(fine), digest(ms(fine.timestamp), np.int64), digest(fine.count, np.int64),
               digest(fine.sum, np.float64)]
latest = client.time_series.data.retrieve_latest(external_id="num")
before = client.time_series.data.retrieve_latest(external_id="num", before=int(ts[500]))
out["latest"] = [latest.timestamp_ms, latest.value, before.timestamp_ms, before.value]
outside = client.time_series.data.retrieve(external_id="num", start=int(ts[10]) + 1, end=int(ts[20]),
                                           include_outside_points=True)
out["outside"] = list(outside.timestamp)
txt = client.time_series.data.retrieve(external_id="txt", start=t0, end=end)
out["strings"] = [list(txt.timestamp), list(txt.value)]
client.time_series.data.delete_range(start=int(ts[100]), end=int(ts[200]), external_id="num")
after = client.time_series.data.retrieve_arrays(external_id="num", start=t0, end=end, limit=None)
out["after_delete"] = [len(after), digest(ms(after.timestamp), np.int64)]
emit(out)
"""


def test_one_million_datapoints_round_trip(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    n = 1_000_000
    ts, values = series(n)
    out = run_official(SCRIPT, n=n, t0=T0)
    exact = [n, digest(ts, np.int64), digest(values, np.float64)]
    assert out["retrieve"] == exact
    assert out["arrays"] == exact
    assert out["dataframe"] == exact
    assert out["limited"] == [123_457, digest(ts[:123_457], np.int64), digest(values[:123_457], np.float64)]

    # Aggregates: 1h buckets aligned to the hour (start rounded down), only buckets holding points.
    buckets = (ts - T0) // HOUR
    starts = np.flatnonzero(np.r_[True, buckets[1:] != buckets[:-1]])
    counts = np.diff(np.r_[starts, n])
    sums = np.add.reduceat(values, starts)
    mean = sums / counts
    agg = out["aggregates"]
    assert agg["timestamp"] == (T0 + buckets[starts] * HOUR).tolist()
    assert agg["count"] == counts.tolist()
    assert agg["max"] == np.maximum.reduceat(values, starts).tolist()
    assert agg["min"] == np.minimum.reduceat(values, starts).tolist()
    np.testing.assert_allclose(agg["sum"], sums, rtol=1e-12)
    np.testing.assert_allclose(agg["average"], mean, rtol=1e-12)
    variance = np.add.reduceat((values - np.repeat(mean, counts)) ** 2, starts) / counts
    np.testing.assert_allclose(agg["discrete_variance"], variance, rtol=1e-9)
    bucket_ts = T0 + buckets[starts] * HOUR
    np.testing.assert_allclose(agg["interpolation"], np.interp(bucket_ts, ts, values), rtol=1e-12)
    step = values[np.searchsorted(ts, bucket_ts, side="right") - 1]
    assert agg["step_interpolation"] == step.tolist()

    # 10 s buckets: 100k of them, fetched by the peer in pages of 10k with cursors.
    fine = (ts - T0) // 10_000
    fstarts = np.flatnonzero(np.r_[True, fine[1:] != fine[:-1]])
    fcounts = np.diff(np.r_[fstarts, n])
    assert out["fine"] == [len(fstarts), digest(T0 + fine[fstarts] * 10_000, np.int64), digest(fcounts, np.int64),
                           digest(np.add.reduceat(values, fstarts), np.float64)]  # fmt: skip
    assert out["latest"] == [int(ts[-1]), float(values[-1]), int(ts[499]), float(values[499])]
    assert out["outside"] == ts[10:21].tolist()  # the point before start, those inside, the first at/after end
    assert out["strings"] == [[T0, T0 + 1, T0 + 2], ["a", "b", "ø"]]
    kept = np.r_[ts[:100], ts[200:]]
    assert out["after_delete"] == [n - 100, digest(kept, np.int64)]
    # The peer read raw datapoints as protobuf, in pages of at most 100k points.
    lists = conformance_emulator.emu.requests.find("POST", "/timeseries/data/list")
    assert lists and all(len(e.json()["items"]) <= 100 for e in lists)


def test_many_series_dataframes_and_synthetic(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    out = run_official(
        """
        import numpy as np
        import pandas as pd
        from cognite.client.data_classes import TimeSeriesWrite

        t0 = PARAMS["t0"]
        client.time_series.create([TimeSeriesWrite(external_id=f"s{i}", name=f"s{i}") for i in range(150)]
                                  + [TimeSeriesWrite(external_id="txt", name="txt", is_string=True),
                                     TimeSeriesWrite(external_id="step", name="step", is_step=True)])
        # insert_multiple: series i gets i + 1 points (value = i + k / 4)
        client.time_series.data.insert_multiple([
            {"external_id": f"s{i}", "datapoints": [(t0 + k * 1000, i + k / 4) for k in range(i + 1)]}
            for i in range(150)
        ])
        idx = pd.to_datetime([t0 + k * 1000 for k in range(4)], unit="ms")
        client.time_series.data.insert_dataframe(pd.DataFrame({"txt": ["a", "b", "c", "d"], "step": [1.0, 0.0, 2.5, 2.5]},
                                                              index=idx))
        many = client.time_series.data.retrieve(external_id=[f"s{i}" for i in range(150)] + ["missing"],
                                                start=t0, end=t0 + 10**6, ignore_unknown_ids=True)
        df = client.time_series.data.retrieve_dataframe(external_id=["txt", "step"], start=t0, end=t0 + 10**6)
        synth = client.time_series.data.synthetic.query(
            expressions=["ts{externalId:'s3'} * 2 + ts{externalId='s1'}", "1 / (ts{externalId:'step'} - 2.5)"],
            start=t0, end=t0 + 10**6,
        )
        latest = client.time_series.data.retrieve_latest(external_id=["s0", "s149", "txt"])
        emit({
            "many": {d.external_id: [list(d.timestamp), list(d.value)] for d in many},
            "df": {c: df[c].tolist() for c in df.columns},
            "df_index": [int(t.value // 10**6) for t in df.index],
            "synth": [[list(s.timestamp), list(s.value), list(s.error)] for s in synth],
            "latest": [[x.external_id, x.timestamp_ms, x.value] for x in latest],
        })
        """,
        t0=T0,
    )
    assert sorted(out["many"]) == sorted(f"s{i}" for i in range(150))
    for i in range(150):
        assert out["many"][f"s{i}"] == [[T0 + k * 1000 for k in range(i + 1)], [i + k / 4 for k in range(i + 1)]]
    assert out["df"] == {"txt": ["a", "b", "c", "d"], "step": [1.0, 0.0, 2.5, 2.5]}
    assert out["df_index"] == [T0 + k * 1000 for k in range(4)]
    # s3 * 2 + s1: s1 only spans T0..T0+1000, so the result does too.
    (ts1, v1, _), (ts2, v2, err2) = out["synth"]
    assert ts1 == [T0, T0 + 1000] and v1 == [3 * 2 + 1.0, (3.25 * 2) + 1.25]
    assert ts2 == [T0 + k * 1000 for k in range(4)]
    assert v2[:2] == [1 / (1.0 - 2.5), 1 / (0.0 - 2.5)] and err2[0] is None and "zero" in err2[2].lower()
    assert out["latest"] == [["s0", T0, 0.0], ["s149", T0 + 149_000, 149 + 149 / 4], ["txt", T0 + 3000, "d"]]
