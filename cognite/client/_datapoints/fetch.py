"""Fetch many series concurrently from `POST /timeseries/data/list`: plan windows, pack requests, follow cursors.

Work is a queue of windows (a series' time range, or a part of it). Each request packs windows of different
series within CDF's per-request budgets (100 items; 100k raw and 10k aggregate points, independently);
each window asks for about what it is expected to still hold, so one request usually finishes several sparse
series, while a dense series gets whole requests and is split into parallel windows once its density is
known. A window is finished only when CDF returns it without a `nextCursor` (or a user limit is reached):
short pages never end a window.

Replies are decoded on one decoder thread (overlapping the event loop's network I/O). Plain numeric pages are
appended straight into the window's column buffer (`buffer.py`, ns timestamps written in the same pass);
finished leading windows are moved into the series' sink while later windows are still in flight, so a series
fetched as one window is returned without any copy and others are joined off the critical path. Pages with
status codes, strings and aggregates are kept as chunks and joined once at the end.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from cognite.client.exceptions import CogniteNotFoundError

from .buffer import ColumnBuffer, anonymous_array
from .limits import DPS_LIMIT_AGG, DPS_LIMIT_RAW, FETCH_TS_LIMIT
from .query import SeriesQuery
from .wire_decode import DecodedItem, decode_list_response

# Replies above this size are decoded on a worker thread (numpy releases the GIL while copying columns).
_THREAD_DECODE_BYTES = 256 * 1024
# Finished windows of at most this many points are joined on the loop: a thread hop costs more than the copy.
_INLINE_FLUSH_POINTS = 50_000
# Below this many points the reply bodies freed are too few for `malloc_trim` (a heap walk) to pay off.
_TRIM_AFTER_POINTS = 1_000_000
# Decoded chunks at least this large are kept in their own mmap until joined (see `_spill`).
_SPILL_MIN_BYTES = 256 * 1024
# Dense windows are split until about this many windows per worker are queued or in flight.
_WINDOWS_PER_WORKER = 4

SendList = Callable[[dict[str, Any]], Awaitable[tuple[bytes | None, Any]]]


@dataclass(eq=False)
class _Window:
    """Part [start, end) of one series' range, fetched page by page until CDF says it is done."""

    series: _Series
    start: int
    end: int
    cursor: str | None = None
    want: int = 0  # per-item limit for its next request
    chunks: list[DecodedItem] = field(default_factory=list)
    outside: bool = False  # the extra `limit: 0, includeOutsidePoints` request
    buffer: ColumnBuffer | None = None  # plain numeric pages are appended here (see buffer.py), else `chunks`
    count: int = 0  # points received for this window
    done: bool = False  # CDF returned it without a cursor
    origin: int = -1  # start of the range when the window was made: orders windows, anchors density

    def __post_init__(self) -> None:
        self.origin = self.start


@dataclass(eq=False)
class _Series:
    query: SeriesQuery
    index: int
    windows: list[_Window] = field(default_factory=list)
    meta: DecodedItem | None = None
    got: int = 0  # points received (for user limits)
    missing: bool = False
    sink: ColumnBuffer | None = None  # the finished leading windows, joined in order while the rest is fetched
    flushed: int = 0  # how many leading windows are in `sink`
    pending: asyncio.Future[None] | None = None  # its latest flush on the decoder thread


@dataclass
class SeriesResult:
    """Everything fetched for one query: identity/metadata from CDF and the joined arrays."""

    query: SeriesQuery
    meta: DecodedItem | None
    timestamp: np.ndarray  # datetime64[ns]
    value: np.ndarray | None
    aggregates: dict[str, np.ndarray]
    status_code: np.ndarray | None
    status_symbol: np.ndarray | None
    missing: bool = False


