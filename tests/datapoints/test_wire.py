"""The vectorised protobuf decoder and encoder agree with upb (the C protobuf runtime) on every layout."""

from __future__ import annotations

import numpy as np
import pytest
from cdf_api.protobuf.data_point_insertion_request_pb2 import DataPointInsertionRequest
from cdf_api.protobuf.data_point_list_response_pb2 import DataPointListResponse

from cognite.client._datapoints.buffer import ColumnBuffer
from cognite.client._datapoints.wire_decode import decode_list_response
from cognite.client._datapoints.wire_encode import SeriesPart, encode_insert_request


def _numeric_response(ts: np.ndarray, values: np.ndarray, status: dict[int, int] | None = None) -> bytes:
    msg = DataPointListResponse()
    item = msg.items.add(id=42, externalId="x", nextCursor="c1", unit="m")
    for i, (t, v) in enumerate(zip(ts.tolist(), values.tolist(), strict=True)):
        dp = item.numericDatapoints.datapoints.add(timestamp=t, value=v)
        if status and i in status:
            dp.status.code = status[i]
    return msg.SerializeToString()


@pytest.mark.parametrize(
    "case",
    ["regular", "zeros", "all_zero_one", "varint_growth", "negative", "status", "tiny"],
)
def test_numeric_decoder_matches_upb(case: str) -> None:
    rng = np.random.default_rng(7)
    n = 20_000
    ts = 1_700_000_000_000 + np.arange(n, dtype=np.int64) * 1000
    values = rng.normal(size=n)
    status = None
    if case == "zeros":
        values[rng.integers(0, n, 300)] = 0.0  # proto3 omits zero values: a different layout per such point
    elif case == "all_zero_one":
        values = (np.arange(n) % 2).astype(float)  # alternating layouts: the decoder hands over to upb
    elif case == "varint_growth":
        ts = np.arange(n, dtype=np.int64) * 997  # timestamps cross several varint sizes
    elif case == "negative":
        ts = -2_000_000_000_000 + np.arange(n, dtype=np.int64) * 1000  # 10-byte varints
    elif case == "status":
        status = {int(i): 0x80000000 for i in rng.integers(0, n, 50)}
    elif case == "tiny":
        ts, values = np.array([0, 1, 127, 128]), np.array([0.0, 1.0, -0.0, 2.0])
    body = _numeric_response(ts, values, status)
    (item,) = decode_list_response(body)
    ref = DataPointListResponse.FromString(body).items[0].numericDatapoints.datapoints
    assert (item.id, item.external_id, item.next_cursor, item.unit) == (42, "x", "c1", "m")
    assert np.array_equal(item.timestamp, [p.timestamp for p in ref])
    assert np.array_equal(item.value, [p.value for p in ref])
    if status:
        assert item.status_code is not None
        assert {i: int(c) for i, c in enumerate(item.status_code) if c} == status
    else:
        assert item.status_code is None


def test_aggregates_strings_and_several_items() -> None:
    msg = DataPointListResponse()
    agg = msg.items.add(id=1)
    for i in range(3000):
        agg.aggregateDatapoints.datapoints.add(timestamp=i * 60_000, average=i / 7, count=float(i % 5), max=float(i))
    s = msg.items.add(id=2, externalId="s", isString=True)
    s.stringDatapoints.datapoints.add(timestamp=5, value="ø")
    msg.items.add(id=3, externalId="empty")
    a, b, c = decode_list_response(msg.SerializeToString())
    assert a.kind == "aggregate" and set(a.aggregates) == {"average", "count", "max"}
    assert np.array_equal(a.aggregates["average"], np.arange(3000) / 7)
    assert np.array_equal(a.aggregates["count"], np.arange(3000) % 5)  # zeros omitted on the wire, back as 0
    assert b.is_string and b.value.tolist() == ["ø"] and b.timestamp.tolist() == [5]
    assert c.kind is None and len(c) == 0


@pytest.mark.parametrize("ts0", [1_700_000_000_000, -2_208_988_800_000, 0])
def test_encoder_roundtrip(ts0: int) -> None:
    ts = ts0 + np.arange(5000, dtype=np.int64) * 37
    values = np.random.default_rng(3).normal(size=5000)
    values[::10] = 0.0
    parts = [
        SeriesPart({"id": 7}, ts, values),
        SeriesPart({"externalId": "x"}, ts[:3], np.array(["a", "", "ü"], dtype=object), is_string=True),
        SeriesPart(
            {"instanceId": {"space": "sp", "externalId": "n"}},
            ts[:2],
            np.array([1.0, np.nan]),
            status_code=np.array([0, 0x80000000], np.uint32),
            null_value=np.array([False, True]),
        ),
    ]
    req = DataPointInsertionRequest.FromString(encode_insert_request(parts))
    first, second, third = req.items
    got = sorted((p.timestamp, p.value) for p in first.numericDatapoints.datapoints)
    assert first.id == 7 and got == sorted(zip(ts.tolist(), values.tolist(), strict=True))
    assert second.externalId == "x" and [p.value for p in second.stringDatapoints.datapoints] == ["a", "", "ü"]
    assert (third.instanceId.space, third.instanceId.externalId) == ("sp", "n")
    bad = third.numericDatapoints.datapoints[1]
    assert bad.nullValue and bad.status.code == 0x80000000


