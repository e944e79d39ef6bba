"""Each space's instances in store order, so a list restricted to spaces pages through those spaces only.

CDF indexes instances by space; without this a list of one space scans every instance of the project (after the
last match, the whole rest of the store). The index holds the store's own sequence numbers, so pages and cursors
are exactly those of a scan of the whole store: the filter is still evaluated on every candidate.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Iterator
from typing import Any

from cognite.emulator.store import Item, Store

Key = tuple[str, str]  # (space, externalId)


class SpaceIndex:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._seqs: dict[str, list[int]] = {}
        self._keys: dict[str, list[Key]] = {}
        self._stale: dict[str, int] = {}

    def clear(self) -> None:
        self._seqs.clear()
        self._keys.clear()
        self._stale.clear()

    def added(self, key: Key) -> None:
        """`key` was just stored for the first time (it has a new sequence number, the highest so far)."""
        seq = self.store.seq_of(key)
        assert seq is not None, key
        self._seqs.setdefault(key[0], []).append(seq)
        self._keys.setdefault(key[0], []).append(key)

    def removed(self, key: Key) -> None:
        space = key[0]
        self._stale[space] = stale = self._stale.get(space, 0) + 1
        if stale > 1024 and stale * 2 > len(self._keys.get(space, ())):
            live = [(s, k) for s, k in zip(self._seqs[space], self._keys[space], strict=True) if self._live(s, k)]
            self._seqs[space] = [s for s, _ in live]
            self._keys[space] = [k for _, k in live]
            self._stale[space] = 0

    def _live(self, seq: int, key: Key) -> bool:
        return self.store.seq_of(key) == seq  # a removed (or removed and re-created) instance has another number

    def iter_from(self, spaces: list[str], after_seq: int = 0) -> Iterator[tuple[int, Item]]:
        """(sequence number, instance) of the instances in `spaces` stored after `after_seq`, in store order."""
        runs = [self._iter_space(space, after_seq) for space in dict.fromkeys(spaces)]
        return runs[0] if len(runs) == 1 else heapq.merge(*runs, key=lambda pair: pair[0])

    def _iter_space(self, space: str, after_seq: int) -> Iterator[tuple[int, Item]]:
        seqs, keys = self._seqs.get(space, []), self._keys.get(space, [])
        get, seq_of = self.store.items.get, self.store.seq_of
        pos = bisect.bisect_right(seqs, after_seq)
        while pos < len(keys):  # instances added while iterating are visited too, as in Store.iter_from
            seq, key = seqs[pos], keys[pos]
            item = get(key)
            if item is not None and seq_of(key) == seq:  # not removed (nor removed and re-created since)
                yield seq, item
            pos += 1


def filter_spaces(flt: Any, kind: str) -> list[str] | None:
    """The spaces a list filter keeps instances of `kind` to (``equals`` / ``in`` on [kind, "space"], alone or in
    an ``and``), or None when it does not say."""
    if not isinstance(flt, dict) or len(flt) != 1:
        return None
    ((op, arg),) = flt.items()
    if op == "and" and isinstance(arg, list):
        for part in arg:
            spaces = filter_spaces(part, kind)
            if spaces is not None:
                return spaces
        return None
    if op in ("equals", "in") and isinstance(arg, dict) and arg.get("property") == [kind, "space"]:
        values = [arg.get("value")] if op == "equals" else arg.get("values")
        if isinstance(values, list) and values and all(isinstance(v, str) for v in values):
            return values
    return None