class DatapointsFetcher:
    """Run a set of series queries to completion with at most `max_workers` requests in flight."""

    def __init__(
        self,
        send: SendList,
        max_workers: int,
        progress: Callable[[int], None] | None = None,
        free_slots: Callable[[], int] | None = None,
    ) -> None:
        self._send = send
        self._workers = max(1, max_workers)
        self._progress = progress
        self._free_slots = free_slots
        self._queue: list[_Window] = []
        self._active = 0  # windows queued or in flight
        self._flushes: list[asyncio.Future[None]] = []
        self._points = 0  # points received (decides whether the freed heap is worth trimming)

    async def run(self, queries: list[SeriesQuery]) -> list[SeriesResult]:
        series = [_Series(q, i) for i, q in enumerate(queries)]
        self._plan(series)
        in_flight: dict[asyncio.Task[Any], list[_Window]] = {}
        try:
            while self._queue or in_flight:
                while self._queue and len(in_flight) < self._workers:
                    batch = self._pack()
                    in_flight[asyncio.ensure_future(self._request(batch))] = batch
                done, _ = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    batch = in_flight.pop(task)
                    self._handle(batch, task.result())
                    self._flush({id(w.series): w.series for w in batch}.values())
            await asyncio.gather(*self._flushes)
        except BaseException:
            for task in in_flight:
                task.cancel()
            await asyncio.gather(*in_flight, *self._flushes, return_exceptions=True)
            raise
        not_found = [s.query.identifier for s in series if s.missing and not s.query.ignore_unknown_ids]
        if not_found:
            raise CogniteNotFoundError("Time series not found", code=400, missing=not_found)
        if self._points >= _TRIM_AFTER_POINTS:
            _release_free_heap()
        return [_finalize(s) for s in series]

    # -- planning ---------------------------------------------------------------------------------------------
    def _plan(self, series: list[_Series]) -> None:
        n = len(series)
        raw_share = max(DPS_LIMIT_RAW // max(1, math.ceil(n / self._workers)), 1000)
        # Slots other calls on this client hold are not ours to fill: splitting then only multiplies requests.
        free = max(1, self._free_slots()) if self._free_slots is not None else self._workers
        for s in series:
            q = s.query
            if q.include_outside_points:
                self._add(_Window(s, q.start, q.end, want=0, outside=True))
            if not q.parallel:
                self._add(_Window(s, q.start, q.end, want=min(q.limit or q.budget, q.budget)))
            elif q.is_raw:
                # Density unknown: split evenly so a lone dense series keeps every worker busy from the start; but a
                # window of w ms holds at most w points, so a short range is never split below one page.
                k = max(1, min(self._workers, free) // n)
                k = min(k, math.ceil((q.end - q.start) / raw_share))
                for a, b in _split(q.start, q.end, k):
                    self._add(_Window(s, a, b, want=raw_share))
            else:
                # Which buckets hold data is unknown: a few windows per series, as for raw; pages then show how
                # dense the series is, and dense windows are split (`_advance`). A window over a range without
                # data costs one request, so a sparse series over a long range is not fetched 10k buckets at a time.
                gran = q.gran_ms
                assert gran is not None
                buckets = (q.end - q.start) // gran
                k = max(1, min(math.ceil(buckets / DPS_LIMIT_AGG), self._workers // n))
                for a, b in _split_buckets(q.start, q.end, gran, k, page=DPS_LIMIT_AGG):
                    self._add(_Window(s, a, b, want=min(DPS_LIMIT_AGG, (b - a) // gran)))
        # Windows of one series are joined in start order at the end.
        for s in series:
            s.windows.sort(key=_window_order)

    def _add(self, w: _Window, *, front: bool = False) -> None:
        if w not in w.series.windows:
            w.series.windows.append(w)
        if front:
            self._queue.insert(0, w)
        else:
            self._queue.append(w)
        self._active += 1

    def _pack(self) -> list[_Window]:
        """First-fit: windows of distinct series whose wants fit the raw and aggregate budgets."""
        batch: list[_Window] = []
        keys: set[tuple[Any, ...]] = set()
        raw = agg = 0
        rest: list[_Window] = []
        for w in self._queue:
            q = w.series.query
            key = q.key()
            want = max(w.want, 1) if not w.outside else 0
            fits = len(batch) < FETCH_TS_LIMIT and key not in keys
            if fits and q.is_raw:
                fits = raw + want <= DPS_LIMIT_RAW or not batch
            elif fits:
                fits = agg + want <= DPS_LIMIT_AGG or not batch
            if fits:
                batch.append(w)
                keys.add(key)
                if q.is_raw:
                    raw += want
                else:
                    agg += want
            else:
                rest.append(w)
        self._queue = rest
        return batch

    # -- requests ---------------------------------------------------------------------------------------------
    async def _request(self, batch: list[_Window]) -> list[_Page | None]:
        items = []
        for w in batch:
            q = w.series.query
            item: dict[str, Any] = {**q.item_body, "start": w.start, "end": w.end}
            if w.outside:
                item["limit"] = 0
                item["includeOutsidePoints"] = True
            else:
                item["limit"] = max(1, min(w.want, q.budget))
                if w.cursor:
                    item["cursor"] = w.cursor
            items.append(item)
        content, payload = await self._send({"items": items, "ignoreUnknownIds": True})
        if content is None:
            return _store(batch, _from_json(payload))
        if len(content) >= _THREAD_DECODE_BYTES:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(_decoder_thread(), _decode_and_store, batch, content)
        return _store(batch, decode_list_response(content))

    def _handle(self, batch: list[_Window], pages: list[_Page | None]) -> None:
        for w, page in zip(batch, pages, strict=True):
            self._active -= 1
            s = w.series
            if page is None:
                s.missing = True
                continue
            if s.meta is None:
                s.meta = page.meta
            if w.outside:
                continue
            self._points += page.count
            if page.count and self._progress is not None:
                self._progress(page.count)
            self._advance(w, page)

    def _flush(self, series: Any) -> None:
        """Move finished leading windows of each series into its sink, on the decoder thread (after its decodes).

        The join then happens while later windows are still in flight, and each window's pages are freed early.
        """
        for s in series:
            q = s.query
            if not q.is_raw or q.limit is not None or q.include_outside_points:
                continue
            ready = []
            i = s.flushed
            while i < len(s.windows):
                w = s.windows[i]
                if not w.done or w.chunks or w.outside:
                    break
                ready.append(w)
                i += 1
            if not ready:
                continue
            s.flushed = i
            if (s.pending is None or s.pending.done()) and sum(w.count for w in ready) <= _INLINE_FLUSH_POINTS:
                _flush_windows(s, ready)  # small: a thread hop would cost more than the copy (order is kept)
                continue
            loop = asyncio.get_running_loop()
            s.pending = loop.run_in_executor(_decoder_thread(), _flush_windows, s, ready)
            self._flushes.append(s.pending)

    def _advance(self, w: _Window, page: _Page) -> None:
        """Requeue the window when CDF has more for it; split it when it is dense and workers are idle."""
        s, q = w.series, w.series.query
        n = page.count
        if q.limit is not None:
            s.got += n
            if s.got >= q.limit:
                _truncate(s, q.limit)
                return
        if not page.next_cursor:
            w.done = True
            return
        w.cursor = page.next_cursor
        if q.limit is not None:
            w.want = min(q.limit - s.got, q.budget)
            self._add(w, front=True)
            return
        if n == 0:  # a cursor without points: follow it as is
            self._add(w, front=True)
            return
        assert page.last is not None
        last = page.last
        gran = q.gran_ms or 1  # raw: one "bucket" per ms
        limit = q.budget
        # Points per ms (raw) or filled buckets per bucket (aggregates) so far; the rest of the window likely alike.
        density = w.count / max(1, (last - w.origin) // gran + 1)
        remaining = density * max(0, (w.end - last - 1) // gran)
        pieces = 1
        spare = self._workers * _WINDOWS_PER_WORKER - self._active
        if q.parallel and remaining > 1.5 * limit and spare > 0:  # calendar buckets are never split
            pieces = min(1 + spare, math.ceil(remaining / limit))
        if pieces == 1:
            w.want = int(min(limit, max(1000, math.ceil(remaining * 1.05) + 16)))
            self._add(w, front=True)
            return
        # Split the rest (after the last point or bucket) into equal-time pieces fetched concurrently; cursors are
        # not reused. Aggregate pieces start on bucket edges: `last` is a bucket start, pieces are whole buckets.
        if q.is_raw:
            bounds = _split(last + 1, w.end, pieces)
        else:  # pieces of whole pages at the density seen so far
            bounds = _split_buckets(last + gran, w.end, gran, pieces, page=max(1, int(limit / max(density, 1e-9))))
        w.start, w.end, w.cursor, w.want = bounds[0][0], bounds[0][1], None, limit
        self._add(w, front=True)
        for a, b in bounds[1:]:
            self._add(_Window(s, a, b, want=limit), front=True)
        s.windows.sort(key=_window_order)


def _window_order(w: _Window) -> tuple[bool, int]:
    return (not w.outside, w.origin)


def _spill(a: np.ndarray) -> np.ndarray:
    """A copy of `a` in its own anonymous mmap, unmapped as soon as the copy is dropped.

    Chunks live until the series is joined; in malloc's heap their memory would stay with the process after
    the join, so peak RSS would be ~2x the result. Mapped separately, each chunk's pages are returned to the OS
    right after it is copied into the final array.
    """
    if a.dtype == object or a.nbytes < _SPILL_MIN_BYTES:
        return a
    out = _empty(len(a), a.dtype)
    out[:] = a
    return out


@functools.lru_cache(maxsize=1)
def _decoder_thread() -> concurrent.futures.ThreadPoolExecutor:
    """One decoder thread: it overlaps decoding with the event loop's network I/O, and one malloc arena suffices."""
    return concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="dps-decode")


def _empty(n: int, dtype: Any, populate: bool = False) -> np.ndarray:
    dt = np.dtype(dtype)
    if n * dt.itemsize < _SPILL_MIN_BYTES:
        return np.empty(n, dt)
    return anonymous_array(n, dt, populate)


@dataclass
class _Page:
    """What the scheduler needs from one reply item once its points are stored."""

    meta: DecodedItem  # identity and metadata only
    count: int
    last: int | None  # last timestamp (ms)
    next_cursor: str | None


def _meta_only(item: DecodedItem) -> DecodedItem:
    return DecodedItem(
        id=item.id,
        external_id=item.external_id,
        instance_id=item.instance_id,
        is_string=item.is_string,
        is_step=item.is_step,
        unit=item.unit,
        unit_external_id=item.unit_external_id,
        kind=item.kind,
    )


def _plain(w: _Window, item: DecodedItem) -> bool:
    """Whether the page can go to the window's column buffer (raw numbers, no status, no user limit)."""
    q = w.series.query
    return (
        not w.outside
        and q.is_raw
        and q.limit is None
        and item.kind in ("numeric", None)
        and item.status_code is None
        and item.null_value is None
        and item.status_symbol is None
    )


def _store(batch: list[_Window], items: list[DecodedItem]) -> list[_Page | None]:
    """Match reply items to windows and store their points (buffer or chunk); runs on the decoder thread."""
    pages: list[_Page | None] = []
    for w, item in zip(batch, _match(batch, items), strict=True):
        if item is None:
            pages.append(None)
            continue
        n = len(item)
        last = int(item.timestamp[-1]) if n else None
        if w.outside:
            w.chunks.append(_outside_only(item, w.series.query))
        elif n and _plain(w, item) and not w.chunks:
            if w.buffer is None:
                w.buffer = ColumnBuffer(capacity=max(n, w.want) * 2)
            w.buffer.append(item.timestamp, item.value)  # type: ignore[arg-type]
        elif n:
            if w.buffer is not None:  # a page with status codes after plain ones: continue as chunks
                w.chunks.append(_buffer_to_chunk(w.buffer, item))
                w.buffer = None
            w.chunks.append(_spill_item(item))
        w.count += n
        pages.append(_Page(_meta_only(item), n, last, item.next_cursor))
    return pages


def _flush_windows(s: _Series, windows: list[_Window]) -> None:
    for w in windows:
        if w.buffer is None:  # finished without points
            continue
        if s.sink is None:  # the first window's columns become the result's (later ones grow it by mremap)
            s.sink, w.buffer = w.buffer, None
            continue
        w.buffer.move_into(s.sink)
        w.buffer = None


def _buffer_to_chunk(buf: ColumnBuffer, like: DecodedItem) -> DecodedItem:
    ts, values = buf.arrays()
    chunk = _meta_only(like)
    chunk.kind = "numeric"
    chunk.timestamp, chunk.value = ts // 1_000_000, values.copy()
    del ts, values
    buf.close()
    return chunk


def _spill_item(it: DecodedItem) -> DecodedItem:
    it.timestamp = _spill(it.timestamp)
    if it.value is not None:
        it.value = _spill(it.value)
    it.aggregates = {k: _spill(v) for k, v in it.aggregates.items()}
    return it


def _decode_and_store(batch: list[_Window], content: bytes) -> list[_Page | None]:
    return _store(batch, decode_list_response(content))


@functools.lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        import ctypes

        return ctypes.CDLL("libc.so.6").malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError):  # not glibc
        return None


def _release_free_heap() -> None:
    """Give the heap freed by reply bodies back to the OS before joining (glibc keeps it otherwise): ~40 MB less
    peak RSS on a 10M-point fetch."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _split_buckets(start: int, end: int, gran: int, k: int, page: int = 1) -> list[tuple[int, int]]:
    """[start, end) in at most k pieces of whole buckets (`start` is a bucket edge). Piece sizes are rounded up to
    a multiple of `page` buckets (what one request returns), so only the last piece ends with a partial page."""
    buckets = -(-(end - start) // gran)
    per = -(-buckets // max(1, k))
    per = -(-per // page) * page
    out = []
    for i in range(k):
        a = start + i * per * gran
        b = min(end, a + per * gran)
        if a < b:
            out.append((a, b))
    return out


def _split(start: int, end: int, k: int) -> list[tuple[int, int]]:
    k = max(1, min(k, end - start))
    edges = [start + (end - start) * i // k for i in range(k + 1)]
    return [(edges[i], edges[i + 1]) for i in range(k) if edges[i] < edges[i + 1]]


def _match(batch: list[_Window], items: list[DecodedItem]) -> list[DecodedItem | None]:
    """Pair reply items with request windows: CDF keeps request order and drops unknown ids."""
    out: list[DecodedItem | None] = []
    j = 0
    for w in batch:
        if j < len(items) and _is_for(items[j], w.series.query.identifier):
            out.append(items[j])
            j += 1
        else:
            out.append(None)
    if j != len(items):
        raise RuntimeError(f"Could not match {len(items) - j} reply item(s) of /timeseries/data/list to the request")
    return out


def _is_for(item: DecodedItem, identifier: dict[str, Any]) -> bool:
    if "id" in identifier:
        return item.id == identifier["id"]
    if "externalId" in identifier:
        return item.external_id == identifier["externalId"]
    inst = identifier["instanceId"]
    return bool(item.instance_id) and item.instance_id == {"space": inst["space"], "externalId": inst["externalId"]}


def _outside_only(item: DecodedItem, q: SeriesQuery) -> DecodedItem:
    """Keep only points outside [start, end) of the `limit: 0` outside-points reply."""
    mask = (item.timestamp < q.start) | (item.timestamp >= q.end)
    return _take(item, mask)


def _take(item: DecodedItem, sel: Any) -> DecodedItem:
    out = DecodedItem(
        id=item.id,
        external_id=item.external_id,
        instance_id=item.instance_id,
        is_string=item.is_string,
        is_step=item.is_step,
        unit=item.unit,
        unit_external_id=item.unit_external_id,
        kind=item.kind,
        timestamp=item.timestamp[sel],
        value=None if item.value is None else item.value[sel],
        aggregates={k: v[sel] for k, v in item.aggregates.items()},
        status_code=None if item.status_code is None else item.status_code[sel],
        status_symbol=None if item.status_symbol is None else item.status_symbol[sel],
        null_value=None if item.null_value is None else item.null_value[sel],
    )
    return out


def _truncate(s: _Series, limit: int) -> None:
    """Drop points beyond a user limit (the last page may overshoot when several windows raced)."""
    keep = limit
    for w in sorted((w for w in s.windows if not w.outside), key=lambda w: w.start):
        chunks = []
        for c in w.chunks:
            if keep <= 0:
                break
            if len(c) > keep:
                c = _take(c, slice(0, keep))
            keep -= len(c)
            chunks.append(c)
        w.chunks = chunks


def _finalize(s: _Series) -> SeriesResult:
    """The series' final arrays: its window buffer itself when it has just one, else one join in time order."""
    q = s.query
    pieces: list[DecodedItem | ColumnBuffer] = [s.sink] if s.sink is not None and s.sink.count else []
    s.sink = None
    outside = [c for w in s.windows if w.outside for c in w.chunks]
    pieces += [c for c in (_take(c, c.timestamp < q.start) for c in outside) if len(c)]
    for w in s.windows:
        if not w.outside:
            pieces += [w.buffer] if w.buffer is not None else w.chunks
    pieces += [c for c in (_take(c, c.timestamp >= q.end) for c in outside) if len(c)]
    for w in s.windows:
        w.chunks, w.buffer = [], None
    if len(pieces) == 1 and isinstance(pieces[0], ColumnBuffer):  # zero-copy
        only_ts, only_value = pieces[0].arrays()
        only_codes = np.zeros(len(only_ts), np.uint32) if q.include_status else None
        return SeriesResult(
            q, s.meta, only_ts.view("datetime64[ns]"), only_value, {}, only_codes, None, missing=s.missing
        )
    chunks = [p for p in pieces if isinstance(p, DecodedItem)]
    n = sum(p.count if isinstance(p, ColumnBuffer) else len(p) for p in pieces)
    tsi = _empty(n, np.int64)
    ts = tsi.view("datetime64[ns]")
    string = bool(s.meta and s.meta.is_string) or any(c.kind == "string" for c in chunks)
    value: np.ndarray | None = None
    aggs: dict[str, np.ndarray] = {}
    if q.is_raw:
        value = np.empty(n, object) if string else _empty(n, np.float64)
    else:
        names = list(q.aggregates or [])
        for c in chunks:
            names += [k for k in c.aggregates if k not in names]
        for k in names:
            aggs[k] = np.empty(n, object if k in ("maxDatapoint", "minDatapoint") else np.float64)
    has_status = any(c.status_code is not None for c in chunks) or q.include_status
    codes = np.zeros(n, np.uint32) if has_status else None
    symbols = np.full(n, None, object) if any(c.status_symbol is not None for c in chunks) else None
    pos = 0
    for i, piece in enumerate(pieces):
        pieces[i] = None  # type: ignore[call-overload]  # drop each piece once copied: peak stays ~1x the result
        if isinstance(piece, ColumnBuffer):
            m = piece.count
            buf_ts, buf_val = piece.arrays()
            tsi[pos : pos + m] = buf_ts
            assert value is not None
            value[pos : pos + m] = buf_val
            del buf_ts, buf_val
            piece.close()
            pos += m
            continue
        c = piece
        m = len(c)
        np.multiply(c.timestamp, 1_000_000, out=tsi[pos : pos + m])
        if value is not None and c.value is not None:
            value[pos : pos + m] = c.value
        for k, arr in aggs.items():
            src = c.aggregates.get(k)
            if src is not None:
                arr[pos : pos + m] = src
            else:
                arr[pos : pos + m] = None if arr.dtype == object else 0.0
        if codes is not None and c.status_code is not None:
            codes[pos : pos + m] = c.status_code
        if symbols is not None and c.status_symbol is not None:
            symbols[pos : pos + m] = c.status_symbol
        pos += m
    return SeriesResult(q, s.meta, ts, value, aggs, codes, symbols, missing=s.missing)


def _from_json(payload: Any) -> list[DecodedItem]:
    """A JSON reply (a server that ignored `accept: application/protobuf`) as DecodedItems."""
    out = []
    for it in payload.get("items", []):
        dps = it.get("datapoints", [])
        item = DecodedItem(
            id=it.get("id", 0),
            external_id=it.get("externalId"),
            instance_id=it.get("instanceId"),
            is_string=it.get("isString", False),
            is_step=it.get("isStep", False),
            unit=it.get("unit"),
            unit_external_id=it.get("unitExternalId"),
            next_cursor=it.get("nextCursor"),
        )
        item.timestamp = np.array([d["timestamp"] for d in dps], np.int64)
        aggs = {k for d in dps for k in d if k not in ("timestamp", "value", "status")}
        if aggs:
            item.kind = "aggregate"
            item.aggregates = {k: np.array([d.get(k, np.nan) for d in dps], np.float64) for k in sorted(aggs)}
        else:
            item.kind = "string" if item.is_string else "numeric"
            vals = [d.get("value") for d in dps]
            item.value = np.array(vals, object) if item.is_string else np.array(vals, np.float64)
        codes = [d.get("status", {}).get("code", 0) for d in dps]
        if any(codes):
            item.status_code = np.array(codes, np.uint32)
        out.append(item)
    return out
