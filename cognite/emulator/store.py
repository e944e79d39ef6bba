"""In-memory item store with an external-id index and stable, insertion-ordered cursors.

Every item gets a sequence number when stored. Cursors name the last sequence number served, so a page
resumes in O(page) time, and inserts or deletes between pages neither repeat nor skip the other items.
"""

from __future__ import annotations

import base64
import bisect
from collections.abc import Callable, Iterator
from typing import Any

from cognite.emulator.http import CDFError

Item = dict[str, Any]
Key = Any  # int id, or str for resources keyed by externalId / name


class Store:
    """Items by primary key, in insertion order, with an optional unique externalId index."""

    def __init__(self, key_field: str = "id", xid_field: str | None = "externalId") -> None:
        self.key_field = key_field
        self.xid_field = xid_field
        self.items: dict[Key, Item] = {}
        self.by_xid: dict[str, Key] = {}
        self._seq_of: dict[Key, int] = {}
        self._seqs: list[int] = []
        self._keys: list[Key | None] = []
        self._next_seq = 1
        self._dead = 0

    def __len__(self) -> int:
        return len(self.items)

    def __contains__(self, key: Key) -> bool:
        return key in self.items

    def get(self, key: Key) -> Item | None:
        return self.items.get(key)

    def seq_of(self, key: Key) -> int | None:
        """The sequence number of the stored item `key` (None: not stored)."""
        return self._seq_of.get(key)

    def put(self, item: Item) -> None:
        key = item[self.key_field]
        if key not in self.items:
            self._seq_of[key] = self._next_seq
            self._seqs.append(self._next_seq)
            self._keys.append(key)
            self._next_seq += 1
        self.items[key] = item
        self._index_xid(None, item)

    def replace(self, old: Item, new: Item) -> None:
        """Store an updated version of an item, keeping its position."""
        self.items[new[self.key_field]] = new
        self._index_xid(old, new)

    def remove(self, key: Key) -> Item | None:
        item = self.items.pop(key, None)
        if item is None:
            return None
        if self.xid_field and (xid := item.get(self.xid_field)) is not None:
            self.by_xid.pop(xid, None)
        seq = self._seq_of.pop(key)
        pos = bisect.bisect_left(self._seqs, seq)
        self._keys[pos] = None
        self._dead += 1
        if self._dead > 1024 and self._dead * 2 > len(self._keys):
            self._compact()
        return item

    def clear(self) -> None:
        self.__init__(self.key_field, self.xid_field)  # type: ignore[misc]

    def _index_xid(self, old: Item | None, new: Item) -> None:
        if not self.xid_field:
            return
        old_xid = old.get(self.xid_field) if old else None
        new_xid = new.get(self.xid_field)
        if old_xid is not None and old_xid != new_xid:
            self.by_xid.pop(old_xid, None)
        if new_xid is not None:
            self.by_xid[new_xid] = new[self.key_field]

    def _compact(self) -> None:
        pairs = [(s, k) for s, k in zip(self._seqs, self._keys, strict=True) if k is not None]
        self._seqs = [s for s, _ in pairs]
        self._keys = [k for _, k in pairs]
        self._dead = 0

    def iter_from(self, after_seq: int = 0) -> Iterator[tuple[int, Item]]:
        """(sequence number, item) for every item stored after `after_seq`, in insertion order."""
        pos = bisect.bisect_right(self._seqs, after_seq)
        seqs, keys, items = self._seqs, self._keys, self.items
        # Items appended while iterating are visited too (same as a later page would).
        while pos < len(keys):
            key = keys[pos]
            if key is not None:
                item = items.get(key)
                if item is not None:
                    yield seqs[pos], item
            pos += 1

    def values(self) -> list[Item]:
        return list(self.items.values())


def encode_cursor(position: int) -> str:
    """An opaque cursor for a position (a sequence number or an offset)."""
    return base64.urlsafe_b64encode(str(position).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        return int(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode())
    except (ValueError, UnicodeDecodeError) as e:
        raise CDFError(400, f"Invalid cursor: {cursor}") from e


def offset_page(items: list[Any], limit: int, cursor: str | None) -> tuple[list[Any], str | None]:
    """One page of a materialised list, the cursor being the offset (sorted lists, runs, config revisions...)."""
    offset = decode_cursor(cursor) if cursor else 0
    end = offset + limit
    return items[offset:end], (encode_cursor(end) if end < len(items) else None)


MAX_PARTITIONS = 10
EMPTY_PARTITION = (0, 1)  # matches nothing: CDF's answer to m > 10 when it caps partitions


def parse_partition(partition: Any, capped: bool = False) -> tuple[int, int] | None:
    """'m/n' -> (m, n) with 1 <= m <= n; None when absent.

    n > 10 is a 400, except where CDF documents that it silently reduces n to 10 (`capped`): then m <= 10 reads
    partition m/10 and m > 10 reads nothing, so the partitions still add up to the whole.
    """
    if partition is None:
        return None
    try:
        m_str, n_str = str(partition).split("/")
        m, n = int(m_str), int(n_str)
    except ValueError as e:
        raise CDFError(400, f"Invalid partition '{partition}'. Must be on the form 'm/n'") from e
    if n < 1 or m < 1 or m > n:
        raise CDFError(400, f"Invalid partition '{partition}'. m must be between 1 and n")
    if n > MAX_PARTITIONS:
        if not capped:
            raise CDFError(
                400, f"Invalid partition '{partition}'. The number of partitions must be between 1 and {MAX_PARTITIONS}"
            )
        return (m, MAX_PARTITIONS) if m <= MAX_PARTITIONS else EMPTY_PARTITION
    return m, n


def in_partition(key: Key, partition: tuple[int, int] | None) -> bool:
    if partition is None:
        return True
    m, n = partition
    if m == 0:
        return False
    h = key if isinstance(key, int) else _stable_hash(key)
    return h % n == m - 1


def _stable_hash(value: str) -> int:
    import zlib

    return zlib.crc32(str(value).encode())


def paginate(
    store: Store,
    match: Callable[[Item], bool] | None,
    limit: int,
    cursor: str | None,
    partition: tuple[int, int] | None = None,
    candidates: Callable[[int], Iterator[tuple[int, Item]]] | None = None,
) -> tuple[list[Item], str | None]:
    """One page of matching items and the cursor to the next page (None at the end). `candidates(after_seq)`,
    when given, yields the (sequence number, item) pairs that can match, in store order (an index's subset)."""
    after = decode_cursor(cursor) if cursor else 0
    key_field = store.key_field
    page: list[Item] = []
    last_seq = after
    for seq, item in (candidates or store.iter_from)(after):
        if partition is not None and not in_partition(item[key_field], partition):
            continue
        if match is not None and not match(item):
            continue
        if len(page) == limit:
            return page, encode_cursor(last_seq)
        page.append(item)
        last_seq = seq
    return page, None
