"""POST /timeseries/data: parse JSON or protobuf insertion bodies into arrays, validate as CDF does, store."""

from __future__ import annotations

import operator
from dataclasses import dataclass
from typing import Any

import numpy as np
import orjson

from cognite.emulator.datapoints import wire
from cognite.emulator.datapoints.refs import Resolver, TimeSeriesRef, identifier, resolve_all
from cognite.emulator.datapoints.store import STATUS_BAD, STATUS_CODE, STATUS_GOOD, DatapointStore
from cognite.emulator.datapoints.timespec import MAX_TIMESTAMP, MIN_TIMESTAMP
from cognite.emulator.durability import captured_points
from cognite.emulator.http import CDFError

MAX_POINTS_PER_REQUEST = 100_000
MAX_ITEMS_PER_REQUEST = 10_000
MAX_STRING_BYTES = 1023
MAX_ABS_VALUE = 1e100  # numeric values must be in (-1e100, 1e100) unless the point is Bad
_SPECIAL_FLOATS = {"NaN": np.nan, "Infinity": np.inf, "-Infinity": -np.inf}


@dataclass
class InsertItem:
    ident: dict[str, Any]
    ts: np.ndarray
    values: np.ndarray | list  # float64 array (numeric), list (strings, or mixed: a type error later)
    status: np.ndarray | None
    is_string: bool | None  # what the values are; None when there are none
    strings: list[str | None] | None = None  # state datapoints only: the string states (`values`: numeric states)


def parse_json(body: dict[str, Any]) -> list[InsertItem]:
    items = body.get("items")
    if not isinstance(items, list) or not items:
        raise CDFError(400, "Request must contain a non-empty 'items' list")
    out = []
    for item in items:
        ident = identifier(item)
        dps = item.get("datapoints")
        if not isinstance(dps, list):
            raise CDFError(400, "Each item must have a 'datapoints' list")
        out.append(_json_points(ident, dps))
    return out


_TIMESTAMP, _VALUE = operator.itemgetter("timestamp"), operator.itemgetter("value")


def _json_points(ident: dict[str, Any], dps: list[Any]) -> InsertItem:
    # Fast path for the usual {"timestamp", "value"} objects: C-level map passes, no per-point Python code.
    try:
        raw_ts, vals = list(map(_TIMESTAMP, dps)), list(map(_VALUE, dps))
        plain = set(map(len, dps)) <= {2}
    except (TypeError, KeyError):
        plain = False
    if not plain:
        if not all(type(d) is dict for d in dps):
            raise CDFError(400, "Each datapoint must be an object with 'timestamp' and 'value'")
        raw_ts = [d.get("timestamp") for d in dps]
        vals = [d.get("value") for d in dps]
    if not set(map(type, raw_ts)) <= {int}:
        raise CDFError(400, "Datapoint timestamps must be integers (milliseconds since epoch)")
    try:
        ts = np.array(raw_ts, dtype=np.int64)
    except OverflowError as e:
        raise CDFError(400, "Datapoint timestamp out of range") from e
    status = None
    if not plain and any("status" in d for d in dps):
        status = np.array([_status_code(d.get("status")) for d in dps], dtype=np.int64)
    kinds = set(map(type, vals))
    if kinds <= {int, float}:
        try:
            values: np.ndarray | list = np.array(vals, dtype=np.float64)
        except OverflowError as e:
            raise CDFError(400, "Numeric datapoint value out of range") from e
        return InsertItem(ident, ts, values, status, False if vals else None)
    if kinds <= {str, type(None)} and kinds != {type(None)}:
        return InsertItem(ident, ts, vals, status, True)
    if kinds == {type(None)} and any("numericValue" in d or "stringValue" in d for d in dps):
        return _state_points(ident, ts, dps, status)
    # Numbers with missing values or the special strings: only Bad points may carry those.
    return InsertItem(ident, ts, vals, status, None)


def _state_points(ident: dict[str, Any], ts: np.ndarray, dps: list[dict], status: np.ndarray | None) -> InsertItem:
    """State datapoints ({"timestamp", "numericValue"?, "stringValue"?, "status"?}): a state unless Bad."""
    bad = _is_bad(status)
    nums = [d.get("numericValue") for d in dps]
    strings = [d.get("stringValue") for d in dps]
    for i, (n, s) in enumerate(zip(nums, strings, strict=True)):
        if n is not None and (isinstance(n, bool) or not isinstance(n, int)):
            raise CDFError(400, f"State datapoint numericValue must be an integer, got {n!r}")
        if s is not None and (not isinstance(s, str) or len(s.encode()) > MAX_STRING_BYTES):
            raise CDFError(400, f"State datapoint stringValue must be a string of at most {MAX_STRING_BYTES} bytes")
        if n is None and s is None and (bad is None or not bad[i]):
            raise CDFError(400, "A state datapoint requires numericValue or stringValue unless the status is Bad")
    values = np.array([np.nan if n is None else n for n in nums], dtype=np.float64)
    return InsertItem(ident, ts, values, status, False, strings)


