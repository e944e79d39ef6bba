"""Vectorised protobuf for datapoints: encode list replies and decode insertion bodies with numpy byte operations.

The encoders are byte-exact with upb's serialisation of the messages in `data_points.proto` /
`data_point_list_response.proto` (fields in number order, proto3 zero values omitted), which the tests verify.
Wire layout of one NumericDatapoint inside NumericDatapoints (field 1, length-delimited):
    0x0A <len> [0x08 <varint timestamp>] [0x11 <8 bytes little-endian double>]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

_U64 = np.uint64
# Encoders hand out memoryviews over numpy buffers: the reply is joined once, without an extra copy per part.
Buffer = bytes | memoryview


# ---------------------------------------------------------------------------------------------------- scalar helpers
def varint(value: int) -> bytes:
    """Protobuf varint of a (possibly negative, int64) integer."""
    value &= 0xFFFFFFFFFFFFFFFF
    out = bytearray()
    while value > 0x7F:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def field_bytes(field: int, payload: bytes) -> bytes:
    """A length-delimited field: tag, length, payload."""
    return varint(field << 3 | 2) + varint(len(payload)) + payload


def field_varint(field: int, value: int) -> bytes:
    """A varint field, omitted when zero (proto3 implicit presence)."""
    return varint(field << 3) + varint(value) if value else b""


def field_str(field: int, value: str | None) -> bytes:
    return field_bytes(field, value.encode()) if value else b""


# ---------------------------------------------------------------------------------------------------- vector helpers
def varint_lengths(u: np.ndarray) -> np.ndarray:
    """Bytes needed by each uint64 as a varint (1..10)."""
    n = np.ones(len(u), dtype=np.int64)
    for k in range(1, 10):
        n += u >= _U64(1 << (7 * k))
    return n


def _varint_columns(u: np.ndarray, lengths: np.ndarray, width: int) -> np.ndarray:
    """(len(u), width) uint8 matrix: varint byte j of each value in column j (garbage past its length)."""
    cols = np.empty((len(u), width), dtype=np.uint8)
    for j in range(width):
        byte = ((u >> _U64(7 * j)) & _U64(0x7F)).astype(np.uint8)
        cols[:, j] = byte | ((lengths > j + 1).astype(np.uint8) << 7)
    return cols


def _double_bytes(values: np.ndarray) -> np.ndarray:
    v = np.ascontiguousarray(values, dtype="<f8")
    return v.view(np.uint8).reshape(len(v), 8)


def _timestamps_u64(ts: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(ts, dtype=np.int64).view(_U64)


# ---------------------------------------------------------------------------------------------------- encoders
@dataclass(frozen=True)
class EncodedRows:
    """Encoded NumericDatapoint records; record i spans offset(i)..offset(i+1) of `data`."""

    data: Buffer
    stride: int  # bytes per record when every record has the same layout, else 0
    offsets: np.ndarray | None = None  # n + 1 record boundaries when the layout varies

    def offset(self, i: int) -> int:
        return i * self.stride if self.offsets is None else int(self.offsets[i])


def encode_numeric_points(ts: np.ndarray, values: np.ndarray) -> Buffer:
    """The body of a NumericDatapoints message (repeated field 1) for these points."""
    return encode_numeric_rows(ts, values).data


def encode_numeric_rows(ts: np.ndarray, values: np.ndarray) -> EncodedRows:
    n = len(ts)
    if n == 0:
        return EncodedRows(b"", 0, np.zeros(1, np.int64))
    u = _timestamps_u64(ts)
    vbits = np.ascontiguousarray(values, dtype="<f8").view(_U64)
    lo, hi = int(u.min()), int(u.max())
    k = len(varint(hi))
    if lo > 0 and len(varint(lo)) == k <= 6 and bool(vbits.all()):
        return EncodedRows(_encode_numeric_fixed(u, values, k), 12 + k)
    tlen = varint_lengths(u)
    return _encode_numeric_general(u, values, tlen, vbits != 0)


def _encode_numeric_fixed(u: np.ndarray, values: np.ndarray, k: int) -> Buffer:
    # Every point has the same layout, so the page is a (n, stride) byte matrix written through three strided
    # views: the 2 header bytes, one 8-byte word [08 varint(k bytes) 11 ...] at offset 2, and the double at the end
    # (written last, so it overwrites the word's spare bytes when k < 6).
    n = len(u)
    stride = 12 + k
    mat = np.empty(n * stride, dtype=np.uint8)
    _strided(mat, "<u2", 0, stride, n)[...] = 0x0A | (stride - 2) << 8
    word = _spread_7bit(u)
    np.bitwise_or(word, _VARINT_CONT[k] | _U64(0x11 << (8 * k)), out=word)
    np.left_shift(word, _U64(8), out=word)
    np.bitwise_or(word, _U64(0x08), out=word)
    _strided(mat, "<u8", 2, stride, n)[...] = word
    _strided(mat, "<f8", 4 + k, stride, n)[...] = values
    return mat.data


# Continuation bits of a k-byte varint packed in a little-endian word (set on every byte but the last).
_VARINT_CONT = {k: _U64(sum(0x80 << (8 * j) for j in range(k - 1))) for k in range(1, 7)}


def _strided(buf: np.ndarray, dtype: str, offset: int, stride: int, n: int) -> np.ndarray:
    return np.ndarray(shape=(n,), dtype=dtype, buffer=buf, offset=offset, strides=(stride,))


def _spread_7bit(u: np.ndarray) -> np.ndarray:
    """Each 7-bit group of the low 48 bits moved into its own byte (a vectorised "pdep" in three steps).
    In place on two arrays: fresh temporaries cost more in page faults than the arithmetic."""
    x = np.bitwise_and(u, _U64(0xFFFFFFFFFFFF))
    t = np.empty_like(x)
    for keep, move, shift in _SPREAD_STEPS:
        np.bitwise_and(x, move, out=t)
        np.left_shift(t, shift, out=t)
        np.bitwise_and(x, keep, out=x)
        np.bitwise_or(x, t, out=x)
    return x


_SPREAD_STEPS = [
    (_U64(0x000000000FFFFFFF), _U64(0x00FFFFFFF0000000), _U64(4)),
    (_U64(0x00003FFF00003FFF), _U64(0x0FFFC0000FFFC000), _U64(2)),
    (_U64(0x007F007F007F007F), _U64(0x3F803F803F803F80), _U64(1)),
]


def _encode_numeric_general(u: np.ndarray, values: np.ndarray, tlen: np.ndarray, vpresent: np.ndarray) -> EncodedRows:
    # Full-width rows [0A len 08 v0..v9 11 d0..d7] and a mask of the bytes each point really has; the masked
    # row-major flatten is the wire format.
    n = len(u)
    tpresent = u != 0
    tlen = np.where(tpresent, tlen, 0)
    mat = np.empty((n, 22), dtype=np.uint8)
    mask = np.zeros((n, 22), dtype=bool)
    inner = np.where(tpresent, 1 + tlen, 0) + np.where(vpresent, 9, 0)
    mat[:, 0] = 0x0A
    mat[:, 1] = inner
    mask[:, :2] = True
    mat[:, 2] = 0x08
    mask[:, 2] = tpresent
    mat[:, 3:13] = _varint_columns(u, tlen, 10)
    mask[:, 3:13] = np.arange(10) < tlen[:, None]
    mat[:, 13] = 0x11
    mat[:, 14:22] = _double_bytes(values)
    mask[:, 13:22] = vpresent[:, None]
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(inner + 2, out=offsets[1:])
    return EncodedRows(mat[mask].data, 0, offsets)


# AggregateDatapoint field numbers (data_points.proto); all doubles except the timestamp.
AGGREGATE_FIELDS = {
    "average": 2, "max": 3, "min": 4, "count": 5, "sum": 6, "interpolation": 7, "stepInterpolation": 8,
    "continuousVariance": 9, "discreteVariance": 10, "totalVariation": 11, "countGood": 12,
    "countUncertain": 13, "countBad": 14, "durationGood": 15, "durationUncertain": 16, "durationBad": 17,
}  # fmt: skip


def aggregate_rows(ts: np.ndarray, columns: dict[str, np.ndarray]) -> tuple[Buffer, int] | None:
    """(bytes, record size) of the AggregateDatapoints body when every bucket has the same record layout (every
    aggregate defined and non-zero, same timestamp varint size), else None. Bucket i is bytes[i*size:(i+1)*size],
    so a page of consecutive buckets is one slice (cached rollups are encoded once this way)."""
    if len(ts) == 0:
        return None
    names = sorted(columns, key=AGGREGATE_FIELDS.__getitem__)
    tags = [varint(AGGREGATE_FIELDS[name] << 3 | 1) for name in names]  # fields >= 16 need a 2-byte tag
    u = _timestamps_u64(ts)
    cols = [np.ascontiguousarray(columns[name], dtype=np.float64) for name in names]
    lo, hi = int(u.min()), int(u.max())
    k = len(varint(hi))
    if lo > 0 and len(varint(lo)) == k <= 6 and all(bool(c.view(_U64).all()) and not np.isnan(c).any() for c in cols):
        data = _encode_aggregates_fixed(u, k, tags, cols)
        return data, len(data) // len(ts)
    return None


def encode_aggregate_points(ts: np.ndarray, columns: dict[str, np.ndarray]) -> Buffer:
    """The body of an AggregateDatapoints message. NaN in a column means "not defined here" and is left out."""
    n = len(ts)
    if n == 0:
        return b""
    fixed = aggregate_rows(ts, columns)
    if fixed is not None:
        return fixed[0]
    names = sorted(columns, key=AGGREGATE_FIELDS.__getitem__)
    tags = [varint(AGGREGATE_FIELDS[name] << 3 | 1) for name in names]  # fields >= 16 need a 2-byte tag
    u = _timestamps_u64(ts)
    tpresent = u != 0
    tlen = np.where(tpresent, varint_lengths(u), 0)
    present = []
    inner = np.where(tpresent, 1 + tlen, 0)
    for name, tag in zip(names, tags, strict=True):
        col = np.asarray(columns[name], dtype=np.float64)
        p = (np.ascontiguousarray(col).view(_U64) != 0) & ~np.isnan(col)
        present.append(p)
        inner = inner + np.where(p, len(tag) + 8, 0)
    # Row: 0A, length (1-2 bytes), 08, varint (10), then per aggregate: tag + 8 bytes.
    width = 3 + 1 + 10 + sum(len(tag) + 8 for tag in tags)
    mat = np.empty((n, width), dtype=np.uint8)
    mask = np.zeros((n, width), dtype=bool)
    mat[:, 0] = 0x0A
    mask[:, 0] = True
    ilen = varint_lengths(inner.astype(_U64))
    mat[:, 1:3] = _varint_columns(inner.astype(_U64), ilen, 2)
    mask[:, 1] = True
    mask[:, 2] = ilen > 1
    mat[:, 3] = 0x08
    mask[:, 3] = tpresent
    mat[:, 4:14] = _varint_columns(u, tlen, 10)
    mask[:, 4:14] = np.arange(10) < tlen[:, None]
    c = 14
    for name, tag, p in zip(names, tags, present, strict=True):
        mat[:, c : c + len(tag)] = np.frombuffer(tag, dtype=np.uint8)
        c += len(tag)
        mat[:, c : c + 8] = _double_bytes(np.nan_to_num(np.asarray(columns[name], dtype=np.float64)))
        mask[:, c - len(tag) : c + 8] = p[:, None]
        c += 8
    return mat[mask].data


def _encode_aggregates_fixed(u: np.ndarray, k: int, tags: list[bytes], cols: list[np.ndarray]) -> Buffer:
    # Every bucket has every aggregate: fixed-stride rows written through strided views, like the numeric pages.
    n = len(u)
    inner = 1 + k + sum(len(tag) + 8 for tag in tags)
    head = b"\x0a" + varint(inner) + b"\x08"
    stride = len(head) - 1 + inner
    mat = np.empty(n * stride, dtype=np.uint8)
    rows = mat.reshape(n, stride)
    rows[:, : len(head)] = np.frombuffer(head, dtype=np.uint8)
    word = _spread_7bit(u)
    np.bitwise_or(word, _VARINT_CONT[k], out=word)
    pos = len(head)
    for j in range(k):  # the varint bytes (a word write would spill into the next field)
        rows[:, pos + j] = (word >> _U64(8 * j)).astype(np.uint8)
    pos += k
    for tag, col in zip(tags, cols, strict=True):
        rows[:, pos : pos + len(tag)] = np.frombuffer(tag, dtype=np.uint8)
        pos += len(tag)
        _strided(mat, "<f8", pos, stride, n)[...] = col
        pos += 8
    return mat.data


def encode_string_points(ts: np.ndarray, values: Sequence[str] | np.ndarray) -> bytes:
    """The body of a StringDatapoints message (strings are Python objects anyway, so a plain loop)."""
    parts = []
    for t, v in zip(ts.tolist(), values, strict=True):
        inner = field_varint(1, t) + field_str(2, v)
        parts.append(b"\x0a" + varint(len(inner)) + inner)
    return b"".join(parts)


def encode_status_points(ts: np.ndarray, values: np.ndarray, status: np.ndarray, is_string: bool) -> bytes:
    """Points that carry status codes (rare): via the upb messages, which handle every optional field."""
    from cdf_api.protobuf import data_points_pb2 as pb

    from cognite.emulator.datapoints.store import STATUS_SYMBOL

    msg = pb.StringDatapoints() if is_string else pb.NumericDatapoints()
    for t, v, s in zip(ts.tolist(), list(values), status.tolist(), strict=True):
        dp = msg.datapoints.add()
        dp.timestamp = t
        if v is None or (not is_string and v != v and s & 0x80000000):
            dp.nullValue = True
        else:
            dp.value = v
        if s:
            dp.status.code = s
            dp.status.symbol = STATUS_SYMBOL.get(s, "")
    return msg.SerializeToString()


# ---------------------------------------------------------------------------------------------------- decoding
class WireError(ValueError):
    """The bytes are not a valid protobuf message of the expected shape."""


def _read_varint(buf: bytes | memoryview, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        if pos >= len(buf):
            raise WireError("truncated varint")
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7
        if shift >= 70:
            raise WireError("varint too long")


def iter_fields(buf: bytes | memoryview) -> Iterator[tuple[int, int | memoryview]]:
    """(field number, value) of each field: ints for varint/fixed, memoryviews for length-delimited."""
    mv = memoryview(buf)
    pos, end = 0, len(mv)
    while pos < end:
        key, pos = _read_varint(mv, pos)
        field, wtype = key >> 3, key & 7
        if wtype == 0:
            value, pos = _read_varint(mv, pos)
            yield field, value
        elif wtype == 2:
            size, pos = _read_varint(mv, pos)
            if pos + size > end:
                raise WireError("truncated field")
            yield field, mv[pos : pos + size]
            pos += size
        elif wtype == 1:
            pos += 8
            yield field, int.from_bytes(mv[pos - 8 : pos], "little")
        elif wtype == 5:
            pos += 4
            yield field, int.from_bytes(mv[pos - 4 : pos], "little")
        else:
            raise WireError(f"unsupported wire type {wtype}")
        if pos > end:
            raise WireError("truncated field")


def to_int64(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


def decode_numeric_points(payload: memoryview) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Timestamps, values and status codes (None when all Good) of a NumericDatapoints message body."""
    fast = _decode_numeric_fixed(payload)
    if fast is None:
        fast = _decode_numeric_chain(payload)
    if fast is not None:
        return fast[0], fast[1], None
    # Anything else (status codes, null values, zero timestamps): the upb parser, one Python access per point.
    from cdf_api.protobuf import data_points_pb2 as pb

    msg = pb.NumericDatapoints.FromString(bytes(payload))
    dps = msg.datapoints
    ts = np.fromiter((d.timestamp for d in dps), dtype=np.int64, count=len(dps))
    values = np.fromiter((np.nan if d.nullValue else d.value for d in dps), dtype=np.float64, count=len(dps))
    status = np.fromiter((d.status.code for d in dps), dtype=np.int64, count=len(dps))
    return ts, values, status if status.any() else None


