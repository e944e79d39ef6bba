"""`POST /models/instances/query`: result set expressions over the instances store.

A query names result sets in `with`; each is a node expression (all nodes matching a filter, or the nodes reached
from another set through a direct relation or at one end of its edges), an edge expression (edges traversed from a
node set, up to `maxDistance` levels, outwards or inwards) or a set operation over other sets. Sets are evaluated
in dependency order; a chained set starts from the page its parent returns, as in CDF. Each set has its own
`limit` and its own cursor (a keyset position in the set's order: its `sort`, else by space and externalId);
`select` chooses the views and properties rendered per set. `sync.py` reuses the same expressions (`parse_with`,
`Evaluator`) without sort.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import orjson

from cognite.emulator.dms.filters import ContainerKey, Instance, Predicate
from cognite.emulator.dms.query_sort import after, dump_key, load_key, order_key, sort_items
from cognite.emulator.http import CDFError
from cognite.emulator.resource import check_limit as check_page_limit

if TYPE_CHECKING:
    from cognite.emulator.dms.instances import Instances

# Limits of the spec's shared schemas (QueryRequest, TableExpressionQueryLimit, limitEach, SourceSelectorV3),
# which no path names; a test checks them against the pinned spec.
MAX_EXPRESSIONS = 50
QUERY_LIMIT_DEFAULT = 100
QUERY_LIMIT_MAX = 10_000
LIMIT_EACH_MAX = 2000
MAX_SELECT_SOURCES = 10
SET_OPERATIONS = ("union", "unionAll", "intersection")
DIRECTIONS = ("outwards", "inwards")
CHAIN_TO = ("source", "destination")

Key = tuple[str, str]
Lookup = Callable[[str, str], Instance | None]


def _key(ref: Any) -> Key | None:
    if isinstance(ref, dict) and isinstance(ref.get("space"), str) and isinstance(ref.get("externalId"), str):
        return (ref["space"], ref["externalId"])
    return None


def check_limit(value: Any, default: int, maximum: int, what: str) -> int:
    """The emulator's limit check, its message naming the result set."""
    try:
        return check_page_limit(value, default, maximum)
    except CDFError as e:
        raise CDFError(400, f"{what}: {e.message}, got {value!r}") from e


def substitute(flt: Any, parameters: dict[str, Any]) -> Any:
    """The filter with every {"parameter": name} value replaced by the request's parameter."""
    if isinstance(flt, dict):
        if set(flt) == {"parameter"}:
            name = flt["parameter"]
            if name not in parameters:
                raise CDFError(400, f"The query uses the parameter {name!r}, which `parameters` does not provide")
            return parameters[name]
        return {k: substitute(v, parameters) for k, v in flt.items()}
    if isinstance(flt, list):
        return [substitute(v, parameters) for v in flt]
    return flt


@dataclass
class Expression:
    """One result set expression of `with`, checked."""

    name: str
    kind: str  # "node", "edge", or a set operation
    body: dict[str, Any]  # the nodes / edges object, or the whole set operation
    raw: dict[str, Any]
    deps: list[str] = field(default_factory=list)

    @property
    def parent(self) -> str | None:
        return self.body.get("from") if self.kind in ("node", "edge") else None


def _set_operands(op: dict[str, Any], name: str) -> list[str]:
    """Every set name a (possibly nested) set operation reads."""
    (kind,) = [k for k in SET_OPERATIONS if k in op]
    parts = op[kind]
    if not isinstance(parts, list) or not parts:
        raise CDFError(400, f"Result set {name}: {kind} needs a non-empty list of result set names")
    names: list[str] = []
    for part in parts:
        if isinstance(part, str):
            names.append(part)
        elif isinstance(part, dict) and any(k in part for k in SET_OPERATIONS):
            names.extend(_set_operands(part, name))
        else:
            raise CDFError(400, f"Result set {name}: every {kind} operand is a result set name or a set operation")
    excepts = op.get("except") or []
    if not isinstance(excepts, list) or not all(isinstance(e, str) for e in excepts):
        raise CDFError(400, f"Result set {name}: except must be a list of result set names")
    return names + excepts