def _status_code(status: Any) -> int:
    if status is None:
        return STATUS_GOOD
    if not isinstance(status, dict):
        raise CDFError(400, f"Invalid datapoint status: {status!r}")
    code, symbol = status.get("code"), status.get("symbol")
    if symbol is not None:
        sym_code = STATUS_CODE.get(str(symbol).lower())
        if sym_code is None:
            raise CDFError(400, f"Unknown status symbol: {symbol!r}. Supported: Good, Uncertain, Bad")
        if code is not None and code != sym_code:
            raise CDFError(400, f"Status code {code} does not match symbol {symbol!r}")
        return sym_code
    if isinstance(code, bool) or not isinstance(code, int) or not 0 <= code < 2**32:
        raise CDFError(400, f"Invalid datapoint status code: {code!r}")
    return code


def parse_protobuf(body: bytes) -> list[InsertItem]:
    """DataPointInsertionRequest (data_point_insertion_request.proto), points decoded straight into arrays."""
    out = []
    numeric: list[tuple[InsertItem, memoryview]] = []  # decoded together after the walk (one numpy pass)
    try:
        for field, item in wire.iter_fields(body):
            if field != 1 or not isinstance(item, memoryview):
                continue
            out.append(_proto_item(item, numeric))
        decoded = wire.decode_numeric_many([payload for _, payload in numeric])
    except wire.WireError as e:
        raise CDFError(400, f"Invalid protobuf body: {e}") from e
    for (it, _), (ts, values, status) in zip(numeric, decoded, strict=True):
        it.ts, it.values, it.status, it.is_string = ts, values, status, False if len(ts) else None
    if not out:
        raise CDFError(400, "Request must contain a non-empty 'items' list")
    return out


def _proto_item(buf: memoryview, numeric: list[tuple[InsertItem, memoryview]]) -> InsertItem:
    """The item's identifier and string points; its numeric points payload is appended to `numeric` to decode."""
    ident: dict[str, Any] | None = None
    points: memoryview | None = None
    ts, values, status, is_string = np.empty(0, np.int64), np.empty(0), None, None
    for field, value in wire.iter_fields(buf):
        if field == 1 and isinstance(value, int):
            ident = {"id": wire.to_int64(value)}
        elif field == 2 and isinstance(value, memoryview):
            ident = {"externalId": bytes(value).decode()}
        elif field == 5 and isinstance(value, memoryview):
            parts = {f: bytes(v).decode() for f, v in wire.iter_fields(value) if isinstance(v, memoryview)}
            ident = {"instanceId": {"space": parts.get(1, ""), "externalId": parts.get(2, "")}}
        elif field == 3 and isinstance(value, memoryview):
            points = value
        elif field == 4 and isinstance(value, memoryview):
            ts, str_values, status = wire.decode_string_points(value)
            values, is_string, points = np.array(str_values, dtype=object), True, None
    if ident is None:
        raise CDFError(400, "Each item must have exactly one of 'id', 'externalId' or 'instanceId'")
    item = InsertItem(identifier(ident), ts, values, status, is_string if len(ts) else None)
    if points is not None:
        numeric.append((item, points))
    return item


