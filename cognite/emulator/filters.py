"""CDF's classic `filter` objects compiled to item predicates.

A resource declares, per filter key, a small builder (`eq`, `prefix`, `time_range`, `refs_in`, ...). A filter
is compiled once per request into a list of predicates; an item matches when all of them hold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from cognite.emulator.http import CDFError

if TYPE_CHECKING:
    from cognite.emulator.resource import Resource

Item = dict[str, Any]
Predicate = Callable[[Item], bool]
# A builder gets the filter value and the resource being filtered, and returns a predicate.
Builder = Callable[[Any, "Resource"], Predicate]


def eq(field: str) -> Builder:
    def build(value: Any, _res: Resource) -> Predicate:
        return lambda item: item.get(field) == value

    return build


def one_of(field: str) -> Builder:
    """The filter value is a list of accepted values of a scalar field."""

    def build(value: Any, _res: Resource) -> Predicate:
        accepted = set(_as_list(value))
        return lambda item: item.get(field) in accepted

    return build


def prefix(field: str) -> Builder:
    def build(value: Any, _res: Resource) -> Predicate:
        if not isinstance(value, str):
            raise CDFError(400, f"Prefix filter on {field} must be a string")
        return lambda item: isinstance(v := item.get(field), str) and v.startswith(value)

    return build


def _check_bounds(field: str, *bounds: Any) -> None:
    for bound in bounds:  # CDF answers 400 for e.g. {"min": "1d-ago"}
        if bound is not None and (isinstance(bound, bool) or not isinstance(bound, (int, float))):
            raise CDFError(400, f"Range filter on {field}: min / max must be numbers, got {bound!r}")


def time_range(field: str) -> Builder:
    """{"min": ms, "max": ms} (both inclusive) or {"isNull": bool}."""

    def build(value: Any, _res: Resource) -> Predicate:
        if not isinstance(value, dict):
            raise CDFError(400, f"Range filter on {field} must be an object")
        if "isNull" in value:
            want_null = bool(value["isNull"])
            return lambda item: (item.get(field) is None) == want_null
        lo, hi = value.get("min"), value.get("max")
        _check_bounds(field, lo, hi)

        def pred(item: Item) -> bool:
            v = item.get(field)
            if v is None:
                return False
            return (lo is None or v >= lo) and (hi is None or v <= hi)

        return pred

    return build


def active_at(start_field: str = "startTime", end_field: str = "endTime") -> Builder:
    """Items whose [start, end] interval overlaps {"min", "max"} (a missing end means still active)."""

    def build(value: Any, _res: Resource) -> Predicate:
        lo, hi = value.get("min"), value.get("max")
        _check_bounds("activeAtTime", lo, hi)

        def pred(item: Item) -> bool:
            start, end = item.get(start_field), item.get(end_field)
            if hi is not None and start is not None and start > hi:
                return False
            return not (lo is not None and end is not None and end < lo)

        return pred

    return build


def metadata(field: str = "metadata") -> Builder:
    def build(value: Any, _res: Resource) -> Predicate:
        if not isinstance(value, dict):
            raise CDFError(400, "metadata filter must be an object")
        wanted = list(value.items())
        return lambda item: all((item.get(field) or {}).get(k) == v for k, v in wanted)

    return build


def refs_in(field: str, target: str, many: bool = False) -> Builder:
    """The filter value is a list of {"id"} / {"externalId"} refs into resource `target`; `field` holds an id
    (or, with many=True, a list of ids)."""

    def build(value: Any, res: Resource) -> Predicate:
        ids = res.emu.resource(target).keys_of(_as_list(value), ignore_unknown=True)
        return _membership(field, ids, many)

    return build


def ids_in(field: str, many: bool = False) -> Builder:
    """The filter value is a list of plain ids (e.g. parentIds, assetIds)."""

    def build(value: Any, _res: Resource) -> Predicate:
        return _membership(field, set(_as_list(value)), many)

    return build


def xids_in(field: str, target: str, many: bool = False) -> Builder:
    """The filter value is a list of external ids of resource `target`; `field` holds internal ids."""

    def build(value: Any, res: Resource) -> Predicate:
        refs = [{"externalId": x} for x in _as_list(value)]
        return _membership(field, res.emu.resource(target).keys_of(refs, ignore_unknown=True), many)

    return build


def asset_subtree(field: str, many: bool = False) -> Builder:
    """Items attached to any asset in the subtrees rooted at the given asset refs."""

    def build(value: Any, res: Resource) -> Predicate:
        assets = res.emu.resource("assets")
        roots = assets.keys_of(_as_list(value), ignore_unknown=True)
        return _membership(field, assets.subtree_ids(roots), many)  # type: ignore[attr-defined]

    return build


def labels(field: str = "labels") -> Builder:
    """{"containsAny": [{"externalId"}]} or {"containsAll": [...]}."""

    def build(value: Any, _res: Resource) -> Predicate:
        if not isinstance(value, dict) or not ({"containsAny", "containsAll"} & set(value)):
            raise CDFError(400, "labels filter must have containsAny or containsAll")
        if "containsAny" in value:
            wanted = {x["externalId"] for x in value["containsAny"]}
            return lambda item: any(lab.get("externalId") in wanted for lab in item.get(field) or ())
        required = {x["externalId"] for x in value["containsAll"]}
        return lambda item: required <= {lab.get("externalId") for lab in item.get(field) or ()}

    return build


def is_null(field: str) -> Builder:
    """A boolean filter that is true when `field` is absent (e.g. assets' `root`: no parent)."""

    def build(value: Any, _res: Resource) -> Predicate:
        want = bool(value)
        return lambda item: (item.get(field) is None) == want

    return build


def _membership(field: str, ids: set[Any], many: bool) -> Predicate:
    if many:
        return lambda item: any(x in ids for x in item.get(field) or ())
    return lambda item: item.get(field) in ids


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, list):
        return value
    if isinstance(value, Iterable) and not isinstance(value, (str, dict, bytes)):
        return list(value)
    return [value]