def parse_with(raw: Any, *, sync: bool) -> list[Expression]:
    """The expressions of `with`, in an order where every set comes after the sets it reads."""
    if not isinstance(raw, dict) or not 1 <= len(raw) <= MAX_EXPRESSIONS:
        raise CDFError(400, f"`with` must name between 1 and {MAX_EXPRESSIONS} result set expressions")
    exprs: dict[str, Expression] = {}
    for name, spec in raw.items():
        if not isinstance(spec, dict):
            raise CDFError(400, f"Result set {name} must be an object")
        kinds = [k for k in ("nodes", "edges") if k in spec] + [k for k in SET_OPERATIONS if k in spec]
        if len(kinds) != 1 or (sync and kinds[0] in SET_OPERATIONS):
            allowed = "nodes or edges" if sync else f"nodes, edges or one of {', '.join(SET_OPERATIONS)}"
            raise CDFError(400, f"Result set {name} must be exactly one of {allowed}")
        kind = kinds[0]
        if kind in ("nodes", "edges"):
            body = spec[kind] if spec[kind] is not None else {}
            if not isinstance(body, dict):
                raise CDFError(400, f"Result set {name}: {kind} must be an object")
            expr = Expression(name, kind[:-1], body, spec)
            parent = body.get("from")
            if parent is not None:
                if not isinstance(parent, str):
                    raise CDFError(400, f"Result set {name}: from must be the name of a result set")
                expr.deps.append(parent)
            _check_traversal(expr)
        else:
            expr = Expression(name, kind, spec, spec, _set_operands(spec, name))
        exprs[name] = expr
    for expr in exprs.values():
        for dep in expr.deps:
            if dep not in exprs:
                raise CDFError(400, f"Result set {expr.name} refers to {dep}, which is not a result set in `with`")
    return _ordered(exprs)


def _check_traversal(expr: Expression) -> None:
    body, name = expr.body, expr.name
    for option, allowed in (("direction", DIRECTIONS), ("chainTo", CHAIN_TO)):
        if body.get(option) is not None and body[option] not in allowed:
            raise CDFError(400, f"Result set {name}: {option} must be one of {list(allowed)}, got {body[option]!r}")
    if expr.kind == "node":
        if body.get("through") is not None and body.get("from") is None:
            raise CDFError(400, f"Result set {name}: through needs from (the result set to traverse from)")
        return
    distance = body.get("maxDistance")
    if distance is not None and (not isinstance(distance, int) or isinstance(distance, bool) or distance < 1):
        raise CDFError(400, f"Result set {name}: maxDistance must be a positive integer, got {distance!r}")
    if body.get("limitEach") is not None:
        check_limit(body["limitEach"], 0, LIMIT_EACH_MAX, f"Result set {name}: limitEach")


def _ordered(exprs: dict[str, Expression]) -> list[Expression]:
    out: list[Expression] = []
    state: dict[str, int] = {}  # 1: being visited, 2: done

    def visit(name: str, path: list[str]) -> None:
        if state.get(name) == 2:
            return
        if state.get(name) == 1:
            cycle = " -> ".join([*path[path.index(name) :], name])
            raise CDFError(400, f"The result set expressions form a cycle: {cycle}")
        state[name] = 1
        for dep in exprs[name].deps:
            visit(dep, [*path, name])
        state[name] = 2
        out.append(exprs[name])

    for name in exprs:
        visit(name, [])
    return out


