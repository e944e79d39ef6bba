"""DMS's filter language compiled once per request into a predicate over stored instances.

Property references resolve, at compile time, to a getter: `["node", "externalId"]` / `["edge", "type"]` read an
instance's own fields, `[space, "view/version", prop]` goes through the view's mapping to its container, and
`[space, container, prop]` reads the container's data directly. Values may be `{"property": [...]}` (another
property of the same instance).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from cognite.emulator.http import CDFError

Instance = dict[str, Any]
Predicate = Callable[[Instance], bool]
Getter = Callable[[Instance], Any]
ContainerKey = tuple[str, str]

# The instance's own fields a filter may name (["node", f] / ["edge", f]).
BASE_FIELDS = {
    "node": frozenset({"space", "externalId", "createdTime", "lastUpdatedTime", "version", "type"}),
    "edge": frozenset(
        {"space", "externalId", "createdTime", "lastUpdatedTime", "version", "type", "startNode", "endNode"}
    ),
}


class Resolver(Protocol):
    """What the compiler needs from the instances service: property references and view containers."""

    def property_key(self, ref: list[Any]) -> tuple[ContainerKey, str]: ...

    def view_containers(self, ref: dict[str, Any]) -> list[ContainerKey]: ...

    def instance(self, space: str, external_id: str) -> Instance | None: ...


def getter(ref: Any, resolver: Resolver) -> Getter:
    if not isinstance(ref, list) or not all(isinstance(p, str) for p in ref) or not 2 <= len(ref) <= 3:
        raise CDFError(400, f"Invalid property reference: {ref!r}")
    if len(ref) == 2:
        kind, field = ref
        if kind not in BASE_FIELDS or field not in BASE_FIELDS[kind]:
            raise CDFError(400, f"Invalid property reference: {ref!r}")
        return lambda inst: inst.get(field)
    container, prop = resolver.property_key(ref)
    return lambda inst: (inst["data"].get(container) or {}).get(prop)


def _value(raw: Any, resolver: Resolver) -> Getter:
    """A filter value: a literal, or {"property": [...]} read from the same instance."""
    if isinstance(raw, dict) and set(raw) == {"property"}:
        return getter(raw["property"], resolver)
    if isinstance(raw, dict) and "parameter" in raw:
        raise CDFError(400, "Parameterised filter values are only supported by query and sync")
    return lambda _inst: raw


def _args(flt: dict[str, Any], op: str, *required: str) -> dict[str, Any]:
    args = flt[op]
    if not isinstance(args, dict) or any(r not in args for r in required):
        raise CDFError(400, f"The {op} filter needs {', '.join(required)}")
    return args


def _comparable(a: Any, b: Any) -> bool:
    return a is not None and b is not None and (type(a) is type(b) or (_number(a) and _number(b)))


def _number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


_RANGE_OPS: dict[str, Callable[[Any, Any], bool]] = {
    "gt": lambda v, b: v > b,
    "gte": lambda v, b: v >= b,
    "lt": lambda v, b: v < b,
    "lte": lambda v, b: v <= b,
}


def _bounds(args: dict[str, Any], resolver: Resolver) -> list[tuple[Callable[[Any, Any], bool], Getter]]:
    bounds = [(_RANGE_OPS[k], _value(args[k], resolver)) for k in _RANGE_OPS if k in args]
    if ("gt" in args and "gte" in args) or ("lt" in args and "lte" in args):
        raise CDFError(400, "A range cannot have both an inclusive and an exclusive bound on the same side")
    if not bounds:
        raise CDFError(400, "A range filter needs at least one of gt, gte, lt, lte")
    return bounds


def _in_range(v: Any, bounds: list[tuple[Callable[[Any, Any], bool], Getter]], inst: Instance) -> bool:
    for cmp, bound in bounds:
        b = bound(inst)
        if not _comparable(v, b) or not cmp(v, b):
            return False
    return True


def _values(args: dict[str, Any], resolver: Resolver) -> Getter:
    if "values" not in args:
        raise CDFError(400, "The filter needs values")
    return _value(args["values"], resolver)


def _as_list(v: Any) -> list[Any]:
    return v if isinstance(v, list) else ([] if v is None else [v])


def compile_filter(flt: Any, resolver: Resolver) -> Predicate:
    """The predicate of a DMS filter (None / {} matches everything)."""
    if flt is None or flt == {}:
        return lambda _inst: True
    if not isinstance(flt, dict) or len(flt) != 1:
        raise CDFError(400, "A filter must be an object with exactly one operator")
    (op,) = flt
    arg = flt[op]
    if op in ("and", "or"):
        if not isinstance(arg, list) or not arg:
            raise CDFError(400, f"The {op} filter needs a non-empty list of filters")
        parts = [compile_filter(f, resolver) for f in arg]
        if op == "and":
            return lambda inst: all(p(inst) for p in parts)
        return lambda inst: any(p(inst) for p in parts)
    if op == "not":
        inner = compile_filter(arg, resolver)
        return lambda inst: not inner(inst)
    if op == "matchAll":
        return lambda _inst: True
    if op == "hasData":
        return _has_data(arg, resolver)
    if op == "instanceReferences":
        if not isinstance(arg, list):
            raise CDFError(400, "instanceReferences must be a list of {space, externalId}")
        refs = {(r.get("space"), r.get("externalId")) for r in arg if isinstance(r, dict)}
        return lambda inst: (inst["space"], inst["externalId"]) in refs
    if op == "nested":
        return _nested(_args(flt, op, "scope", "filter"), resolver)
    if op == "overlaps":
        args = _args(flt, op, "startProperty", "endProperty")
        start, end = getter(args["startProperty"], resolver), getter(args["endProperty"], resolver)
        lows = [(k, _value(args[k], resolver)) for k in ("gt", "gte") if k in args]
        highs = [(k, _value(args[k], resolver)) for k in ("lt", "lte") if k in args]

        def overlaps(inst: Instance) -> bool:
            s, e = start(inst), end(inst)
            # The filter range [low, high] overlaps [s, e]: e reaches past low, and s starts before high.
            for k, low in lows:
                b = low(inst)
                if e is not None and (not _comparable(e, b) or (e <= b if k == "gt" else e < b)):
                    return False
            for op_high, high in highs:
                b = high(inst)
                if s is not None and (not _comparable(s, b) or (s >= b if op_high == "lt" else s > b)):
                    return False
            return s is not None or e is not None

        return overlaps
    if not isinstance(arg, dict) or "property" not in arg:
        if op in _LEAVES:
            raise CDFError(400, f"The {op} filter needs a property")
        raise CDFError(400, f"Unknown filter operator: {op}")
    get = getter(arg["property"], resolver)
    if op == "exists":
        return lambda inst: get(inst) is not None
    if op == "equals":
        if "value" not in arg:
            raise CDFError(400, "The equals filter needs a value")
        value = _value(arg["value"], resolver)
        return lambda inst: (v := get(inst)) is not None and v == value(inst)
    if op == "in":
        values = _values(arg, resolver)
        return lambda inst: (v := get(inst)) is not None and v in _as_list(values(inst))
    if op == "prefix":
        if "value" not in arg:
            raise CDFError(400, "The prefix filter needs a value")
        value = _value(arg["value"], resolver)

        def has_prefix(inst: Instance) -> bool:
            v, p = get(inst), value(inst)
            if isinstance(v, str) and isinstance(p, str):
                return v.startswith(p)
            return isinstance(v, list) and isinstance(p, list) and v[: len(p)] == p

        return has_prefix
    if op == "range":
        bounds = _bounds(arg, resolver)
        return lambda inst: _in_range(get(inst), bounds, inst)
    if op in ("containsAny", "containsAll"):
        values = _values(arg, resolver)
        want_all = op == "containsAll"

        def contains(inst: Instance) -> bool:
            have, wanted = _as_list(get(inst)), _as_list(values(inst))
            hits = [w in have for w in wanted]
            return all(hits) if want_all else any(hits)

        return contains
    raise CDFError(400, f"Unknown filter operator: {op}")


_LEAVES = frozenset({"exists", "equals", "in", "prefix", "range", "containsAny", "containsAll"})


def _has_data(arg: Any, resolver: Resolver) -> Predicate:
    if not isinstance(arg, list):
        raise CDFError(400, "hasData must be a list of view or container references")
    needed: list[list[ContainerKey]] = []
    for ref in arg:
        if not isinstance(ref, dict) or ref.get("type") not in ("view", "container"):
            raise CDFError(400, f"Invalid hasData reference: {ref!r}")
        if ref["type"] == "view":
            needed.append(resolver.view_containers(ref))
        else:
            needed.append([(ref.get("space"), ref.get("externalId"))])  # type: ignore[list-item]
    # Data in every listed source; a view has data when the instance has data in all of the view's containers.
    return lambda inst: all(all(c in inst["data"] for c in containers) for containers in needed)


def _nested(args: dict[str, Any], resolver: Resolver) -> Predicate:
    scope, inner = getter(args["scope"], resolver), compile_filter(args["filter"], resolver)

    def nested(inst: Instance) -> bool:
        ref = scope(inst)
        if not isinstance(ref, dict):
            return False
        target = resolver.instance(ref.get("space", ""), ref.get("externalId", ""))
        return target is not None and inner(target)

    return nested


def sort_key(get: Getter, nulls_first: bool, descending: bool) -> Callable[[Instance], tuple[int, Any]]:
    """A key placing nulls first or last whatever the direction (the caller reverses for descending)."""
    null_rank = 0 if nulls_first != descending else 2

    def key(inst: Instance) -> tuple[int, Any]:
        v = get(inst)
        if v is None:
            return (null_rank, 0)
        if isinstance(v, dict):
            return (1, (v.get("space", ""), v.get("externalId", "")))
        if isinstance(v, (list, bool)):
            return (1, str(v))
        return (1, v)

    return key
