"""The vectorised protobuf encoders/decoders are byte-exact with upb (google.protobuf)."""

from __future__ import annotations

import numpy as np
import pytest
from cdf_api.protobuf import data_point_list_response_pb2 as list_pb
from cdf_api.protobuf import data_points_pb2 as pb

from cognite.emulator.datapoints import blocks, render, wire
from cognite.emulator.datapoints.aggregates import AggregatePage
from cognite.emulator.datapoints.refs import TimeSeriesRef
from cognite.emulator.datapoints.retrieve import ItemResult
from cognite.emulator.datapoints.store import SeriesData

RNG = np.random.default_rng(7)


def upb_numeric(ts: np.ndarray, values: np.ndarray) -> bytes:
    msg = pb.NumericDatapoints()
    for t, v in zip(ts.tolist(), values.tolist(), strict=True):
        msg.datapoints.add(timestamp=t, value=v)
    return msg.SerializeToString()


@pytest.mark.parametrize(
    "ts",
    [
        np.arange(1, 120),  # 1-byte varints
        np.arange(1, 40_000, 7),  # 1..3 bytes: mixed widths
        1_704_067_200_000 + np.arange(5000) * 1000,  # 6 bytes, the common case
        2**35 - 100 + np.arange(200),  # crosses 5 -> 6 bytes
        np.array([4_102_444_799_999]),  # the maximum timestamp
        np.array([-2_208_988_800_000, -1, 0, 1]),  # negative (10 bytes) and zero (field omitted)
    ],
)
def test_numeric_points_byte_exact(ts: np.ndarray) -> None:
    values = RNG.normal(size=len(ts)) * 1e3
    assert bytes(wire.encode_numeric_points(ts, values)) == upb_numeric(ts, values)


def test_numeric_special_values_byte_exact() -> None:
    ts = 1_704_067_200_000 + np.arange(8)
    values = np.array([0.0, -0.0, np.nan, np.inf, -np.inf, 5e-324, 1e300, -1.5])
    assert bytes(wire.encode_numeric_points(ts, values)) == upb_numeric(ts, values)
    assert bytes(wire.encode_numeric_points(ts[:0], values[:0])) == b""


def test_encoded_rows_slice_at_any_point() -> None:
    for ts in (1_704_067_200_000 + np.arange(300) * 1000, np.arange(0, 3000, 10)):
        values = RNG.normal(size=len(ts))
        values[::17] = 0.0
        rows = wire.encode_numeric_rows(ts, values)
        data = bytes(rows.data)
        for a, z in [(0, 300), (1, 2), (17, 250), (299, 300), (5, 5)]:
            assert data[rows.offset(a) : rows.offset(z)] == upb_numeric(ts[a:z], values[a:z])


def test_block_cache_pages_and_invalidation() -> None:
    data = SeriesData(is_string=False)
    n = blocks.BLOCK * 2 + 500
    ts = 1_704_067_200_000 + np.arange(n, dtype=np.int64) * 10
    data.insert(ts, RNG.normal(size=n), None)

    def page(lo: int, hi: int) -> bytes:
        return b"".join(data.encoded.page(data.ts, data.values, lo, hi))

    for lo, hi in [(0, n), (blocks.BLOCK - 3, blocks.BLOCK + 3), (n - 1, n), (10, 10)]:
        assert page(lo, hi) == upb_numeric(data.ts[lo:hi], data.values[lo:hi])
    data.insert(ts[-1:] + 10, np.array([0.0]), None)  # append: the partial last block is re-encoded
    data.insert(ts[5:6], np.array([42.0]), None)  # overwrite in the first block
    data.delete_range(int(ts[blocks.BLOCK + 1]), int(ts[blocks.BLOCK + 4]))
    assert page(0, data.n) == upb_numeric(data.ts, data.values)


def test_block_cache_budget_evicts_least_recently_used(monkeypatch: pytest.MonkeyPatch) -> None:
    block_bytes = blocks.BLOCK * 18  # 6-byte varints: 18 bytes per point
    monkeypatch.setattr(blocks, "BUDGET_BYTES", 2 * block_bytes)
    series = []
    for k in range(3):
        data = SeriesData(is_string=False)
        data.insert(1_704_067_200_000 + np.arange(blocks.BLOCK) * 1000, np.full(blocks.BLOCK, k + 1.0), None)
        series.append(data)
    for data in series:
        data.encoded.page(data.ts, data.values, 0, 10)
    assert [len(d.encoded.blocks) for d in series] == [0, 1, 1]  # the first was evicted
    assert blocks.BUDGET.used == 2 * block_bytes
    got = b"".join(series[0].encoded.page(series[0].ts, series[0].values, 0, 3))  # re-encoded on demand
    assert got == upb_numeric(series[0].ts[:3], series[0].values[:3])
    for data in series:
        data.encoded.clear()
    assert blocks.BUDGET.used == 0


