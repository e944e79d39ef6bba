"""Sorting of query and sync result sets, and keyset cursors over a sort.

A sort (CDF's `PropertySortV3` list) becomes one total order: each property's (null rank, value), reversed for
descending properties, then (space, externalId) as the tie-break. The order key of the last item served is what a
keyset cursor holds, so the next page starts strictly after it even when items came or went in between.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from functools import total_ordering
from typing import TYPE_CHECKING, Any

from cognite.emulator.dms.filters import Instance, getter, sort_key
from cognite.emulator.http import CDFError

if TYPE_CHECKING:
    from cognite.emulator.dms.filters import Resolver

MAX_SORT = 5  # PropertySortV3 lists in QueryNodeTableExpressionV3 / BackfillSort: maxItems
OrderKey = tuple[Any, ...]


@total_ordering
class _Desc:
    """A sort part compared the other way round (a descending property)."""

    __slots__ = ("part",)

    def __init__(self, part: tuple[int, Any]) -> None:
        self.part = part

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Desc) and self.part == other.part

    def __lt__(self, other: _Desc) -> bool:
        return other.part < self.part

    def __hash__(self) -> int:
        return hash(self.part)


def order_key(sort: Any, resolver: Resolver, what: str = "sort") -> Callable[[Instance], OrderKey]:
    """The total order of `sort` (None or [] : by (space, externalId) alone)."""
    sort = sort or []
    if not isinstance(sort, list) or len(sort) > MAX_SORT:
        raise CDFError(400, f"{what} must be a list of at most {MAX_SORT} properties")
    parts: list[tuple[Callable[[Instance], tuple[int, Any]], bool]] = []
    for spec in sort:
        if not isinstance(spec, dict) or "property" not in spec:
            raise CDFError(400, f"Every {what} entry needs a property")
        direction = spec.get("direction", "ascending")
        if direction not in ("ascending", "descending"):
            raise CDFError(400, f"{what} direction must be ascending or descending, got {direction!r}")
        desc = direction == "descending"
        parts.append((sort_key(getter(spec["property"], resolver), bool(spec.get("nullsFirst")), desc), desc))

    def key(inst: Instance) -> OrderKey:
        out: list[Any] = [_Desc(k(inst)) if desc else k(inst) for k, desc in parts]
        out.append((inst["space"], inst["externalId"]))
        return tuple(out)

    return key


def sort_items(items: list[Instance], key: Callable[[Instance], OrderKey]) -> list[Instance]:
    try:
        return sorted(items, key=key)
    except TypeError as e:  # values of different types under one property
        raise CDFError(400, f"Cannot sort on properties holding values of different types: {e}") from e


def dump_key(key: OrderKey) -> list[Any]:
    """A JSON form of an order key (for a cursor)."""
    return [["d", *k.part] if isinstance(k, _Desc) else ["a", *k] for k in key]


def load_key(raw: Any) -> OrderKey:
    if not isinstance(raw, list) or not all(isinstance(p, list) and len(p) == 3 for p in raw):
        raise CDFError(400, "Invalid cursor")
    out: list[Any] = []
    for flag, rank, value in raw:
        part = (rank, _tuples(value))
        out.append(_Desc(part) if flag == "d" else part)
    return tuple(out)


def _tuples(value: Any) -> Any:
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


def after(items: list[Instance], key: Callable[[Instance], OrderKey], last: OrderKey) -> int:
    """The position in `items` (sorted by `key`) of the first item ordered after `last`."""
    try:
        return bisect.bisect_right(items, last, key=key)
    except TypeError as e:
        raise CDFError(400, "Invalid cursor for this sort") from e
