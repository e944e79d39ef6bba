"""Decode a protobuf `DataPointListResponse` straight into numpy arrays, without a Python object per datapoint.

The response is a handful of items (one per requested series); each holds one large repeated field of
datapoint messages. The item headers are walked in Python (a few fields per item). The datapoints are
decoded by a vectorised fixed-stride decoder: the first point's byte layout is learned (field tags, varint
sizes, length prefix), every following point is checked byte for byte against that layout in one numpy
pass, and the matching run is extracted as strided columns. A point that breaks the layout (a timestamp
whose varint grows a byte, a zero value omitted by proto3, a status message) starts a new run, or is decoded
alone. When a block is irregular throughout, the general path (upb, the C protobuf runtime) decodes it.
Every run is verified before it is read, so the fast path returns exactly what upb would.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .aggregates import PROTO_DATAPOINT_FIELDS, PROTO_FIELDS

_U8 = np.dtype(np.uint8)
_F64 = struct.Struct("<d")
# Below this many irregular points per block the scalar decoder is cheaper than switching to upb.
_MAX_IRREGULAR = 64
# Runs are verified in growing windows so a layout change costs O(window), not O(rest of block).
_FIRST_WINDOW = 4096
# Each run has a fixed cost (~0.1 ms); when runs are short on average (e.g. a 0/1 series, where proto3 omits
# every zero value) upb is faster.
_MIN_AVG_RUN = 256


@dataclass(slots=True)
class DecodedItem:
    """One `DataPointListItem`: series identity, paging cursor, and its datapoints as arrays.

    `timestamp` is int64 milliseconds. `value` is float64 (numeric) or object (string); for aggregates
    `aggregates` maps camelCase names to float64 arrays. `status_code`/`null_value` are None when no
    point carried a status / null flag.
    """

    id: int = 0
    external_id: str | None = None
    instance_id: dict[str, str] | None = None
    is_string: bool = False
    is_step: bool = False
    unit: str | None = None
    unit_external_id: str | None = None
    next_cursor: str | None = None
    kind: str | None = None  # "numeric" | "string" | "aggregate" | None (no datapoint field present)
    timestamp: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    value: np.ndarray | None = None
    aggregates: dict[str, np.ndarray] = field(default_factory=dict)
    status_code: np.ndarray | None = None
    status_symbol: np.ndarray | None = None
    null_value: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.timestamp)


# ---------------------------------------------------------------------------------------------- scalars


def _varint(buf: bytes, pos: int) -> tuple[int, int]:
    b = buf[pos]
    if b < 0x80:
        return b, pos + 1
    result = b & 0x7F
    shift = 7
    pos += 1
    while True:
        b = buf[pos]
        result |= (b & 0x7F) << shift
        pos += 1
        if b < 0x80:
            return result, pos
        shift += 7


def _int64(v: int) -> int:
    return v - (1 << 64) if v >= 1 << 63 else v


def _skip(buf: bytes, pos: int, wire_type: int) -> int:
    if wire_type == 0:
        return _varint(buf, pos)[1]
    if wire_type == 1:
        return pos + 8
    if wire_type == 2:
        n, pos = _varint(buf, pos)
        return pos + n
    if wire_type == 5:
        return pos + 4
    raise ValueError(f"Unsupported protobuf wire type {wire_type}")


def _str(buf: bytes, pos: int) -> tuple[str, int]:
    n, pos = _varint(buf, pos)
    return buf[pos : pos + n].decode("utf-8"), pos + n


def _status(buf: bytes, pos: int, end: int) -> tuple[int, str | None]:
    code, symbol = 0, None
    while pos < end:
        tag, pos = _varint(buf, pos)
        if tag == 0x08:
            code, pos = _varint(buf, pos)
            code = _int64(code)
        elif tag == 0x12:
            symbol, pos = _str(buf, pos)
        else:
            pos = _skip(buf, pos, tag & 7)
    return code, symbol


def _numeric_point(buf: bytes, pos: int, end: int) -> tuple[int, float, int, str | None, bool]:
    """(timestamp, value, status code, status symbol, null) of one NumericDatapoint at buf[pos:end]."""
    ts, value, code, symbol, null = 0, 0.0, 0, None, False
    while pos < end:
        tag, pos = _varint(buf, pos)
        if tag == 0x08:
            ts, pos = _varint(buf, pos)
            ts = _int64(ts)
        elif tag == 0x11:
            value = _F64.unpack_from(buf, pos)[0]
            pos += 8
        elif tag == 0x1A:
            n, pos = _varint(buf, pos)
            code, symbol = _status(buf, pos, pos + n)
            pos += n
        elif tag == 0x20:
            v, pos = _varint(buf, pos)
            null = bool(v)
        else:
            pos = _skip(buf, pos, tag & 7)
    return ts, value, code, symbol, null


def _aggregate_point(buf: bytes, pos: int, end: int) -> tuple[int, dict[str, Any]]:
    ts, values = 0, {}
    while pos < end:
        tag, pos = _varint(buf, pos)
        fno, wt = tag >> 3, tag & 7
        if fno == 1 and wt == 0:
            ts, pos = _varint(buf, pos)
            ts = _int64(ts)
        elif fno in PROTO_FIELDS and wt == 1:
            values[PROTO_FIELDS[fno]] = _F64.unpack_from(buf, pos)[0]
            pos += 8
        elif fno in PROTO_DATAPOINT_FIELDS and wt == 2:
            n, pos = _varint(buf, pos)
            t, v, code, symbol, null = _numeric_point(buf, pos, pos + n)
            values[PROTO_DATAPOINT_FIELDS[fno]] = {"timestamp": t, "value": v}
            pos += n
        else:
            pos = _skip(buf, pos, wt)
    return ts, values


# ---------------------------------------------------------------------------------------------- layouts


@dataclass(slots=True)
class _Layout:
    """Byte layout of one datapoint message including its `0x0A <len>` prefix, learned from a sample."""

    stride: int
    const_off: np.ndarray  # offsets of bytes that must equal const_val (tags, length prefix)
    const_val: np.ndarray
    cont_off: np.ndarray  # offsets of varint bytes: continuation bit must equal cont_val
    cont_val: np.ndarray
    fields: list[tuple[int, int, int, int]]  # (field number, wire type, offset, size)
    words: np.dtype | None = None  # the checked bytes as masked little-endian u64 words (None: stride < 8)
    word_masks: list[tuple[int, int]] = field(default_factory=list)  # (mask, expected) per word

    def __post_init__(self) -> None:
        if self.stride < 8:
            return
        mask = bytearray(self.stride)
        want = bytearray(self.stride)
        for o, v in zip(self.const_off.tolist(), self.const_val.tolist(), strict=True):
            mask[o], want[o] = 0xFF, v
        for o, v in zip(self.cont_off.tolist(), self.cont_val.tolist(), strict=True):
            mask[o], want[o] = 0x80, v
        offsets = []
        for w in range(0, self.stride, 8):
            o = min(w, self.stride - 8)  # the last word overlaps the previous one rather than overrunning the row
            m = int.from_bytes(mask[o : o + 8], "little")
            if m:
                offsets.append(o)
                self.word_masks.append((m, int.from_bytes(want[o : o + 8], "little") & m))
        names = [f"w{i}" for i in range(len(offsets))]
        self.words = np.dtype(
            {"names": names, "formats": ["<u8"] * len(names), "offsets": offsets, "itemsize": self.stride}
        )


def _learn(buf: bytes, pos: int, end: int) -> _Layout | None:
    """The layout of the point at buf[pos], or None when it needs the scalar decoder (nested/LEN fields)."""
    if buf[pos] != 0x0A:
        return None
    n, body = _varint(buf, pos + 1)
    stop = body + n
    if stop > end:
        raise ValueError("Truncated protobuf datapoint")
    const = [(k - pos, buf[k]) for k in range(pos, body)]
    cont: list[tuple[int, int]] = []
    fields = []
    q = body
    while q < stop:
        tag, q2 = _varint(buf, q)
        const.extend((k - pos, buf[k]) for k in range(q, q2))
        fno, wt = tag >> 3, tag & 7
        if wt == 0:
            _, q3 = _varint(buf, q2)
            cont.extend((k - pos, 0x80 if k < q3 - 1 else 0) for k in range(q2, q3))
            fields.append((fno, 0, q2 - pos, q3 - q2))
            q = q3
        elif wt == 1:
            fields.append((fno, 1, q2 - pos, 8))
            q = q2 + 8
        else:
            return None
    if q != stop:
        return None
    co, cv = zip(*const, strict=True)
    ko, kv = zip(*cont, strict=True) if cont else ((), ())
    return _Layout(
        stride=stop - pos,
        const_off=np.array(co, np.intp),
        const_val=np.array(cv, _U8),
        cont_off=np.array(ko, np.intp),
        cont_val=np.array(kv, _U8),
        fields=fields,
    )


def _run_length(arr: np.ndarray, pos: int, end: int, lay: _Layout, window: int) -> int:
    """How many consecutive points from `pos` (at most `window`) match `lay` exactly (>= 1 for its sample)."""
    n = min((end - pos) // lay.stride, window)
    if lay.words is not None:  # a masked compare per 8-byte word: a few passes instead of one per byte
        rows = np.ndarray((n,), dtype=lay.words, buffer=arr.data, offset=pos)
        ok = None
        for i, (m, want) in enumerate(lay.word_masks):
            hit = (rows[f"w{i}"] & np.uint64(m)) == np.uint64(want)
            ok = hit if ok is None else ok & hit
        assert ok is not None
    else:
        grid = arr[pos : pos + n * lay.stride].reshape(n, lay.stride)
        ok = (grid[:, lay.const_off] == lay.const_val).all(axis=1)
        if lay.cont_off.size:
            ok &= ((grid[:, lay.cont_off] & 0x80) == lay.cont_val).all(axis=1)
    return n if ok.all() else int(np.argmin(ok))


def _column(arr: np.ndarray, pos: int, n: int, lay: _Layout, off: int, size: int, dtype: Any) -> np.ndarray:
    """Strided view of a fixed-offset column of `n` points (size bytes each, or one dtype element)."""
    sub = (_U8, (size,)) if dtype is None else dtype
    dt = np.dtype({"names": ["c"], "formats": [sub], "offsets": [off], "itemsize": lay.stride})
    return np.ndarray((n,), dtype=dt, buffer=arr.data, offset=pos)["c"]


_SWAR = [
    (np.uint64(0x007F007F007F007F), np.uint64(0x7F007F007F007F00), np.uint64(1)),  # 7-bit pairs -> 14 bits
    (np.uint64(0x00003FFF00003FFF), np.uint64(0x3FFF00003FFF0000), np.uint64(2)),  # -> 28 bits
    (np.uint64(0x000000000FFFFFFF), np.uint64(0x0FFFFFFF00000000), np.uint64(4)),  # -> 56 bits
]


def _varint_column(arr: np.ndarray, pos: int, n: int, lay: _Layout, off: int, size: int) -> np.ndarray:
    if size <= 8 and off + 8 <= lay.stride:
        # One little-endian word per point: drop continuation bits and trailing bytes, then pack the 7-bit groups
        # pairwise (SWAR): a dozen passes over contiguous uint64 instead of two per varint byte.
        x = _column(arr, pos, n, lay, off, 8, np.dtype("<u8")) & np.uint64(int.from_bytes(b"\x7f" * size, "little"))
        for lo, hi, shift in _SWAR:
            x = (x & lo) | ((x & hi) >> shift)
        return x.view(np.int64)
    b = _column(arr, pos, n, lay, off, size, None)
    acc = (b[:, size - 1] & 0x7F).astype(np.uint64)
    for j in range(size - 2, -1, -1):
        acc <<= np.uint64(7)
        acc |= b[:, j] & 0x7F
    return acc.view(np.int64)


# ---------------------------------------------------------------------------------------------- blocks


class _Runs:
    """Decoded runs of one repeated-datapoint block, joined once at the end."""

    def __init__(self) -> None:
        self.ts: list[np.ndarray] = []
        self.cols: list[dict[str, np.ndarray]] = []
        self.count = 0

    def add(self, ts: np.ndarray, cols: dict[str, np.ndarray]) -> None:
        self.ts.append(ts)
        self.cols.append(cols)
        self.count += len(ts)

    def join(self, names: list[str], dtypes: dict[str, Any]) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        if len(self.ts) == 1:
            ts, cols = self.ts[0], self.cols[0]
            return ts, {k: cols[k] if k in cols else np.zeros(len(ts), dtypes[k]) for k in names}
        ts = np.concatenate(self.ts) if self.ts else np.empty(0, np.int64)
        out = {}
        for k in names:
            parts = [c[k] if k in c else np.zeros(len(t), dtypes[k]) for t, c in zip(self.ts, self.cols, strict=True)]
            out[k] = np.concatenate(parts) if parts else np.empty(0, dtypes[k])
        return ts, out


def _decode_fixed_runs(
    buf: bytes, arr: np.ndarray, pos: int, end: int, field_names: dict[int, str], scalar: Any
) -> tuple[_Runs, int] | None:
    """Decode a block with the fixed-stride decoder; None when it is too irregular (caller uses upb)."""
    runs = _Runs()
    irregular = nruns = 0
    first = window = 1 << 62  # a regular block is verified and decoded in one run
    lay: _Layout | None = None
    while pos < end:
        if lay is None or window == 0:
            lay = _learn(buf, pos, end)
            window = first
        n = _run_length(arr, pos, end, lay, window) if lay is not None else 0
        if n == 0:
            # This point does not fit any fixed layout: decode it alone, then learn again.
            irregular += 1
            if irregular > _MAX_IRREGULAR and irregular * 64 > runs.count:
                return None
            if buf[pos] != 0x0A:
                return None
            ln, body = _varint(buf, pos + 1)
            runs.add(*scalar(buf, body, body + ln))
            pos = body + ln
            lay = None
            continue
        assert lay is not None
        ts = np.zeros(n, np.int64)
        cols: dict[str, np.ndarray] = {}
        for fno, wt, off, size in lay.fields:
            if fno == 1 and wt == 0:
                ts = _varint_column(arr, pos, n, lay, off, size)
            elif wt == 1 and fno in field_names:
                cols[field_names[fno]] = _column(arr, pos, n, lay, off, 8, np.dtype("<f8")).copy()
            elif wt == 0 and fno in field_names:
                cols[field_names[fno]] = _varint_column(arr, pos, n, lay, off, size)
        runs.add(ts, cols)
        pos += n * lay.stride
        nruns += 1
        if nruns > 16 and runs.count < nruns * _MIN_AVG_RUN:
            return None
        if n < (end - pos + n * lay.stride) // lay.stride and n < window:
            first = _FIRST_WINDOW  # the layout changed here: relearn, and verify in growing windows from now on
            window = 0
        else:
            window *= 2
    return runs, irregular


def _scalar_numeric(buf: bytes, pos: int, end: int) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    ts, value, code, symbol, null = _numeric_point(buf, pos, end)
    cols = {"value": np.array([value]), "statusCode": np.array([code], np.int64), "nullValue": np.array([int(null)])}
    if symbol is not None:
        cols["statusSymbol"] = np.array([symbol], object)
    return np.array([ts], np.int64), cols


def _scalar_aggregate(buf: bytes, pos: int, end: int) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    ts, values = _aggregate_point(buf, pos, end)
    cols = {k: np.array([v], object if isinstance(v, dict) else np.float64) for k, v in values.items()}
    return np.array([ts], np.int64), cols


_NUMERIC_FIELDS = {2: "value", 4: "nullValue"}


def _status_arrays(
    item: DecodedItem, codes: np.ndarray | None, nulls: np.ndarray | None, symbols: np.ndarray | None
) -> None:
    if codes is not None and codes.any():
        item.status_code = codes.astype(np.uint32)
    if symbols is not None:
        item.status_symbol = symbols
    if nulls is not None and nulls.any():
        item.null_value = nulls.astype(bool)
        assert item.value is not None
        item.value[item.null_value] = np.nan


def _decode_numeric(buf: bytes, arr: np.ndarray, pos: int, end: int, item: DecodedItem) -> None:
    got = _decode_fixed_runs(buf, arr, pos, end, _NUMERIC_FIELDS, _scalar_numeric)
    if got is None:
        return _decode_numeric_upb(buf[pos:end], item)
    runs, irregular = got
    dtypes = {"value": np.float64, "nullValue": np.int64, "statusCode": np.int64}
    names = ["value"] + (["statusCode"] if irregular else [])
    if irregular or any("nullValue" in c for c in runs.cols):
        names.append("nullValue")
    ts, cols = runs.join(names, dtypes)
    item.timestamp, item.value = ts, cols["value"]
    symbols = None
    if irregular and any("statusSymbol" in c for c in runs.cols):
        symbols = np.concatenate(
            [c.get("statusSymbol", np.full(len(t), None, object)) for t, c in zip(runs.ts, runs.cols, strict=True)]
        )
    _status_arrays(item, cols.get("statusCode"), cols.get("nullValue"), symbols)


def _decode_numeric_upb(block: bytes, item: DecodedItem) -> None:
    from cdf_api.protobuf.data_points_pb2 import NumericDatapoints

    pts = NumericDatapoints.FromString(block).datapoints
    n = len(pts)
    item.timestamp = np.fromiter((p.timestamp for p in pts), np.int64, n)
    item.value = np.fromiter((p.value for p in pts), np.float64, n)
    has_status = [p.HasField("status") for p in pts]
    codes = np.fromiter((p.status.code if h else 0 for p, h in zip(pts, has_status, strict=True)), np.int64, n)
    symbols = None
    if any(has_status) and any(p.status.symbol for p in pts):
        symbols = np.array([p.status.symbol if h else None for p, h in zip(pts, has_status, strict=True)], object)
    nulls = np.fromiter((p.nullValue for p in pts), bool, n)
    _status_arrays(item, codes, nulls, symbols)


def _decode_string(block: bytes, item: DecodedItem) -> None:
    from cdf_api.protobuf.data_points_pb2 import StringDatapoints

    pts = StringDatapoints.FromString(block).datapoints
    n = len(pts)
    item.timestamp = np.fromiter((p.timestamp for p in pts), np.int64, n)
    nulls = np.fromiter((p.nullValue for p in pts), bool, n)
    item.value = np.array([None if null else p.value for p, null in zip(pts, nulls, strict=True)], dtype=object)
    codes = np.fromiter((p.status.code for p in pts), np.int64, n)
    if codes.any():
        item.status_code = codes.astype(np.uint32)
        item.status_symbol = np.array([p.status.symbol or None for p in pts], object)
    if nulls.any():
        item.null_value = nulls


def _decode_aggregate(buf: bytes, arr: np.ndarray, pos: int, end: int, item: DecodedItem) -> None:
    names_by_field = dict(PROTO_FIELDS)
    got = _decode_fixed_runs(buf, arr, pos, end, names_by_field, _scalar_aggregate)
    if got is None:
        return _decode_aggregate_general(buf, pos, end, item)
    runs, _ = got
    seen = sorted({k for c in runs.cols for k in c}, key=_AGG_ORDER.__getitem__)
    dtypes = {k: (object if k in PROTO_DATAPOINT_FIELDS.values() else np.float64) for k in seen}
    item.timestamp, item.aggregates = runs.join(seen, dtypes)


_AGG_ORDER = {name: i for i, name in enumerate([*PROTO_FIELDS.values(), *PROTO_DATAPOINT_FIELDS.values()])}


def _decode_aggregate_general(buf: bytes, pos: int, end: int, item: DecodedItem) -> None:
    rows = []
    while pos < end:
        tag, pos = _varint(buf, pos)
        if tag != 0x0A:
            pos = _skip(buf, pos, tag & 7)
            continue
        n, pos = _varint(buf, pos)
        rows.append(_aggregate_point(buf, pos, pos + n))
        pos += n
    item.timestamp = np.array([r[0] for r in rows], np.int64)
    seen = sorted({k for r in rows for k in r[1]}, key=_AGG_ORDER.__getitem__)
    for k in seen:
        if k in PROTO_DATAPOINT_FIELDS.values():
            item.aggregates[k] = np.array([r[1].get(k) for r in rows], object)
        else:
            item.aggregates[k] = np.array([r[1].get(k, 0.0) for r in rows], np.float64)


# ---------------------------------------------------------------------------------------------- items


def _decode_item(buf: bytes, arr: np.ndarray, pos: int, end: int) -> DecodedItem:
    item = DecodedItem()
    blocks: list[tuple[int, int, int]] = []
    while pos < end:
        tag, pos = _varint(buf, pos)
        fno, wt = tag >> 3, tag & 7
        if wt == 0:
            v, pos = _varint(buf, pos)
            if fno == 1:
                item.id = _int64(v)
            elif fno == 6:
                item.is_string = bool(v)
            elif fno == 7:
                item.is_step = bool(v)
        elif wt == 2:
            n, body = _varint(buf, pos)
            pos = body + n
            if fno in (3, 4, 5):
                blocks.append((fno, body, pos))
            elif fno == 11:
                item.instance_id = _instance_id(buf, body, pos)
            elif fno in (2, 8, 9, 10):
                text = buf[body:pos].decode("utf-8")
                if fno == 2:
                    item.external_id = text
                elif fno == 8:
                    item.unit = text
                elif fno == 9:
                    item.next_cursor = text or None
                else:
                    item.unit_external_id = text
        else:
            pos = _skip(buf, pos, wt)
    if len(blocks) > 1:  # protobuf merges repeated submessages: decode them as one block
        fno = blocks[-1][0]
        joined = b"".join(buf[s:e] for f, s, e in blocks if f == fno)
        buf, arr, blocks = joined, np.frombuffer(joined, _U8), [(fno, 0, len(joined))]
    if blocks:
        fno, body, stop = blocks[0]
        item.kind = {3: "numeric", 4: "string", 5: "aggregate"}[fno]
        if fno == 3:
            _decode_numeric(buf, arr, body, stop, item)
        elif fno == 4:
            _decode_string(buf[body:stop], item)
        else:
            _decode_aggregate(buf, arr, body, stop, item)
    if (item.kind is None or item.kind == "numeric") and item.value is None:
        item.value = np.empty(0, np.float64)
    return item


def _instance_id(buf: bytes, pos: int, end: int) -> dict[str, str]:
    out = {}
    while pos < end:
        tag, pos = _varint(buf, pos)
        if tag in (0x0A, 0x12):
            text, pos = _str(buf, pos)
            out["space" if tag == 0x0A else "externalId"] = text
        else:
            pos = _skip(buf, pos, tag & 7)
    return out


def decode_list_response(data: bytes) -> list[DecodedItem]:
    """Decode a `DataPointListResponse` body into one `DecodedItem` per item, in response order.

    >>> from cdf_api.protobuf.data_point_list_response_pb2 import DataPointListResponse
    >>> msg = DataPointListResponse()
    >>> item = msg.items.add(id=1)
    >>> _ = item.numericDatapoints.datapoints.add(timestamp=1000, value=2.5)
    >>> decode_list_response(msg.SerializeToString())[0].value
    array([2.5])
    """
    buf = bytes(data)
    arr = np.frombuffer(buf, _U8)
    items = []
    pos, end = 0, len(buf)
    while pos < end:
        tag, pos = _varint(buf, pos)
        if tag == 0x0A:
            n, pos = _varint(buf, pos)
            items.append(_decode_item(buf, arr, pos, pos + n))
            pos += n
        else:
            pos = _skip(buf, pos, tag & 7)
    return items
