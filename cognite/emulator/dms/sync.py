"""`POST /models/instances/sync`: the changes to each result set, read from the change log (`sync_log.py`).

A set's cursor is a position in the log plus the log's head when the sync started (`start`): a page lists the
set's instances whose latest change comes after the position, in log order, so a change made between two pages
is served once (an instance changed again before it was read is served once, in its latest state) and a deleted
instance comes back once as a tombstone. Cursors are positions, not server state: the same cursor gives the same
page again (a retry after a dropped connection).

Modes (`SyncMode`): onePhase reads the log from the beginning (tombstones from before the start are skipped
unless skipAlreadyDeleted is false); twoPhase first backfills the instances unchanged since the start (optionally
in `backfillSort` order, with a keyset cursor), ends the backfill with the first page shorter than the limit, then
reads the log after the start; noBackfill reads only changes after the start. A chained set (`from`) holds the
instances its expression reaches from the parent set's current members, deleted ones included, and pages in the
order of their effective change (the latest change of the member and of the chain reaching it: an instance joins
when its parent starts to match, without a change of its own).
Cursors are issued with their time and expire after the tombstone retention (3 days) unless
allowExpiredCursorsAndAcceptMissedDeletes is set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cognite.emulator.dms.filters import Instance, Predicate
from cognite.emulator.dms.query import (
    Evaluator,
    Expression,
    Selection,
    check_limit,
    cursors_of,
    debug_options,
    decode,
    encode,
    parse_select,
    parse_with,
    render,
    typing,
)
from cognite.emulator.dms.query_sort import after, dump_key, load_key, order_key, sort_items
from cognite.emulator.dms.sync_log import TOMBSTONE_RETENTION_MS
from cognite.emulator.http import CDFError

if TYPE_CHECKING:
    from cognite.emulator.dms.instances import Instances

# TableExpressionSyncLimit (a shared schema no path names; a test checks it against the pinned spec).
SYNC_LIMIT_DEFAULT = 100
SYNC_LIMIT_MAX = 2000
SYNC_MODES = ("onePhase", "twoPhase", "noBackfill")
CURSOR_TTL_MS = TOMBSTONE_RETENTION_MS  # CDF: sync cursors expire after 3 days, with the soft-deleted instances
_TOMBSTONE_FIELDS = ("instanceType", "space", "externalId", "version", "createdTime", "lastUpdatedTime")


def tombstone(inst: Instance) -> dict[str, Any]:
    out = {f: inst[f] for f in _TOMBSTONE_FIELDS}
    for f in ("type", "startNode", "endNode"):  # an edge's references are required fields
        if inst.get(f) is not None:
            out[f] = inst[f]
    out["deletedTime"] = inst["deletedTime"]
    out["properties"] = {}
    return out


class _SetSync:
    """One result set's page of changes."""

    def __init__(
        self,
        svc: Instances,
        expr: Expression,
        member: Predicate,
        sel: Selection | None,
        changed: dict[tuple[str, str], int] | None = None,
    ) -> None:
        self.svc, self.expr, self.member, self.sel = svc, expr, member, sel
        self.changed = changed  # a chained set: its members' effective changes (see query.Evaluator)
        raw = expr.raw
        self.limit = check_limit(raw.get("limit"), SYNC_LIMIT_DEFAULT, SYNC_LIMIT_MAX, f"Result set {expr.name}: limit")
        self.mode = raw.get("mode") or "onePhase"
        if self.mode not in SYNC_MODES:
            raise CDFError(400, f"Result set {expr.name}: mode must be one of {list(SYNC_MODES)}, got {self.mode!r}")
        self.backfill_sort = raw.get("backfillSort")
        if self.backfill_sort and self.mode != "twoPhase":
            raise CDFError(400, f"Result set {expr.name}: backfillSort can only be used with mode twoPhase")
        self.skip_deleted = raw.get("skipAlreadyDeleted", True) is not False

    def _instance(self, key: tuple[str, str]) -> tuple[Instance, bool] | None:
        """The instance (live, or its tombstone) at `key`, if the set holds it."""
        inst = self.svc.store.get(key)
        deleted = inst is None
        if inst is None:
            inst = self.svc.changes.tombstones.get(key)
        if inst is None or not self.member(inst):
            return None
        return inst, deleted

    def _out(self, inst: Instance, deleted: bool) -> dict[str, Any]:
        return tombstone(inst) if deleted else render(self.svc, inst, self.sel)

    def start(self) -> dict[str, Any]:
        """The state of a sync that starts now (its first request)."""
        head = self.svc.changes.head
        return {"s": head, "p": head if self.mode == "noBackfill" else 0, "b": self.mode == "twoPhase"}

    def page(self, state: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        log = self.svc.changes
        start, pos = state.get("s"), state.get("p")
        if not isinstance(start, int) or not isinstance(pos, int) or pos > log.head:
            raise CDFError(400, f"Invalid cursor for result set {self.expr.name}")
        if self.changed is not None:
            return self._chained(state, start)
        if state.get("b"):
            return self._backfill(state, start)
        out: list[dict[str, Any]] = []
        last = pos
        for seq, key in log.scan(pos):
            last = seq
            found = self._instance(key)
            if found is None:
                continue
            inst, deleted = found
            if deleted and self.skip_deleted and seq <= start:
                continue  # deleted before this sync began
            out.append(self._out(inst, deleted))
            if len(out) == self.limit:
                break
        else:
            last = log.head
        return out, {"s": start, "p": last, "b": False}

    def _backfill(self, state: dict[str, Any], start: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        """The instances as they were when the sync started (those changed since come from the log later)."""
        log = self.svc.changes
        out: list[dict[str, Any]] = []
        if self.backfill_sort:
            key = order_key(self.backfill_sort, self.svc, "backfillSort")
            unchanged = [
                inst
                for k, inst in self.svc.store.items.items()
                if log.seq_of.get(k, start + 1) <= start and self.member(inst)
            ]
            ordered = sort_items(unchanged, key)
            begin = after(ordered, key, load_key(state["k"])) if state.get("k") is not None else 0
            page = ordered[begin : begin + self.limit]
            out = [self._out(i, False) for i in page]
            next_state = {**state, "k": dump_key(key(page[-1])) if page else state.get("k")}
        else:
            last = state["p"]
            for seq, k in log.scan(state["p"], upto=start):
                last = seq
                found = self._instance(k)
                if found is None or (found[1] and self.skip_deleted):
                    continue
                out.append(self._out(*found))
                if len(out) == self.limit:
                    break
            next_state = {**state, "p": last}
        if len(out) < self.limit:  # the backfill is over: follow the log from the sync's start
            next_state = {"s": start, "p": start, "b": False}
        return out, next_state

    def _chained(self, state: dict[str, Any], start: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        """A chained set's page: its members in the order of their effective change (a member whose chain
        changed counts as changed), the cursor holding the last (change, key) served."""
        assert self.changed is not None
        log, backfill = self.svc.changes, bool(state.get("b"))
        pos, last_key = state["p"], state.get("q")
        after_key = tuple(last_key) if isinstance(last_key, list) else None
        pending = sorted(
            (seq, key)
            for key, seq in self.changed.items()
            if (seq > pos or (seq == pos and after_key is not None and key > after_key))
            and (not backfill or seq <= start)
        )
        out: list[dict[str, Any]] = []
        served: tuple[int, tuple[str, str]] | None = None
        for seq, key in pending:
            found = self._instance(key)
            if found is None:
                continue
            inst, deleted = found
            if deleted and (backfill or self.skip_deleted) and log.seq_of.get(key, 0) <= start:
                continue  # deleted before this sync began
            out.append(self._out(inst, deleted))
            served = (seq, key)
            if len(out) == self.limit:
                return out, {**state, "p": served[0], "q": list(served[1])}
        if backfill:  # the backfill is over: follow the changes after the sync's start
            return out, {"s": start, "p": start, "b": False}
        return out, {"s": start, "p": log.head, "b": False}


def sync(svc: Instances, body: dict[str, Any]) -> dict[str, Any]:
    exprs = parse_with(body.get("with"), sync=True)
    by_name = {e.name: e for e in exprs}
    selections = parse_select(svc, body.get("select"), by_name, sync=True)
    cursors = cursors_of(body, by_name)
    now = svc.now()
    allow_expired = bool(body.get("allowExpiredCursorsAndAcceptMissedDeletes"))
    states: dict[str, dict[str, Any]] = {}
    emit, debug = debug_options(body)
    for name, cursor in cursors.items():
        state = decode(cursor, name)
        issued = state.get("t")
        if not isinstance(issued, int):
            raise CDFError(400, f"Invalid cursor for result set {name}")
        if now - issued > CURSOR_TTL_MS and not allow_expired:
            raise CDFError(
                400,
                f"The sync cursor for result set {name} has expired: sync cursors expire after 3 days, when "
                "soft-deleted instances are cleaned up. Restart the sync without a cursor, or set "
                "allowExpiredCursorsAndAcceptMissedDeletes to use it and accept missed deletes.",
            )
        states[name] = state
    tombstones = svc.changes.tombstones
    evaluator = Evaluator(
        svc,
        body.get("parameters"),
        lambda: [*svc.store.values(), *tombstones.values()],
        lambda space, xid: svc.store.get((space, xid)) or tombstones.get((space, xid)),
        lambda key: svc.changes.seq_of.get(key, 0),
    )
    members: dict[str, list[Instance]] = {}
    items: dict[str, list[dict[str, Any]]] = {}
    next_cursors: dict[str, str] = {}
    for expr in exprs:
        member = _membership(evaluator, expr, by_name, members)
        chained = evaluator.changed.get(expr.name) if expr.parent else None
        reader = _SetSync(svc, expr, member, selections.get(expr.name), chained)
        state = states.get(expr.name) or reader.start()
        page, following = reader.page(state) if emit else ([], state)  # no results emitted: the cursor stays
        items[expr.name] = page
        next_cursors[expr.name] = encode({**following, "t": now})
    reply: dict[str, Any] = {"items": items, "nextCursor": next_cursors}
    if debug is not None:
        reply["debug"] = debug
    if body.get("includeTyping"):
        reply["typing"] = typing(svc, selections)
    return reply


def _membership(
    evaluator: Evaluator, expr: Expression, by_name: dict[str, Expression], members: dict[str, list[Instance]]
) -> Predicate:
    """Whether an instance (live or deleted) belongs to the set. A root set is its filter, tested per change; a
    chained set is evaluated whole (its members are also what the sets chained from it start from)."""
    dependents = any(e.parent == expr.name for e in by_name.values())
    if expr.parent is None and not dependents:
        return evaluator.own_filter(expr)
    parent = members[expr.parent] if expr.parent else None
    found = evaluator.evaluate(expr, parent, by_name[expr.parent] if expr.parent else None)
    members[expr.name] = found
    keys = {i["key"] for i in found}
    return lambda inst: inst["key"] in keys