class Evaluator:
    """Evaluates node and edge expressions over the store (and, for sync, over tombstones as well).

    With `seq` (an instance's latest change in the log), each set also gets its members' effective change: the
    latest change among the member and the chain that reaches it (the edge, the parent member...), so a sync sees
    an instance that joins a chained set because its parent changed (`self.changed[name][key]`)."""

    def __init__(
        self,
        svc: Instances,
        parameters: Any,
        universe: Callable[[], Iterable[Instance]],
        lookup: Lookup,
        seq: Callable[[Key], int] | None = None,
    ) -> None:
        if parameters is not None and not isinstance(parameters, dict):
            raise CDFError(400, "parameters must be an object of parameter names to values")
        self.svc = svc
        self.parameters = parameters or {}
        self.universe = universe
        self.lookup = lookup
        self.seq = seq
        self.changed: dict[str, dict[Key, int]] = {}
        self._by_kind: dict[str, list[Instance]] = {}

    def compile(self, flt: Any) -> Predicate:
        return self.svc.compile(substitute(flt, self.parameters))

    def all_of(self, kind: str) -> list[Instance]:
        if kind not in self._by_kind:
            self._by_kind[kind] = [i for i in self.universe() if i["instanceType"] == kind]
        return self._by_kind[kind]

    def own_filter(self, expr: Expression) -> Predicate:
        """The expression's filter and instance type (what a root set matches)."""
        flt, kind = self.compile(expr.body.get("filter")), expr.kind
        return lambda inst: inst["instanceType"] == kind and flt(inst)

    def evaluate(
        self, expr: Expression, parent: list[Instance] | None, parent_expr: Expression | None
    ) -> list[Instance]:
        """The expression's instances (unsorted, unlimited), given its parent set's instances."""
        changed = self.changed.setdefault(expr.name, {})
        before = self.changed.get(parent_expr.name, {}) if parent_expr is not None else {}
        if expr.kind == "node":
            return self._nodes(expr, parent, parent_expr, changed, before)
        return self._edges(expr, parent, parent_expr, changed, before)

    def _reached(self, changed: dict[Key, int], inst: Instance, *via: int) -> int:
        """Record that `inst` is in the set, reached through changes `via`; its effective change."""
        if self.seq is None:
            return 0
        key = inst["key"]
        latest = max(self.seq(key), *via) if via else self.seq(key)
        if latest > changed.get(key, -1):
            changed[key] = latest
        return changed[key]

    # -- nodes ------------------------------------------------------------------------------------------------
    def _nodes(
        self,
        expr: Expression,
        parent: list[Instance] | None,
        parent_expr: Expression | None,
        changed: dict[Key, int],
        before: dict[Key, int],
    ) -> list[Instance]:
        flt = self.own_filter(expr)
        body = expr.body
        if parent is None or parent_expr is None:
            found = [n for n in self.all_of("node") if flt(n)]
            for n in found:
                self._reached(changed, n)
            return found
        if body.get("through") is not None:
            if parent_expr.kind == "edge":
                raise CDFError(400, f"Result set {expr.name}: through traverses from a node result set")
            container, prop = self._through(expr)
            reached = self._through_nodes(parent, container, prop, body.get("direction") or "inwards")
        elif parent_expr.kind == "edge":
            reached = self._edge_ends(parent, parent_expr, body.get("chainTo") or "destination")
        else:
            reached = [(p, p) for p in parent]
        out = []
        for n, via in reached:
            if flt(n):
                self._reached(changed, n, before.get(via["key"], 0))
                out.append(n)
        return _unique(out)

    def _through(self, expr: Expression) -> tuple[ContainerKey, str]:
        through = expr.body["through"]
        source = through.get("source") or through.get("view") if isinstance(through, dict) else None
        prop = through.get("identifier") if isinstance(through, dict) else None
        if not isinstance(source, dict) or not isinstance(prop, str):
            raise CDFError(400, f"Result set {expr.name}: through needs a source (view or container) and identifier")
        if source.get("type", "view") == "view" and "version" in source:
            ref = [source.get("space"), f"{source.get('externalId')}/{source.get('version')}", prop]
        else:
            ref = [source.get("space"), source.get("externalId"), prop]
        if not all(isinstance(p, str) for p in ref):
            raise CDFError(400, f"Result set {expr.name}: invalid through reference {through!r}")
        return self.svc.property_key(ref)

    def _through_nodes(
        self, parent: list[Instance], container: ContainerKey, prop: str, direction: str
    ) -> list[tuple[Instance, Instance]]:
        """(node reached, the parent node it was reached from)."""

        def targets(inst: Instance) -> list[Key]:
            value = (inst["data"].get(container) or {}).get(prop)
            refs = value if isinstance(value, list) else [value]
            return [k for r in refs if (k := _key(r)) is not None]

        if direction == "outwards":
            return [(n, p) for p in parent for k in targets(p) if (n := self.lookup(*k)) is not None]
        wanted = {p["key"]: p for p in parent}
        return [(n, wanted[k]) for n in self.all_of("node") for k in targets(n) if k in wanted]

    def _edge_ends(
        self, edges: list[Instance], parent_expr: Expression, chain_to: str
    ) -> list[tuple[Instance, Instance]]:
        """(node at the chosen end, the edge)."""
        outwards = (parent_expr.body.get("direction") or "outwards") == "outwards"
        end = "endNode" if (chain_to == "destination") == outwards else "startNode"
        return [(n, e) for e in edges if (k := _key(e.get(end))) is not None and (n := self.lookup(*k)) is not None]

    # -- edges ------------------------------------------------------------------------------------------------
    def _edges(
        self,
        expr: Expression,
        parent: list[Instance] | None,
        parent_expr: Expression | None,
        changed: dict[Key, int],
        before: dict[Key, int],
    ) -> list[Instance]:
        body = expr.body
        flt = self.own_filter(expr)
        edges = [e for e in self.all_of("edge") if flt(e)]
        if parent is None or parent_expr is None:
            for e in edges:
                self._reached(changed, e)
            return edges
        if parent_expr.kind == "edge":
            starts = self._edge_ends(parent, parent_expr, body.get("chainTo") or "destination")
        else:
            starts = [(p, p) for p in parent]
        node_changed: dict[Key, int] = {}  # the nodes traversed, with their effective change
        for n, via in starts:
            self._reached(node_changed, n, before.get(via["key"], 0))
        outwards = (body.get("direction") or "outwards") == "outwards"
        near, far = ("startNode", "endNode") if outwards else ("endNode", "startNode")
        adjacent: dict[Key, list[Instance]] = {}
        for e in edges:
            if (k := _key(e.get(near))) is not None:
                adjacent.setdefault(k, []).append(e)
        node_ok = self.compile(body.get("nodeFilter")) if body.get("nodeFilter") else None
        stop = self.compile(body.get("terminationFilter")) if body.get("terminationFilter") else None
        max_distance, limit_each = body.get("maxDistance"), body.get("limitEach")
        frontier = [n["key"] for n in _unique(n for n, _ in starts)]
        visited, seen, out = set(frontier), set(), []
        depth = 0
        while frontier and (max_distance is None or depth < max_distance):
            depth += 1
            following: list[Key] = []
            for node_key in frontier:
                taken = 0
                for e in adjacent.get(node_key, ()):
                    if limit_each is not None and taken >= limit_each:
                        break
                    other_key = _key(e.get(far))
                    other = self.lookup(*other_key) if other_key is not None else None
                    if node_ok is not None and (other is None or not node_ok(other)):
                        continue
                    if e["key"] in seen:
                        continue
                    seen.add(e["key"])
                    out.append(e)
                    taken += 1
                    edge_changed = self._reached(changed, e, node_changed.get(node_key, 0))
                    if other_key is None or other_key in visited or (stop is not None and other and stop(other)):
                        continue
                    if other is not None:
                        self._reached(node_changed, other, edge_changed)
                    visited.add(other_key)
                    following.append(other_key)
            frontier = following
        return out


