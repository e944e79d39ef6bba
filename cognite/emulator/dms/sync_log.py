"""The change log sync reads: a monotonically increasing sequence number for every instance write and delete, and
the tombstones of deleted instances.

Each change appends (seq, key) and records the key's latest seq, so a write costs O(1) (amortised: stale entries
are dropped by an occasional compaction). Scanning after a seq finds its place by bisection and skips entries a
later change superseded: an instance appears once, at its latest change, and a sync cursor is just a seq.
Tombstones are the deleted instances' last state with `deletedTime`; they are kept for the retention period CDF
documents (3 days) and then dropped, as are the cursors that could still need them (see `sync.py`).
"""

from __future__ import annotations

import bisect
from collections import deque
from collections.abc import Iterator
from typing import Any

from cognite.emulator.dms.filters import Instance

Key = tuple[str, str]
# CDF cleans up soft-deleted instances after this grace period; sync cursors expire with it.
TOMBSTONE_RETENTION_MS = 3 * 24 * 3600 * 1000
_COMPACT_MIN = 1024


class ChangeLog:
    def __init__(self) -> None:
        self.head = 0  # the last sequence number issued
        self.seq_of: dict[Key, int] = {}
        self.tombstones: dict[Key, Instance] = {}
        self._seqs: list[int] = []
        self._keys: list[Key] = []
        self._deletions: deque[tuple[int, Key, int]] = deque()  # (deletedTime, key, seq) in deletion order

    def __len__(self) -> int:
        return len(self.seq_of)

    def changed(self, key: Key, tombstone: Instance | None = None) -> int:
        """Record a write (tombstone None) or a delete of `key`; returns its sequence number."""
        self.head += 1
        seq = self.head
        self.seq_of[key] = seq
        self._seqs.append(seq)
        self._keys.append(key)
        if tombstone is None:
            self.tombstones.pop(key, None)
        else:
            self.tombstones[key] = tombstone
            self._deletions.append((tombstone["deletedTime"], key, seq))
        if len(self._seqs) > _COMPACT_MIN and len(self._seqs) > 2 * len(self.seq_of):
            self._compact()
        return seq

    def prune(self, before_ms: int) -> None:
        """Forget the tombstones of instances deleted before `before_ms` (the retention period)."""
        deletions = self._deletions
        while deletions and deletions[0][0] < before_ms:
            _, key, seq = deletions.popleft()
            if self.seq_of.get(key) == seq:  # still the key's latest change: nothing re-created it since
                del self.seq_of[key]
                del self.tombstones[key]

    def oldest_deletion(self) -> int | None:
        return self._deletions[0][0] if self._deletions else None

    def scan(self, after: int, upto: int | None = None) -> Iterator[tuple[int, Key]]:
        """(seq, key) of every key whose latest change is after `after` (and at most `upto`), in seq order."""
        seqs, keys, seq_of = self._seqs, self._keys, self.seq_of
        pos = bisect.bisect_right(seqs, after)
        while pos < len(seqs):
            seq = seqs[pos]
            if upto is not None and seq > upto:
                return
            key = keys[pos]
            if seq_of.get(key) == seq:
                yield seq, key
            pos += 1

    def _compact(self) -> None:
        pairs = sorted((seq, key) for key, seq in self.seq_of.items())
        self._seqs = [s for s, _ in pairs]
        self._keys = [k for _, k in pairs]

    def clear(self) -> None:
        self.__init__()  # type: ignore[misc]

    # -- persistence ------------------------------------------------------------------------------------------
    def dump(self) -> dict[str, Any]:
        return {
            "head": self.head,
            "seqs": [[seq, list(key)] for key, seq in self.seq_of.items()],
            "tombstones": [
                {**t, "key": list(t["key"]), "data": [[list(c), p] for c, p in t["data"].items()]}
                for t in self.tombstones.values()
            ],
        }

    def load(self, raw: dict[str, Any]) -> None:
        self.clear()
        self.seq_of = {(k[0], k[1]): int(seq) for seq, k in raw.get("seqs", [])}
        for t in raw.get("tombstones", []):
            key = (t["key"][0], t["key"][1])
            self.tombstones[key] = {**t, "key": key, "data": {(c[0], c[1]): p for c, p in t["data"]}}
        for key, t in sorted(self.tombstones.items(), key=lambda kv: self.seq_of.get(kv[0], 0)):
            self._deletions.append((t["deletedTime"], key, self.seq_of.get(key, 0)))
        self.head = max(int(raw.get("head", 0)), max(self.seq_of.values(), default=0))
        self._compact()