def test_aggregate_points_byte_exact() -> None:
    names = list(wire.AGGREGATE_FIELDS)
    ts = np.array([0, 1000, 3_600_000, 1_704_067_200_000, -3_600_000])
    columns = {name: RNG.normal(size=len(ts)) for name in names}
    columns["average"][1] = np.nan  # undefined: left out
    columns["sum"][2] = 0.0  # proto3 zero: left out
    columns["durationBad"][3] = -0.0  # negative zero is written
    expected = pb.AggregateDatapoints()
    for i, t in enumerate(ts.tolist()):
        dp = expected.datapoints.add(timestamp=t)
        for name in names:
            if not np.isnan(columns[name][i]):
                setattr(dp, name, columns[name][i])
    assert bytes(wire.encode_aggregate_points(ts, columns)) == expected.SerializeToString()
    subset = {"count": columns["count"], "max": columns["max"]}
    expected = pb.AggregateDatapoints()
    for i, t in enumerate(ts.tolist()):
        expected.datapoints.add(timestamp=t, count=subset["count"][i], max=subset["max"][i])
    assert bytes(wire.encode_aggregate_points(ts, subset)) == expected.SerializeToString()


def test_string_points_byte_exact() -> None:
    ts = np.array([0, 5, 1_704_067_200_000])
    values = ["", "hello", "ø" * 300]
    expected = pb.StringDatapoints()
    for t, v in zip(ts.tolist(), values, strict=True):
        expected.datapoints.add(timestamp=t, value=v)
    assert wire.encode_string_points(ts, values) == expected.SerializeToString()


def test_list_response_byte_exact() -> None:
    num = TimeSeriesRef(7, "num", False, True, unit="m", unit_external_id="length:m",
                        instance_id={"space": "sp", "externalId": "x"})  # fmt: skip
    txt = TimeSeriesRef(2**40, None, True, False)
    ts = 1_704_067_200_000 + np.arange(3)
    vals = np.array([1.0, 0.0, 2.5])
    agg = AggregatePage(ts[:2], {"average": np.array([1.0, 2.0]), "count": np.array([3.0, 4.0])})
    results = [
        ItemResult(num, ts, vals, next_cursor="abc"),
        ItemResult(txt, ts[:2], np.array(["a", "b"], dtype=object)),
        ItemResult(num, ts[:0], vals[:0]),
        ItemResult(num, agg.timestamps, agg=agg),
    ]
    expected = list_pb.DataPointListResponse()
    item = expected.items.add(id=7, externalId="num", isStep=True, unit="m", nextCursor="abc",
                              unitExternalId="length:m")  # fmt: skip
    item.instanceId.space, item.instanceId.externalId = "sp", "x"
    for t, v in zip(ts.tolist(), vals.tolist(), strict=True):
        item.numericDatapoints.datapoints.add(timestamp=t, value=v)
    item = expected.items.add(id=2**40, isString=True)
    item.stringDatapoints.datapoints.add(timestamp=int(ts[0]), value="a")
    item.stringDatapoints.datapoints.add(timestamp=int(ts[1]), value="b")
    item = expected.items.add(id=7, externalId="num", isStep=True, unit="m", unitExternalId="length:m")
    item.instanceId.space, item.instanceId.externalId = "sp", "x"
    item.numericDatapoints.SetInParent()  # an empty page still names its kind
    item = expected.items.add(id=7, externalId="num", isStep=True, unit="m", unitExternalId="length:m")
    item.instanceId.space, item.instanceId.externalId = "sp", "x"
    item.aggregateDatapoints.datapoints.add(timestamp=int(ts[0]), average=1.0, count=3.0)
    item.aggregateDatapoints.datapoints.add(timestamp=int(ts[1]), average=2.0, count=4.0)
    assert render.to_protobuf(results) == expected.SerializeToString()


@pytest.mark.parametrize("kind", ["fixed", "irregular"])
def test_decode_numeric_points_round_trip(kind: str) -> None:
    ts = 1_704_067_200_000 + np.arange(1000) * 1000
    values = RNG.normal(size=1000)
    if kind == "irregular":
        ts[::3] = np.arange(len(ts[::3]))  # small and zero timestamps: other varint widths
        ts.sort()
        values[::5] = 0.0
    got_ts, got_values, status = wire.decode_numeric_points(memoryview(upb_numeric(ts, values)))
    np.testing.assert_array_equal(got_ts, ts)
    np.testing.assert_array_equal(got_values, values)
    assert status is None


def test_decode_numeric_points_with_status() -> None:
    msg = pb.NumericDatapoints()
    msg.datapoints.add(timestamp=1, value=1.0)
    dp = msg.datapoints.add(timestamp=2, nullValue=True)
    dp.status.code = 0x80000000
    ts, values, status = wire.decode_numeric_points(memoryview(msg.SerializeToString()))
    assert ts.tolist() == [1, 2] and values[0] == 1.0 and np.isnan(values[1])
    assert status is not None and status.tolist() == [0, 0x80000000]