def validate_and_store(items: list[InsertItem], resolve: Resolver, store: DatapointStore) -> list[TimeSeriesRef]:
    """All-or-nothing: every item is checked before any point is stored. Returns the series of each item."""
    if len(items) > MAX_ITEMS_PER_REQUEST:
        raise CDFError(400, f"Too many items: {len(items)}. At most {MAX_ITEMS_PER_REQUEST} time series per request")
    total = sum(len(it.ts) for it in items)
    if total > MAX_POINTS_PER_REQUEST:
        raise CDFError(
            400, f"Too many datapoints: {total}. At most {MAX_POINTS_PER_REQUEST} datapoints per request in total"
        )
    refs = resolve_all(resolve, (it.ident for it in items), ignore_unknown=False)
    seen: dict[int, dict[str, Any]] = {}
    duplicated = []
    for it, ref in zip(items, refs, strict=True):
        assert ref is not None
        if ref.id in seen:
            duplicated.append(it.ident)
        seen[ref.id] = it.ident
    if duplicated:
        raise CDFError(422, "Duplicate time series in request", duplicated=duplicated)
    # Checks run on all items' points at once where possible: many small items cost one numpy call, not many.
    if total:
        _check_timestamps(np.concatenate([it.ts for it in items]))
    prepared: list[tuple[TimeSeriesRef, np.ndarray, np.ndarray, np.ndarray | None]] = []
    plain_numeric = []
    for it, ref in zip(items, refs, strict=True):
        assert ref is not None
        if it.strings is not None:
            if ref.is_string:
                raise CDFError(400, f"State datapoints cannot be inserted into string time series {_name(it.ident)}")
            prepared.append((ref, it.ts, np.asarray(it.values), it.status))  # float64 numeric states
        elif (
            not ref.is_string and it.status is None and isinstance(it.values, np.ndarray) and it.values.dtype != object
        ):
            plain_numeric.append(it.values)
            prepared.append((ref, it.ts, it.values, None))
        else:
            prepared.append((ref, it.ts, _checked_values(it, ref.is_string), it.status))
    if plain_numeric:
        _check_numeric_range(np.concatenate(plain_numeric), None)
    journal = captured_points.get()  # with a state file: the inserts as arrays, for the journal
    for ref, ts, values, status in prepared:
        store.get_or_create(ref.id, ref.is_string).insert(ts, values, status)
        if journal is not None:
            journal.append((ref.id, ref.is_string, ts, values, status))
    for it, ref in zip(items, refs, strict=True):
        if it.strings is not None and ref is not None:
            if journal is not None:
                journal.append(None)  # state strings: journaled as the request
            strings = store.state_strings.setdefault(ref.id, {})
            strings.update((t, v) for t, v in zip(it.ts.tolist(), it.strings, strict=True) if v is not None)
    return [ref for ref in refs if ref is not None]


def _check_timestamps(ts: np.ndarray) -> None:
    if len(ts) and (ts.min() < MIN_TIMESTAMP or ts.max() > MAX_TIMESTAMP):
        bad = int(ts[(ts < MIN_TIMESTAMP) | (ts > MAX_TIMESTAMP)][0])
        raise CDFError(
            400,
            f"Datapoint timestamp {bad} is out of range. Timestamps must be between {MIN_TIMESTAMP} (1900-01-01) "
            f"and {MAX_TIMESTAMP} (2099-12-31T23:59:59.999Z)",
        )


def _is_bad(status: np.ndarray | None) -> np.ndarray | None:
    return None if status is None else (status & STATUS_BAD) != 0


def _checked_values(it: InsertItem, series_is_string: bool) -> np.ndarray:
    if len(it.ts) == 0:
        return np.empty(0, dtype=object if series_is_string else np.float64)
    bad = _is_bad(it.status)
    if series_is_string:
        if it.is_string is False or (it.is_string is None and any(isinstance(v, int | float) for v in it.values)):
            raise CDFError(400, f"Expected string values for string time series {_name(it.ident)}")
        vals = list(it.values)
        for i, v in enumerate(vals):
            if v is None and (bad is None or not bad[i]):
                raise CDFError(400, "Datapoint value is required unless the status is Bad")
            if v is not None and len(v.encode()) > MAX_STRING_BYTES:
                raise CDFError(400, f"String datapoint values can be at most {MAX_STRING_BYTES} bytes (UTF-8)")
        return np.array(vals, dtype=object)
    if it.is_string and not all(v is None or v in _SPECIAL_FLOATS for v in it.values):
        raise CDFError(400, f"Expected numeric values for numeric time series {_name(it.ident)}")
    if isinstance(it.values, np.ndarray):
        values = it.values
    else:  # numbers mixed with null / "NaN" / "Infinity": only allowed on Bad points
        values = np.empty(len(it.values))
        for i, v in enumerate(it.values):
            if isinstance(v, bool) or not (isinstance(v, int | float) or v is None or v in _SPECIAL_FLOATS):
                raise CDFError(400, f"Expected numeric values for numeric time series {_name(it.ident)}")
            if not isinstance(v, int | float) and (bad is None or not bad[i]):
                raise CDFError(
                    400, "Datapoint value is required (and must be a finite number) unless the status is Bad"
                )
            values[i] = np.nan if v is None else _SPECIAL_FLOATS.get(v, v) if isinstance(v, str) else v
    _check_numeric_range(values, bad)
    return values


def _check_numeric_range(values: np.ndarray, bad: np.ndarray | None) -> None:
    ok = np.abs(values) < MAX_ABS_VALUE  # False for NaN and infinities too
    if bad is not None:
        ok |= bad
    if not ok.all():
        v = values[~ok][0]
        raise CDFError(400, f"Invalid numeric datapoint value {v}. Values must be finite and within (-1e100, 1e100)")


def _name(ident: dict[str, Any]) -> str:
    return orjson.dumps(ident).decode()