def _unique(items: Iterable[Instance]) -> list[Instance]:
    seen: set[Key] = set()
    out = []
    for inst in items:
        if inst["key"] not in seen:
            seen.add(inst["key"])
            out.append(inst)
    return out


# -- select / render ------------------------------------------------------------------------------------------
@dataclass
class Selection:
    views: list[dict[str, Any]]
    properties: list[set[str] | None]  # per view: the names to return, None: all ("*")
    containers: list[list[ContainerKey]]
    sort: Any = None
    limit: int | None = None


def parse_select(svc: Instances, raw: Any, names: Iterable[str], *, sync: bool) -> dict[str, Selection]:
    if not isinstance(raw, dict) or not raw:
        raise CDFError(400, "`select` must be an object naming at least one result set")
    known = set(names)
    out: dict[str, Selection] = {}
    for name, spec in raw.items():
        if name not in known:
            raise CDFError(400, f"`select` names {name}, which is not a result set in `with`")
        if not isinstance(spec, dict):
            raise CDFError(400, f"select.{name} must be an object")
        if sync and ("sort" in spec or "limit" in spec):
            raise CDFError(400, f"select.{name}: sync does not support sort or limit")
        sources = spec.get("sources") or []
        if not isinstance(sources, list) or len(sources) > MAX_SELECT_SOURCES:
            raise CDFError(400, f"select.{name}.sources must be a list of at most {MAX_SELECT_SOURCES} views")
        sel = Selection([], [], [], spec.get("sort"), None)
        for src in sources:
            props = src.get("properties") if isinstance(src, dict) else None
            if not isinstance(props, list) or not all(isinstance(p, str) for p in props):
                raise CDFError(400, f"select.{name}: every source needs a view and a list of properties")
            if src.get("targetUnits"):  # better no answer than values in the wrong unit
                raise CDFError(400, f"select.{name}: the emulator does not convert units (targetUnits)")
            view = svc.view(src.get("source"))
            sel.views.append(view)
            sel.properties.append(None if "*" in props else set(props))
            sel.containers.append(svc.view_containers(view))
        if spec.get("limit") is not None:
            sel.limit = check_limit(spec["limit"], QUERY_LIMIT_DEFAULT, QUERY_LIMIT_MAX, f"select.{name}.limit")
        out[name] = sel
    return out


