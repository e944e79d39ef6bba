"""The change stream of one datapoint subscription: per partition, an append-only log of what happened to its
member series (datapoints upserted, ranges deleted, series added or removed), read through cursors.

A cursor names (the subscription's incarnation, a partition, a position in its log). Entries older than CDF's
documented retention (7 days) are discarded; a cursor pointing before the oldest kept entry has expired (400).
"""

from __future__ import annotations

import base64
import itertools
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from cognite.emulator.datapoints.store import STATUS_BAD, STATUS_UNCERTAIN, status_json
from cognite.emulator.http import CDFError
from cognite.emulator.ids import now_ms

RETENTION_MS = 7 * 24 * 3600 * 1000  # "updates older than 7 days may be discarded"
_INCARNATIONS = itertools.count(1)


@dataclass
class Entry:
    """One change to one series: `kind` "data" (upserted points and/or deleted ranges), "added" or "removed"."""

    time: int
    kind: str
    series: dict[str, Any]  # the series as the data list names it (id, externalId, instanceId, isString, type)
    ts: np.ndarray | None = None
    values: Any = None  # float64 array, or a list of strings
    status: np.ndarray | None = None
    deletes: list[dict[str, int]] = field(default_factory=list)

    @property
    def size(self) -> int:
        return max(1, 0 if self.ts is None else len(self.ts)) if self.kind == "data" else 1


@dataclass
class PartitionLog:
    entries: list[Entry] = field(default_factory=list)
    offset: int = 0  # how many entries were discarded from the head

    @property
    def end(self) -> int:
        return self.offset + len(self.entries)

    def append(self, entry: Entry) -> None:
        self.entries.append(entry)
        horizon = entry.time - RETENTION_MS
        if self.entries[0].time < horizon:  # one comparison per append while nothing is due
            keep = next((i for i, e in enumerate(self.entries) if e.time >= horizon), len(self.entries))
            del self.entries[:keep]
            self.offset += keep

    def position_at(self, time: int) -> int:
        """The position of the first entry at or after `time`."""
        return self.offset + next((i for i, e in enumerate(self.entries) if e.time >= time), len(self.entries))


class Stream:
    """The partitions of one subscription and its current members (series id -> series as the data list names it)."""

    def __init__(self, partition_count: int) -> None:
        self.incarnation = next(_INCARNATIONS)
        self.partitions = [PartitionLog() for _ in range(partition_count)]
        self.members: dict[int, dict[str, Any]] = {}

    def log(self, ts_id: int) -> PartitionLog:
        return self.partitions[ts_id % len(self.partitions)]

    def set_members(self, members: dict[int, dict[str, Any]]) -> None:
        """Replace the members, logging the series that left and those that joined."""
        now = now_ms()
        for ts_id in [i for i in self.members if i not in members]:
            self.log(ts_id).append(Entry(now, "removed", self.members.pop(ts_id)))
        for ts_id, series in members.items():
            if ts_id not in self.members:
                self.log(ts_id).append(Entry(now, "added", series))
            self.members[ts_id] = series

    def cursor(self, index: int, position: int) -> str:
        raw = f"{self.incarnation}:{index}:{position}".encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def position(self, index: int, cursor: str) -> int:
        try:
            text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
            incarnation, part, position = (int(x) for x in text.split(":"))
        except (ValueError, UnicodeDecodeError) as e:
            raise CDFError(400, f"Invalid cursor: {cursor}") from e
        if incarnation != self.incarnation or part != index:
            raise CDFError(400, f"The cursor {cursor} does not belong to partition {index} of this subscription")
        log = self.partitions[index]
        if position < log.offset:
            raise CDFError(400, f"The cursor {cursor} has expired: its changes are older than the retention period")
        return min(position, log.end)


@dataclass(frozen=True)
class ReadOptions:
    include_status: bool = False
    ignore_bad: bool = True
    uncertain_as_bad: bool = True


def read(log: PartitionLog, start: int, limit: int, opts: ReadOptions) -> tuple[list[dict], dict[str, list], int]:
    """The updates and subscription changes from `start`, up to about `limit` points (whole entries), and the
    position after them."""
    updates: list[dict[str, Any]] = []
    changes: dict[str, list[dict[str, Any]]] = {"added": [], "removed": []}
    taken = 0
    position = start
    for entry in log.entries[start - log.offset :]:
        if taken and taken + entry.size > limit:
            break
        taken += entry.size
        position += 1
        if entry.kind == "data":
            updates.append(_update_json(entry, opts))
        else:
            changes[entry.kind].append(_ts_id(entry.series))
    return updates, changes, position


def _ts_id(series: dict[str, Any]) -> dict[str, Any]:
    return {k: series[k] for k in ("id", "externalId", "instanceId") if k in series}


def _update_json(entry: Entry, opts: ReadOptions) -> dict[str, Any]:
    upserts: list[dict[str, Any]] = []
    if entry.ts is not None and len(entry.ts):
        ts = entry.ts.tolist()
        values = entry.values.tolist() if isinstance(entry.values, np.ndarray) else list(entry.values)
        codes = [0] * len(ts) if entry.status is None else entry.status.tolist()
        bad_mask = STATUS_BAD | (STATUS_UNCERTAIN if opts.uncertain_as_bad else 0)
        for t, v, code in zip(ts, values, codes, strict=True):
            is_bad = bool(code & bad_mask)
            if is_bad and opts.ignore_bad:
                continue
            point: dict[str, Any] = {"timestamp": t}
            if v is not None and not (is_bad and isinstance(v, float) and v != v):
                point["value"] = v
            if opts.include_status and code:
                point["status"] = status_json(code)
            upserts.append(point)
    return {"timeSeries": entry.series, "upserts": upserts, "deletes": list(entry.deletes)}