def decode_numeric_many(payloads: list[memoryview]) -> list[tuple[np.ndarray, np.ndarray, np.ndarray | None]]:
    """`decode_numeric_points` of each payload; payloads sharing one fixed record layout are decoded in one pass.

    An insert request carries many small series: joined, their records tile one buffer (each payload holds whole
    records of the same size, every record is still verified), so the numpy work is done once, not per series.
    """
    if len(payloads) > 1 and len(payloads[0]) >= 2:
        stride = payloads[0][1] + 2
        sizes = np.fromiter(map(len, payloads), dtype=np.int64, count=len(payloads))
        if stride < 0x82 and sizes.all() and not (sizes % stride).any():
            fast = _decode_numeric_fixed(memoryview(b"".join(payloads)))
            if fast is not None:
                cuts = np.cumsum(sizes // stride)[:-1]
                return [(t, v, None) for t, v in zip(np.split(fast[0], cuts), np.split(fast[1], cuts), strict=True)]
    return [decode_numeric_points(p) for p in payloads]


def _decode_numeric_fixed(payload: memoryview) -> tuple[np.ndarray, np.ndarray] | None:
    # Fast path: every point is exactly 0A L 08 <k-byte varint> 11 <8 bytes>. Each byte is verified, so any other
    # layout (zero values, status, mixed varint widths) falls back to the general decoder.
    b = np.frombuffer(payload, dtype=np.uint8)
    if len(b) < 13 or b[0] != 0x0A or b[1] >= 0x80:
        return None
    inner = int(b[1])
    k = inner - 10
    stride = inner + 2
    if not 1 <= k <= 10 or len(b) % stride:
        return None
    m = b.reshape(-1, stride)
    head_ok = (m[:, 0] == 0x0A) & (m[:, 1] == inner) & (m[:, 2] == 0x08) & (m[:, 3 + k] == 0x11)
    if not head_ok.all():
        return None
    vb = m[:, 3 : 3 + k]
    if k > 1 and not (vb[:, :-1] >= 0x80).all():
        return None
    if not (vb[:, -1] < 0x80).all():
        return None
    ts = np.zeros(len(m), dtype=_U64)
    for j in range(k):
        ts |= (vb[:, j] & 0x7F).astype(_U64) << _U64(7 * j)
    values = np.ascontiguousarray(m[:, 4 + k :]).view("<f8").reshape(-1)
    return ts.view(np.int64), values.astype(np.float64, copy=False)


def _decode_numeric_chain(payload: memoryview) -> tuple[np.ndarray, np.ndarray] | None:
    # Records of varying size: 0A L 08 <k-byte varint> [11 <8 bytes>] (a 0.0 value is omitted, k varies). Every
    # position that looks like a record start is a candidate. Look-alikes inside a value's bytes are dropped by
    # keeping only candidates where another candidate ends (every real record but the first starts where the
    # previous one ends); what remains must form one unbroken chain over the buffer, and each record is checked.
    b = np.frombuffer(payload, dtype=np.uint8)
    n = len(b)
    if n < 4:
        return None
    c = np.flatnonzero((b[:-2] == 0x0A) & (b[1:-1] < 0x80) & (b[2:] == 0x08))
    if len(c) == 0 or c[0] != 0:
        return None
    ends = c + 2 + b[c + 1].astype(np.int64)
    is_end = np.zeros(n + 1, dtype=bool)
    is_end[ends[ends <= n]] = True
    is_end[0] = True
    c = c[is_end[c]]
    length = b[c + 1].astype(np.int64)
    ends = c + 2 + length
    if ends[-1] != n or not np.array_equal(ends[:-1], c[1:]):
        return None
    # Unaligned 8-byte reads at any offset (a 1-byte-stride view), zero-padded past the end of the buffer.
    padded = np.concatenate([b, np.zeros(16, dtype=np.uint8)])
    words = np.ndarray(shape=(n + 8,), dtype="<u8", buffer=padded, strides=(1,))
    w = words[c + 3]  # the timestamp varint, in the low bytes
    last = ~w & _U64(0x8080808080808080)  # bytes without the continuation bit
    if not last.all():  # a varint longer than 8 bytes (negative or huge timestamps): leave it to upb
        return None
    lowest = last & (~last + _U64(1))
    k = (np.log2(lowest.astype(np.float64)).astype(np.int64) >> 3) + 1
    has_value = length == k + 10
    if not (has_value | (length == k + 1)).all() or not (padded[c[has_value] + 3 + k[has_value]] == 0x11).all():
        return None
    x = w & (np.left_shift(_U64(1), (8 * k).astype(_U64), dtype=_U64) - _U64(1)) & _U64(0x7F7F7F7F7F7F7F7F)
    x[k == 8] = w[k == 8] & _U64(0x7F7F7F7F7F7F7F7F)  # 1 << 64 wraps
    x = (x & _U64(0x007F007F007F007F)) | ((x & _U64(0x7F007F007F007F00)) >> _U64(1))
    x = (x & _U64(0x00003FFF00003FFF)) | ((x & _U64(0x3FFF00003FFF0000)) >> _U64(2))
    x = (x & _U64(0x000000000FFFFFFF)) | ((x & _U64(0x0FFFFFFF00000000)) >> _U64(4))
    values = np.zeros(len(c), dtype=np.float64)
    doubles = np.ndarray(shape=(n + 8,), dtype="<f8", buffer=padded, strides=(1,))
    values[has_value] = doubles[c[has_value] + 4 + k[has_value]]
    return x.view(np.int64), values


def decode_string_points(payload: memoryview) -> tuple[np.ndarray, list[str | None], np.ndarray | None]:
    from cdf_api.protobuf import data_points_pb2 as pb

    msg = pb.StringDatapoints.FromString(bytes(payload))
    dps = msg.datapoints
    ts = np.fromiter((d.timestamp for d in dps), dtype=np.int64, count=len(dps))
    values = [None if d.nullValue else d.value for d in dps]
    status = np.fromiter((d.status.code for d in dps), dtype=np.int64, count=len(dps))
    return ts, values, status if status.any() else None
