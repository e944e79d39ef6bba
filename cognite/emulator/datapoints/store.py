"""Datapoint storage: per series, sorted numpy arrays (never a Python object per numeric point)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

import numpy as np

from cognite.emulator.datapoints.blocks import EncodedBlocks

if TYPE_CHECKING:
    from cognite.emulator.datapoints.rollups import Rollups

# Status codes (OPC UA style, as CDF stores them): the top two bits give the category.
STATUS_GOOD = 0
STATUS_UNCERTAIN = 0x40000000
STATUS_BAD = 0x80000000
_CATEGORY_MASK = 0xC0000000


STATUS_SYMBOL = {STATUS_UNCERTAIN: "Uncertain", STATUS_BAD: "Bad"}  # symbols of the plain category codes
STATUS_CODE = {"good": STATUS_GOOD, "uncertain": STATUS_UNCERTAIN, "bad": STATUS_BAD}  # by lower-case symbol


def status_json(code: int) -> dict[str, object]:
    """A status as CDF writes it in JSON: the code, and the symbol for the plain category codes."""
    symbol = STATUS_SYMBOL.get(code)
    return {"code": code} if symbol is None else {"code": code, "symbol": symbol}


def status_category(codes: np.ndarray) -> np.ndarray:
    """0 good, 1 uncertain, 2 bad for each status code."""
    return ((codes & _CATEGORY_MASK) >> 30).clip(0, 2)


class SeriesData:
    """Datapoints of one time series: `ts` (int64, strictly increasing), `values` (float64 or object for strings),
    `status` (int64 codes, or None while every point is Good). Backed by growable buffers so appends are amortised."""

    __slots__ = ("_ts", "_values", "_status", "n", "is_string", "encoded", "_rollups")

    def __init__(self, is_string: bool) -> None:
        self.is_string = is_string
        self.encoded = EncodedBlocks()  # protobuf records of the points, built on first read
        self._rollups: Rollups | None = None  # aggregate buckets of the whole series, built on first aggregate read
        self.n = 0
        self._ts = np.empty(0, dtype=np.int64)
        self._values: np.ndarray = np.empty(0, dtype=object if is_string else np.float64)
        self._status: np.ndarray | None = None

    @property
    def rollups(self) -> Rollups:
        if self._rollups is None:
            from cognite.emulator.datapoints.rollups import Rollups  # rollups -> aggregates -> this module

            self._rollups = Rollups()
        return self._rollups

    def _changed(self, index: int) -> None:
        """Drop what was derived from the points from `index` on (encoded blocks) or from any point (rollups)."""
        self.encoded.invalidate_from(index)
        if self._rollups is not None:
            self._rollups.clear()

    @property
    def ts(self) -> np.ndarray:
        return self._ts[: self.n]

    @property
    def values(self) -> np.ndarray:
        return self._values[: self.n]

    @property
    def status(self) -> np.ndarray | None:
        return None if self._status is None else self._status[: self.n]

    def _set(self, ts: np.ndarray, values: np.ndarray, status: np.ndarray | None, changed_from: int = 0) -> None:
        self._ts, self._values, self._status, self.n = ts, values, status, len(ts)
        self._changed(changed_from)

    def insert(self, ts: np.ndarray, values: np.ndarray, status: np.ndarray | None) -> None:
        """Merge points (any order, duplicates allowed: the last one of a timestamp wins, new over stored)."""
        if len(ts) == 0:
            return
        if len(ts) > 1 and not bool(np.all(ts[1:] > ts[:-1])):
            ts, values, status = _sorted_last_wins(ts, values, status)
        if status is not None and not status.any():
            status = None
        if self.n == 0 or ts[0] > self._ts[self.n - 1]:
            self._append(ts, values, status)
            return
        # Only the stored points inside the new points' time range are merged; the points after them are moved up
        # in place (chunks of a series arriving slightly out of order cost a short move, not a copy or a sort).
        n = self.n
        i = int(np.searchsorted(self.ts, ts[0], side="left"))
        j = int(np.searchsorted(self.ts, ts[-1], side="right"))
        if status is not None and self._status is None:
            self._status = np.zeros(len(self._ts), np.int64)
        old_status = self.status
        if old_status is not None and status is None:
            status = np.zeros(len(ts), np.int64)
        if j - i == len(ts) and np.array_equal(self._ts[i:j], ts):
            pass  # the same timestamps again (a re-sent chunk): values are overwritten in place, nothing moves
        elif j > i:
            ts, values, status = _sorted_last_wins(
                np.concatenate([self._ts[i:j], ts]),
                np.concatenate([self._values[i:j], values]),
                None if old_status is None or status is None else np.concatenate([old_status[i:j], status]),
            )
        delta = len(ts) - (j - i)  # >= 0: the merged middle holds every stored point it replaces
        self._reserve(n + delta)
        for buf, mid in ((self._ts, ts), (self._values, values), (self._status, status)):
            if buf is not None and mid is not None:
                if delta:
                    buf[j + delta : n + delta] = buf[j:n]  # numpy copies overlapping ranges safely
                buf[i : i + len(mid)] = mid
        self.n = n + delta
        self._changed(i)

    def _reserve(self, size: int) -> None:
        if size > len(self._ts):
            cap = max(size, 2 * len(self._ts))
            self._ts = _grow(self._ts, self.n, cap)
            self._values = _grow(self._values, self.n, cap)
            if self._status is not None:
                self._status = _grow(self._status, self.n, cap)

    def _append(self, ts: np.ndarray, values: np.ndarray, status: np.ndarray | None) -> None:
        n, k = self.n, len(ts)
        if n == 0:  # first points: own copies, exactly sized (many series get a single point)
            self._set(ts.copy(), values.astype(self._values.dtype), None if status is None else status.copy())
            return
        self._changed(n)
        self._reserve(n + k)
        if status is not None and self._status is None:
            self._status = np.zeros(len(self._ts), np.int64)
        self._ts[n : n + k] = ts
        self._values[n : n + k] = values
        if self._status is not None:
            self._status[n : n + k] = 0 if status is None else status
        self.n = n + k

    def delete_range(self, begin: int, end: int) -> None:
        """Remove points with begin <= ts < end."""
        lo, hi = (int(i) for i in np.searchsorted(self.ts, [begin, end], side="left"))
        if hi <= lo:
            return
        n, gone = self.n, hi - lo
        for buf in (self._ts, self._values, self._status):
            if buf is not None:
                buf[lo : n - gone] = buf[hi:n]  # move the later points down, in place
        if self._values.dtype == object:
            self._values[n - gone : n] = None  # release the strings
        self.n = n - gone
        self._changed(lo)


def _grow(arr: np.ndarray, n: int, cap: int) -> np.ndarray:
    out = np.empty(cap, dtype=arr.dtype)
    out[:n] = arr[:n]
    return out


def _sorted_last_wins(
    ts: np.ndarray, values: np.ndarray, status: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    # A stable sort keeps later points after earlier ones with the same timestamp; keep the last of each run.
    order = np.argsort(ts, kind="stable")
    ts = ts[order]
    keep = np.empty(len(ts), dtype=bool)
    keep[:-1] = ts[1:] != ts[:-1]
    keep[-1] = True
    idx = order[keep]
    return ts[keep], values[idx], None if status is None else status[idx]


class DatapointStore:
    """All series' datapoints, keyed by time series id."""

    def __init__(self) -> None:
        self.series: dict[int, SeriesData] = {}
        # String states of state series by timestamp (numeric states are the series' values); not persisted.
        self.state_strings: dict[int, dict[int, str]] = {}

    def get(self, ts_id: int) -> SeriesData | None:
        return self.series.get(ts_id)

    def get_or_create(self, ts_id: int, is_string: bool) -> SeriesData:
        data = self.series.get(ts_id)
        if data is None or data.is_string != is_string:
            data = self.series[ts_id] = SeriesData(is_string)
        return data

    def drop(self, ts_id: int) -> None:
        data = self.series.pop(ts_id, None)
        self.state_strings.pop(ts_id, None)
        if data is not None:
            data._changed(0)  # give its share of the cache budget back

    def clear(self) -> None:
        for data in self.series.values():
            data._changed(0)
        self.series.clear()
        self.state_strings.clear()

    def __iter__(self) -> Iterator[tuple[int, SeriesData]]:
        return iter(self.series.items())

    def dump(self) -> bytes:
        """Every series as one .npz blob (no pickling: strings travel as JSON)."""
        arrays: dict[str, np.ndarray] = {}
        manifest = []
        for i, (ts_id, data) in enumerate(self.series.items()):
            manifest.append({"id": ts_id, "isString": data.is_string, "status": data.status is not None})
            arrays[f"t{i}"] = data.ts
            if data.is_string:
                arrays[f"v{i}"] = np.frombuffer(json.dumps(list(data.values)).encode(), dtype=np.uint8)
            else:
                arrays[f"v{i}"] = data.values
            if data.status is not None:
                arrays[f"s{i}"] = data.status
        arrays["manifest"] = np.frombuffer(json.dumps(manifest).encode(), dtype=np.uint8)
        buf = io.BytesIO()
        np.savez(buf, allow_pickle=False, **arrays)  # type: ignore[arg-type]
        return buf.getvalue()

    def load(self, blob: bytes) -> None:
        self.clear()
        with np.load(io.BytesIO(blob), allow_pickle=False) as npz:
            for i, entry in enumerate(json.loads(npz["manifest"].tobytes())):
                data = SeriesData(entry["isString"])
                values = npz[f"v{i}"]
                if data.is_string:
                    values = np.array(json.loads(values.tobytes()), dtype=object)
                data._set(npz[f"t{i}"].copy(), values.copy(), npz[f"s{i}"].copy() if entry["status"] else None)
                self.series[int(entry["id"])] = data