def compile_filter(flt: Any, resource: Resource) -> Predicate | None:
    """One predicate for a whole filter object (None: everything matches)."""
    if not flt:
        return None
    if not isinstance(flt, dict):
        raise CDFError(400, "filter must be an object")
    preds: list[Predicate] = []
    builders = resource.filters
    for key, value in flt.items():
        if value is None:
            continue
        builder = builders.get(key)
        if builder is None:
            # Plain equality on a same-named field covers most scalar filters (name, type, unit, source...).
            builder = eq(key)
        preds.append(builder(value, resource))
    if not preds:
        return None
    if len(preds) == 1:
        return preds[0]
    return lambda item: all(p(item) for p in preds)


# -- advancedFilter (the classic resources' filter language) and sort ---------------------------------------------
_MISSING = object()


def _prop(item: Item, path: Any) -> Any:
    if not isinstance(path, list) or not path:
        raise CDFError(400, f"property must be a non-empty list, got {path!r}")
    node: Any = item
    for part in path:
        if not isinstance(node, dict) or part not in node:
            return _MISSING
        node = node[part]
    return node


def _labels_or_values(value: Any) -> list[Any]:
    if not isinstance(value, list):
        return [value]
    return [v.get("externalId") if isinstance(v, dict) and "externalId" in v else v for v in value]


