"""Crash-safe persistence with a state file: a snapshot plus an append-only journal of the writes since.

Every request that may write is applied, then its record is appended to the journal (in the order the writes
were applied: one journaled request at a time), and its answer is held until an fsync covers the record (group
commit: one fsync serves every request that waits for it). An acknowledged write therefore survives SIGKILL.

A record is the request itself (method, path, query, headers without credentials, body, and the instant it was
served, which replays as the request's clock) or, for numeric datapoint inserts, their effect as numpy arrays.
Replay runs the requests through the app again: ids come from the project's seeded generator, whose state the
snapshot holds, and timestamps from the recorded instant, so the replayed data equals the acknowledged data.

Snapshots: at start (after a replay), every SNAPSHOT_SECONDS or SNAPSHOT_BYTES of journal, on `save()` and on
shutdown. A snapshot rotates the journal to a new segment, writes the state file durably (it names the first
segment it does not hold), then deletes the older segments; a crash at any point leaves a consistent pair.
"""

from __future__ import annotations

import asyncio
import logging
import struct
import threading
import time
import weakref
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import orjson
from starlette.types import Message, Scope

from cognite.emulator.ids import now_ms, request_clock
from cognite.emulator.journal import Journal, read_records, segments
from cognite.emulator.requestlog import SECRET_HEADERS

if TYPE_CHECKING:
    from cognite.emulator.emulator import Emulator

logger = logging.getLogger(__name__)

SNAPSHOT_SECONDS = 300.0
SNAPSHOT_BYTES = 256 * 2**20

# Datapoint inserts of the request being served: (series id, is_string, timestamps, values, status) per series
# stored, or None for a write the arrays cannot express (state strings). Set only while journaling.
captured_points: ContextVar[list[Any] | None] = ContextVar("emulator_captured_points", default=None)

_HEADER_LEN = struct.Struct("<I")
_REQUEST, _POINTS = b"R", b"D"
_NOT_JOURNALED_HEADERS = frozenset(h.encode() for h in SECRET_HEADERS)

App = Callable[[Scope, Any, Any], Awaitable[None]]


class Durability:
    """The journal and snapshots of one emulator's state file (see the module docstring)."""

    def __init__(self, emu: Emulator, state_file: Path) -> None:
        self.emu = emu
        self.state_file = state_file
        self.journal: Journal | None = None
        # One journaled request at a time: an asyncio lock per event loop (waiters queue without blocking the
        # loop), then a thread lock (several loops or threads, and snapshots taken outside any loop).
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._order = threading.Lock()
        self._snapshot_lock = threading.Lock()
        self._last_snapshot = time.monotonic()
        self.replayed = 0  # records replayed at start

    # -- start --------------------------------------------------------------------------------------------------
    def open(self) -> None:
        """Load the snapshot, replay the journal written after it, snapshot, and open a new journal segment."""
        from cognite.emulator.persistence import dump_state, load_state, write_durably

        if self.state_file.exists():
            first = load_state(self.emu, self.state_file)
        else:
            # A journal is only ever written next to its snapshot: without one, the state file was deleted to
            # start afresh, and the journal left behind belongs to that old state.
            for _, path in segments(self.state_file):
                logger.warning("%s: no state file next to this journal segment, so it is not replayed", path)
                path.unlink()
            first = 0
            write_durably(self.state_file, dump_state(self.emu, journal=first))
        pending = [(n, path) for n, path in segments(self.state_file) if n >= first]
        if pending:
            self._replay([path for _, path in pending])
        self.journal = Journal(self.state_file, number=max([first, *(n + 1 for n, _ in pending)]))
        if self.replayed:
            self.snapshot()  # the replayed writes into the state file; the old segments go
        else:
            self.journal.remove_before(self.journal.number)  # empty, or only a torn (unacknowledged) record

    def _replay(self, paths: list[Path]) -> None:
        app = self.emu.app.app  # the routes themselves: no auth, faults or request log on replay
        errors: list[BaseException] = []

        async def run() -> None:
            for path in paths:
                for payload in read_records(path):
                    await self._apply(app, payload)
                    self.replayed += 1

        def main() -> None:
            try:
                asyncio.run(run())
            except BaseException as e:  # re-raised in the caller's thread
                errors.append(e)

        # A thread of its own: the emulator may be created inside a running event loop.
        thread = threading.Thread(target=main, name="emulator-journal-replay")
        thread.start()
        thread.join()
        if errors:
            raise errors[0]

    async def _apply(self, app: App, payload: bytes) -> None:
        kind = payload[:1]
        (header_len,) = _HEADER_LEN.unpack_from(payload, 1)
        start = 1 + _HEADER_LEN.size
        header = orjson.loads(payload[start : start + header_len])
        body = payload[start + header_len :]
        if kind == _POINTS:
            _store_points(self.emu, header, body)
            return
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": header["method"],
            "scheme": header["scheme"],
            "path": header["path"],
            "raw_path": header["rawPath"].encode("latin-1"),
            "query_string": header["query"].encode("latin-1"),
            "root_path": "",
            "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in header["headers"]],
            "client": ("127.0.0.1", 0),
            "server": tuple(header["server"]) if header["server"] else None,
        }
        sent = False

        async def receive() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return {"type": "http.disconnect"}

        async def discard(_message: Message) -> None:
            return None

        token = request_clock.set(header["time"])
        try:
            await app(scope, receive, discard)
        except Exception:  # the original answered 500 the same way; replay goes on with the next write
            logger.exception("replaying %s %s", header["method"], header["path"])
        finally:
            request_clock.reset(token)

    # -- serving ------------------------------------------------------------------------------------------------
    def _journal(self) -> Journal:
        if self.journal is None:  # closed (Emulator.close) and used again: a new segment after the newest
            newest = max((n for n, _ in segments(self.state_file)), default=-1)
            self.journal = Journal(self.state_file, number=newest + 1)
        return self.journal

    async def serve(self, app: App, scope: Scope, body: bytes, receive: Any) -> list[Message]:
        """Apply one request that may write, journal it, and return its answer's messages once it is durable."""
        held: list[Message] = []

        async def hold(message: Message) -> None:
            held.append(message)

        loop = asyncio.get_running_loop()
        loop_lock = self._loop_locks.get(loop)
        if loop_lock is None:
            loop_lock = self._loop_locks[loop] = asyncio.Lock()
        async with loop_lock:
            while not self._order.acquire(blocking=False):
                await asyncio.sleep(0.001)  # another loop or thread journals (or a snapshot runs)
            try:
                instant = now_ms()
                clock, points = request_clock.set(instant), captured_points.set([])
                try:
                    await app(scope, receive, hold)
                finally:
                    captured = captured_points.get()
                    request_clock.reset(clock)
                    captured_points.reset(points)
                    # Journaled even when the handler failed: a replay then does (and fails at) the same.
                    journal = self._journal()
                    position = journal.append(_record(scope, body, instant, captured))
                if self._snapshot_due():
                    self._snapshot_holding_order()
            finally:
                self._order.release()
        if held and held[0]["status"] < 400 and not journal.is_durable(position):
            await asyncio.to_thread(journal.sync_through, position)
        return held

    def _snapshot_due(self) -> bool:
        written = self._journal().segment_bytes
        return written >= SNAPSHOT_BYTES or (written > 0 and time.monotonic() - self._last_snapshot >= SNAPSHOT_SECONDS)

    # -- snapshots ----------------------------------------------------------------------------------------------
    def snapshot(self) -> None:
        """Write the whole state to the state file and start a new journal segment (blocks journaled writes)."""
        with self._order:
            self._snapshot_holding_order()

    async def snapshot_async(self) -> None:
        """`snapshot` from inside an event loop (waits for the journaled request being served, if any)."""
        while not self._order.acquire(blocking=False):
            await asyncio.sleep(0.001)
        try:
            self._snapshot_holding_order()
        finally:
            self._order.release()

    def _snapshot_holding_order(self) -> None:
        from cognite.emulator.persistence import dump_state, write_durably

        journal = self._journal()
        with self._snapshot_lock:
            with self.emu.lock:
                next_segment = journal.rotate()
                data = dump_state(self.emu, journal=next_segment)
            write_durably(self.state_file, data)
            journal.remove_before(next_segment)
            self._last_snapshot = time.monotonic()

    def close(self) -> None:
        """Final snapshot, then close the journal."""
        if self.journal is None:
            return
        self.snapshot()
        self.journal.close()
        self.journal = None