def test_iter_fields_rejects_truncated_input() -> None:
    with pytest.raises(wire.WireError):
        list(wire.iter_fields(b"\x0a\x05ab"))
    with pytest.raises(wire.WireError):
        list(wire.iter_fields(b"\x08\xff"))


@pytest.mark.parametrize("names", [["average"], ["count", "max", "min"], list(wire.AGGREGATE_FIELDS)])
def test_aggregate_points_fixed_layout_byte_exact(names: list[str]) -> None:
    # Every bucket has every aggregate (the common case): the fixed-stride path, incl. 2-byte tags and lengths.
    ts = 1_704_067_200_000 + np.arange(50) * 3_600_000
    columns = {name: RNG.normal(size=len(ts)) + 10 for name in names}
    expected = pb.AggregateDatapoints()
    for i, t in enumerate(ts.tolist()):
        dp = expected.datapoints.add(timestamp=t)
        for name in names:
            setattr(dp, name, columns[name][i])
    assert bytes(wire.encode_aggregate_points(ts, columns)) == expected.SerializeToString()


def test_decode_variable_records_without_upb() -> None:
    # Zero values (field omitted), varint widths from 1 to 8 bytes: the vectorised chain decoder, checked by value.
    ts = np.array([1, 127, 128, 2**35, 1_704_067_200_000, 4_102_444_799_999, 2**55], dtype=np.int64)
    values = np.array([0.0, 1.5, 0.0, -2.0, 0.0, 3.25, 7.0])
    payload = memoryview(upb_numeric(ts, values))
    assert wire._decode_numeric_fixed(payload) is None
    chain = wire._decode_numeric_chain(payload)
    assert chain is not None
    np.testing.assert_array_equal(chain[0], ts)
    np.testing.assert_array_equal(chain[1], values)
    # A zero timestamp (its field omitted) or a 10-byte (negative) one is not this layout: left to upb.
    for odd in (np.array([0, 1]), np.array([-5, 1])):
        payload = memoryview(upb_numeric(odd, np.array([1.0, 2.0])))
        assert wire._decode_numeric_chain(payload) is None
        assert wire.decode_numeric_points(payload)[0].tolist() == odd.tolist()


def test_decode_numeric_points_fuzz() -> None:
    lookalike = float(np.frombuffer(b"\x0a\x05\x08\x01\x02\x03\x04\x05", "<f8")[0])  # record-start bytes inside
    for seed in range(30):
        rng = np.random.default_rng(seed)
        n = int(rng.integers(1, 400))
        ts = np.sort(rng.choice([1, 2**20, 2**40, 2**55, 1_704_067_200_000], size=n) + rng.integers(0, 10**6, size=n))
        values = rng.normal(size=n)
        values[rng.random(n) < 0.3] = 0.0
        if seed % 3 == 0:
            values[rng.integers(0, n)] = lookalike
        got_ts, got_values, status = wire.decode_numeric_points(memoryview(upb_numeric(ts, values)))
        np.testing.assert_array_equal(got_ts, ts)
        np.testing.assert_array_equal(got_values, values)
        assert status is None


def _status_points(ts: np.ndarray, values: np.ndarray, codes: list[int]) -> bytes:
    msg = pb.NumericDatapoints()
    for t, v, c in zip(ts.tolist(), values.tolist(), codes, strict=True):
        msg.datapoints.add(timestamp=t, value=v, status=pb.Status(code=c))
    return msg.SerializeToString()


T6 = 1_704_067_200_000 + np.arange(300) * 1000  # 6-byte timestamp varints: one fixed record layout
PAYLOADS = {
    "same layout": [upb_numeric(T6 + i, RNG.normal(size=300)) for i in range(4)],
    "widths differ": [upb_numeric(T6, RNG.normal(size=300)), upb_numeric(np.arange(1, 120), RNG.normal(size=119))],
    "a zero value": [upb_numeric(T6, RNG.normal(size=300)), upb_numeric(T6[:3], np.array([1.0, 0.0, 2.0]))],
    "a status": [upb_numeric(T6, RNG.normal(size=300)), _status_points(T6[:2], np.ones(2), [0, 0x40000000])],
    "empty": [upb_numeric(T6, RNG.normal(size=300)), b""],
}


@pytest.mark.parametrize("case", list(PAYLOADS))
def test_decode_numeric_many_equals_one_by_one(case: str) -> None:
    payloads = [memoryview(p) for p in PAYLOADS[case]]
    got = wire.decode_numeric_many(payloads)
    want = [wire.decode_numeric_points(p) for p in payloads]
    assert len(got) == len(want)
    for (t, v, s), (wt, wv, ws) in zip(got, want, strict=True):
        np.testing.assert_array_equal(t, wt)
        np.testing.assert_array_equal(v, wv)
        assert (s is None) == (ws is None)
        if s is not None:
            np.testing.assert_array_equal(s, ws)
    if case == "same layout":  # and the joined pass really split the points back per payload
        assert [len(t) for t, _, _ in got] == [300] * 4