def compile_advanced(flt: Any) -> Predicate | None:
    """{"and"|"or": [...]}, {"not": {...}}, and the leaves equals / in / range / prefix / exists / containsAny /
    containsAll / search, over property paths such as ["name"] or ["metadata", "key"]."""
    if not flt:
        return None
    if not isinstance(flt, dict) or len(flt) != 1:
        raise CDFError(400, "advancedFilter must be an object with exactly one operator")
    ((op, arg),) = flt.items()
    if op in ("and", "or"):
        if not isinstance(arg, list) or not arg:
            raise CDFError(400, f"{op} takes a non-empty list of filters")
        parts = [p for p in (compile_advanced(a) for a in arg) if p is not None]
        if op == "and":
            return lambda item: all(p(item) for p in parts)
        return lambda item: any(p(item) for p in parts)
    if op == "not":
        inner = compile_advanced(arg)
        return (lambda item: not inner(item)) if inner is not None else (lambda item: False)
    if not isinstance(arg, dict):
        raise CDFError(400, f"{op} takes an object")
    path = arg.get("property")
    _prop({}, path)  # validates the path
    if op == "equals":
        want = arg.get("value")
        return lambda item: (v := _prop(item, path)) is not _MISSING and (v == want or want in _labels_or_values(v))
    if op == "in":
        values = arg.get("values") or []
        return lambda item: (v := _prop(item, path)) is not _MISSING and any(x in values for x in _labels_or_values(v))
    if op == "range":
        bounds = {k: arg[k] for k in ("gt", "gte", "lt", "lte") if k in arg}
        if not bounds:
            raise CDFError(400, "range needs at least one of gt, gte, lt, lte")

        def in_range(item: Item) -> bool:
            v = _prop(item, path)
            if v is _MISSING or v is None:
                return False
            try:
                return (
                    ("gt" not in bounds or v > bounds["gt"])
                    and ("gte" not in bounds or v >= bounds["gte"])
                    and ("lt" not in bounds or v < bounds["lt"])
                    and ("lte" not in bounds or v <= bounds["lte"])
                )
            except TypeError:
                return False

        return in_range
    if op == "prefix":
        want = arg.get("value")
        return lambda item: isinstance(v := _prop(item, path), str) and isinstance(want, str) and v.startswith(want)
    if op == "exists":
        return lambda item: _prop(item, path) not in (_MISSING, None)
    if op in ("containsAny", "containsAll"):
        values = _labels_or_values(arg.get("values") or [])
        if op == "containsAny":
            return lambda item: any(x in _labels_or_values(_prop(item, path)) for x in values)
        return lambda item: all(x in _labels_or_values(_prop(item, path)) for x in values)
    if op == "search":
        words = [w.lower() for w in str(arg.get("value", "")).split()]
        return lambda item: isinstance(v := _prop(item, path), str) and any(w in v.lower() for w in words)
    raise CDFError(400, f"Unsupported advancedFilter operator: {op}")


def sort_items(items: list[Item], sort: Any) -> list[Item]:
    """Sort by [{"property": [...], "order": "asc"|"desc", "nulls": "first"|"last"}] or ["field:desc"]."""
    if not isinstance(sort, list):
        raise CDFError(400, "sort must be a list")
    specs: list[tuple[Any, Any, Any]] = []
    for spec in sort:
        if isinstance(spec, str):
            field, _, order = spec.partition(":")
            specs.append(([field], order or "asc", None))
        elif isinstance(spec, dict):
            path = spec.get("property")
            _prop({}, path)
            specs.append((path, spec.get("order", "asc"), spec.get("nulls")))
        else:
            raise CDFError(400, f"Invalid sort item: {spec!r}")
    out = list(items)
    for path, order, nulls in reversed(specs):  # stable sorts, last key first
        desc = str(order).lower() == "desc"
        nulls_last = (nulls or ("first" if desc else "last")) == "last"
        present = [i for i in out if _prop(i, path) not in (_MISSING, None)]
        absent = [i for i in out if _prop(i, path) in (_MISSING, None)]
        present.sort(key=lambda i: _sortable(_prop(i, path)), reverse=desc)
        out = present + absent if nulls_last else absent + present
    return out


def _sortable(value: Any) -> tuple[int, Any]:
    if isinstance(value, bool):
        return (0, int(value))
    if isinstance(value, (int, float)):
        return (0, value)
    return (1, str(value))