def _record(scope: Scope, body: bytes, instant: int, points: list[Any] | None) -> bytes:
    from cognite.emulator.middleware import split_project

    project, route = split_project(scope["path"])
    numeric = points and all(p is not None and not p[1] and p[3].dtype != object for p in points)
    if numeric and route == "/timeseries/data" and scope["method"] == "POST":
        assert points is not None
        series = []
        chunks: list[bytes] = []
        for ts_id, _is_string, ts, values, status in points:
            arrays = [np.ascontiguousarray(ts, dtype=np.int64), np.ascontiguousarray(values)]
            if status is not None:
                arrays.append(np.ascontiguousarray(status))
            series.append([ts_id, len(ts), [a.dtype.str for a in arrays]])
            chunks.extend(a.tobytes() for a in arrays)
        return _frame(_POINTS, {"project": project, "series": series}, b"".join(chunks))
    server = scope.get("server")
    header = {
        "method": scope["method"],
        "scheme": scope.get("scheme", "http"),
        "path": scope["path"],
        "rawPath": (scope.get("raw_path") or scope["path"].encode()).decode("latin-1"),
        "query": scope.get("query_string", b"").decode("latin-1"),
        "headers": [
            [k.decode("latin-1"), v.decode("latin-1")]
            for k, v in scope["headers"]
            if k.lower() not in _NOT_JOURNALED_HEADERS
        ],
        "server": list(server) if server else None,
        "time": instant,
    }
    return _frame(_REQUEST, header, body)


def _frame(kind: bytes, header: dict[str, Any], body: bytes) -> bytes:
    encoded = orjson.dumps(header)
    return b"".join((kind, _HEADER_LEN.pack(len(encoded)), encoded, body))


def _store_points(emu: Emulator, header: dict[str, Any], body: bytes) -> None:
    datapoints = emu.project(header["project"]).datapoints
    offset = 0
    with datapoints.lock:
        for ts_id, n, dtypes in header["series"]:
            arrays = []
            for dtype in dtypes:
                size = np.dtype(dtype).itemsize * n
                arrays.append(np.frombuffer(body, dtype=dtype, count=n, offset=offset).copy())
                offset += size
            status = arrays[2] if len(arrays) > 2 else None
            datapoints.store.get_or_create(ts_id, False).insert(arrays[0], arrays[1], status)