def render(svc: Instances, inst: Instance, sel: Selection | None) -> dict[str, Any]:
    """The instance as a query returns it: the selected views' selected properties (views it has data in)."""
    if sel is None or not sel.views:
        return svc.render(inst, [])
    views = [v for v, cs in zip(sel.views, sel.containers, strict=True) if any(c in inst["data"] for c in cs)]
    out = svc.render(inst, views)
    for view, wanted in zip(sel.views, sel.properties, strict=True):
        values = out["properties"].get(view["space"], {}).get(f"{view['externalId']}/{view['version']}")
        if wanted is not None and values is not None:
            for prop in [p for p in values if p not in wanted]:
                del values[prop]
    return out


def typing(svc: Instances, selections: dict[str, Selection]) -> dict[str, Any]:
    return {name: svc.typing_of(sel.views) for name, sel in selections.items() if sel.views}


# -- cursors --------------------------------------------------------------------------------------------------
def encode(state: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(orjson.dumps(state)).decode().rstrip("=")


def decode(cursor: Any, name: str) -> dict[str, Any]:
    try:
        state = orjson.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (TypeError, ValueError) as e:
        raise CDFError(400, f"Invalid cursor for result set {name}: {cursor!r}") from e
    if not isinstance(state, dict):
        raise CDFError(400, f"Invalid cursor for result set {name}: {cursor!r}")
    return state


def cursors_of(body: dict[str, Any], names: Iterable[str]) -> dict[str, str]:
    raw = body.get("cursors") or {}
    if not isinstance(raw, dict) or not all(isinstance(c, str) or c is None for c in raw.values()):
        raise CDFError(400, "cursors must be an object of result set names to cursors")
    known = set(names)
    for name in raw:
        if name not in known:
            raise CDFError(400, f"cursors names {name}, which is not a result set in `with`")
    return {k: v for k, v in raw.items() if v}


def debug_options(body: dict[str, Any]) -> tuple[bool, dict[str, Any] | None]:
    """(emit results?, the debug reply): the emulator has no query planner, so it answers no notices."""
    debug = body.get("debug")
    if debug is None:
        return True, None
    if not isinstance(debug, dict):
        raise CDFError(400, "debug must be an object (DebugParameters)")
    return debug.get("emitResults", True) is not False, {"notices": []}


# -- the query ------------------------------------------------------------------------------------------------
def _set_operation(op: dict[str, Any], results: dict[str, list[Instance]]) -> list[Instance]:
    (kind,) = [k for k in SET_OPERATIONS if k in op]
    parts = [results[p] if isinstance(p, str) else _set_operation(p, results) for p in op[kind]]
    if kind == "intersection":
        common = set.intersection(*({i["key"] for i in part} for part in parts))
        out = _unique(i for i in parts[0] if i["key"] in common)
    else:
        merged = [i for part in parts for i in part]
        out = merged if kind == "unionAll" else _unique(merged)
    excluded = {i["key"] for name in op.get("except") or [] for i in results[name]}
    return [i for i in out if i["key"] not in excluded]


def _page(
    svc: Instances, expr: Expression, found: list[Instance], limit: int, cursor: str | None
) -> tuple[list[Instance], str | None]:
    """One page of a set and the cursor to the next. Node and edge sets are in their sort's order (else by space
    and externalId) and page by keyset: the cursor holds the last item's order key, so items written or removed
    between pages shift nothing. Set operations (which may repeat an item) page by offset."""
    state = decode(cursor, expr.name) if cursor else {}
    if expr.kind in SET_OPERATIONS:
        offset = state.get("o", 0)
        if not isinstance(offset, int) or offset < 0:
            raise CDFError(400, f"Invalid cursor for result set {expr.name}")
        end = offset + limit
        return found[offset:end], (encode({"o": end}) if end < len(found) else None)
    key = order_key(expr.raw.get("sort"), svc)
    ordered = sort_items(found, key)
    begin = after(ordered, key, load_key(state["k"])) if "k" in state else 0
    page = ordered[begin : begin + limit]
    more = begin + limit < len(ordered)
    return page, (encode({"k": dump_key(key(page[-1]))}) if more else None)


def query(svc: Instances, body: dict[str, Any]) -> dict[str, Any]:
    exprs = parse_with(body.get("with"), sync=False)
    by_name = {e.name: e for e in exprs}
    selections = parse_select(svc, body.get("select"), by_name, sync=False)
    cursors = cursors_of(body, by_name)
    evaluator = Evaluator(svc, body.get("parameters"), svc.store.values, svc.instance)
    results: dict[str, list[Instance]] = {}
    next_cursors: dict[str, str] = {}
    for expr in exprs:
        limit = check_limit(
            expr.raw.get("limit"), QUERY_LIMIT_DEFAULT, QUERY_LIMIT_MAX, f"Result set {expr.name}: limit"
        )
        if expr.kind in SET_OPERATIONS:
            found = _set_operation(expr.body, results)
        else:
            parent = results.get(expr.parent) if expr.parent else None
            found = evaluator.evaluate(expr, parent, by_name.get(expr.parent) if expr.parent else None)
        page, cursor = _page(svc, expr, found, limit, cursors.get(expr.name))
        if cursor is not None:
            next_cursors[expr.name] = cursor
        if expr.raw.get("postSort"):
            page = sort_items(page, order_key(expr.raw["postSort"], svc, "postSort"))
        results[expr.name] = page
    items: dict[str, list[dict[str, Any]]] = {}
    for expr in exprs:
        sel = selections.get(expr.name)
        page = results[expr.name]
        if sel is not None and sel.sort:
            page = sort_items(page, order_key(sel.sort, svc))
        if sel is not None and sel.limit is not None:
            page = page[: sel.limit]
        items[expr.name] = [render(svc, i, sel) for i in page]
    emit, debug = debug_options(body)
    reply: dict[str, Any] = {"items": items, "nextCursor": next_cursors}
    if not emit:
        reply = {"items": {name: [] for name in items}, "nextCursor": {}}
    if debug is not None:
        reply["debug"] = debug
    if body.get("includeTyping"):
        reply["typing"] = typing(svc, selections)
    return reply