@pytest.mark.parametrize("mixed_sizes", [False, True])
def test_many_series_in_one_request_keep_their_own_points(mixed_sizes: bool) -> None:
    """Plain numeric series are encoded together in one pass; each item must still hold exactly its points,
    also next to status / string / empty parts and when timestamp varint sizes differ (the per-series path)."""
    rng = np.random.default_rng(11)
    parts = []
    for k in range(40):
        n = int(rng.integers(1, 300))
        ts0 = 1 if mixed_sizes and k % 3 == 0 else 1_700_000_000_000
        ts = ts0 + np.sort(rng.choice(10**6, n, replace=False)).astype(np.int64)
        parts.append(SeriesPart({"externalId": f"s{k}"}, ts, rng.normal(size=n)))
    parts.insert(5, SeriesPart({"id": 1}, np.empty(0, np.int64), np.empty(0)))
    parts.insert(9, SeriesPart({"id": 2}, np.array([3]), np.array([1.0]), status_code=np.array([0x40000000])))
    parts.insert(20, SeriesPart({"id": 3}, np.array([4]), np.array(["s"], dtype=object), is_string=True))
    req = DataPointInsertionRequest.FromString(encode_insert_request(parts))
    assert len(req.items) == len(parts)
    for part, item in zip(parts, req.items, strict=True):
        dps = item.stringDatapoints.datapoints if part.is_string else item.numericDatapoints.datapoints
        assert [p.timestamp for p in dps] == part.timestamp.tolist()
        assert [p.value for p in dps] == part.value.tolist()


def test_column_buffer_grows_without_losing_data() -> None:
    buf = ColumnBuffer(capacity=3)
    expected = []
    for k in range(50):
        ts = np.arange(k * 100, k * 100 + 100, dtype=np.int64)
        buf.append(ts, ts * 0.5)
        expected.append(ts)
    ts_ns, values = buf.arrays()
    allts = np.concatenate(expected)
    assert np.array_equal(ts_ns, allts * 1_000_000) and np.array_equal(values, allts * 0.5)
    assert buf.last_ms() == allts[-1]


def test_column_buffer_moves_into_another_exactly() -> None:
    """Joining windows: every point arrives in order, across whole and partial slices; the source is released."""
    sink, src = ColumnBuffer(capacity=10), ColumnBuffer(capacity=10)
    first = np.arange(5, dtype=np.int64)
    sink.append(first, first * 2.0)
    rest = np.arange(5, 5 + 1_300_000, dtype=np.int64)  # two whole slices and a partial one
    src.append(rest, rest * 2.0)
    src.move_into(sink)
    ts_ns, values = sink.arrays()
    allts = np.concatenate([first, rest])
    assert np.array_equal(ts_ns, allts * 1_000_000) and np.array_equal(values, allts * 2.0)
    with pytest.raises(ValueError):
        src.arrays()  # closed


def test_json_replies_are_understood_too() -> None:
    """A server that ignores `accept: application/protobuf` answers JSON: the fetcher reads it the same way."""
    from cognite.client._datapoints.fetch import _from_json

    raw, agg, text = _from_json(
        {
            "items": [
                {
                    "id": 1,
                    "externalId": "a",
                    "isString": False,
                    "nextCursor": "c",
                    "datapoints": [
                        {"timestamp": 5, "value": 1.5},
                        {"timestamp": 6, "value": 2.5, "status": {"code": 1073741824}},
                    ],
                },
                {"id": 2, "isString": False, "datapoints": [{"timestamp": 0, "average": 0.5, "count": 2}]},
                {"id": 3, "isString": True, "datapoints": [{"timestamp": 1, "value": "on"}]},
            ]
        }
    )
    assert raw.kind == "numeric" and raw.value.tolist() == [1.5, 2.5] and raw.next_cursor == "c"
    assert raw.status_code.tolist() == [0, 1073741824]
    assert agg.kind == "aggregate" and agg.aggregates["count"].tolist() == [2.0]
    assert text.kind == "string" and text.value.tolist() == ["on"]
