"""Search and aggregate over the instances with data in one view."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cognite.emulator.dms.filters import Instance, Predicate
from cognite.emulator.http import CDFError
from cognite.emulator.resource import check_limit

if TYPE_CHECKING:
    from cognite.emulator.dms.instances import Instances

SEARCH_LIMIT_DEFAULT = 1000  # SearchRequestV3: LimitWithDefault1000
SEARCH_LIMIT_MAX = 1000
AGGREGATE_LIMIT_DEFAULT = 100  # CommonAggregationRequest.limit
AGGREGATE_LIMIT_MAX = 1000
MAX_AGGREGATES = 5
MAX_GROUP_BY = 5
_TOKEN = re.compile(r"\w+")
_METRICS: dict[str, Callable[[list[Any]], Any]] = {
    "avg": lambda vs: sum(vs) / len(vs) if vs else None,
    "min": lambda vs: min(vs) if vs else None,
    "max": lambda vs: max(vs) if vs else None,
    "sum": lambda vs: sum(vs),
}


def _reader(container: tuple[str, str], prop: str) -> Callable[[Instance], Any]:
    return lambda inst: (inst["data"].get(container) or {}).get(prop)


def _view_getters(view: dict[str, Any]) -> dict[str, Callable[[Instance], Any]]:
    return {
        name: _reader((p["container"]["space"], p["container"]["externalId"]), p["containerPropertyIdentifier"])
        for name, p in (view.get("properties") or {}).items()
        if "container" in p
    }


def _query_match(view: dict[str, Any], query: Any, properties: Any, operator: str = "OR") -> Predicate | None:
    """Word-prefix match of the query's words in the view's text properties (or the ones named)."""
    if not query:
        return None
    if not isinstance(query, str):
        raise CDFError(400, "query must be a string")
    getters = _view_getters(view)
    texts = [n for n, p in (view.get("properties") or {}).items() if (p.get("type") or {}).get("type") == "text"]
    names = properties if properties else texts
    for n in names:
        if n not in getters:
            raise CDFError(400, f"Property {n} does not exist in the view")
    words = [w.lower() for w in _TOKEN.findall(query)]
    chosen = [getters[n] for n in names]
    combine = all if str(operator).upper() == "AND" else any

    def match(inst: Instance) -> bool:
        have: list[str] = []
        for get in chosen:
            v = get(inst)
            for text in v if isinstance(v, list) else [v]:
                if isinstance(text, str):
                    have.extend(w.lower() for w in _TOKEN.findall(text))
        return combine(any(h.startswith(w) for h in have) for w in words)

    return match


def _candidates(svc: Instances, body: dict[str, Any]) -> tuple[dict[str, Any], list[Instance]]:
    view = svc.view(body.get("view"))
    match = svc.matcher({"instanceType": body.get("instanceType"), "filter": body.get("filter")}, [view])
    query = _query_match(view, body.get("query"), body.get("properties"), body.get("operator", "OR"))
    items = [i for i in svc.store.values() if match(i) and (query is None or query(i))]
    return view, items


def search(svc: Instances, body: dict[str, Any]) -> Any:
    limit = check_limit(body.get("limit"), SEARCH_LIMIT_DEFAULT, SEARCH_LIMIT_MAX)
    view, items = _candidates(svc, body)
    if body.get("sort"):
        view_key = f"{view['externalId']}/{view['version']}"
        sort = [
            {
                **s,
                "property": [view["space"], view_key, *s["property"]]
                if len(s.get("property", [])) == 1
                else s["property"],
            }
            for s in body["sort"]
        ]
        items = svc.sort_instances(items, sort)
    reply: dict[str, Any] = {"items": [svc.render(i, [view]) for i in items[:limit]]}
    if body.get("includeTyping"):
        reply["typing"] = svc.typing_of([view])
    return reply


def _numbers(values: list[Any], name: str) -> list[Any]:
    for v in values:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise CDFError(400, f"Cannot aggregate non-numeric property {name}")
    return values


def _aggregate_one(spec: Any, getters: dict[str, Callable[[Instance], Any]], items: list[Instance]) -> dict[str, Any]:
    if not isinstance(spec, dict) or len(spec) != 1:
        raise CDFError(400, "Every aggregate must be an object with exactly one kind")
    (kind,) = spec
    args = spec[kind]
    prop = args.get("property") if isinstance(args, dict) else None
    if prop not in getters:
        raise CDFError(400, f"Unknown property to aggregate: {prop!r}")
    values = [v for v in (getters[prop](i) for i in items) if v is not None]
    if kind == "count":
        return {"aggregate": "count", "property": prop, "value": len(values)}
    if kind in _METRICS:
        return {"aggregate": kind, "property": prop, "value": _METRICS[kind](_numbers(values, prop))}
    if kind == "histogram":
        interval = args.get("interval")
        if not isinstance(interval, (int, float)) or isinstance(interval, bool) or interval <= 0:
            raise CDFError(400, "histogram needs a positive interval")
        counts: dict[float, int] = {}
        for v in _numbers(values, prop):
            start = math.floor(v / interval) * interval
            counts[start] = counts.get(start, 0) + 1
        buckets = [{"start": float(s), "count": c} for s, c in sorted(counts.items())]
        return {"aggregate": "histogram", "property": prop, "interval": float(interval), "buckets": buckets}
    raise CDFError(400, f"Unknown aggregate: {kind}")


def _hashable(v: Any) -> Any:
    return (v.get("space"), v.get("externalId")) if isinstance(v, dict) else v


def aggregate(svc: Instances, body: dict[str, Any]) -> Any:
    limit = check_limit(body.get("limit"), AGGREGATE_LIMIT_DEFAULT, AGGREGATE_LIMIT_MAX)
    specs = body.get("aggregates") or []
    group_by = body.get("groupBy") or []
    if len(specs) > MAX_AGGREGATES or len(group_by) > MAX_GROUP_BY:
        raise CDFError(400, f"At most {MAX_AGGREGATES} aggregates and {MAX_GROUP_BY} groupBy properties")
    view, items = _candidates(svc, body)
    getters = _view_getters(view)
    kind = body.get("instanceType") or "node"
    if not group_by:
        return {"items": [{"instanceType": kind, "aggregates": [_aggregate_one(s, getters, items) for s in specs]}]}
    for g in group_by:
        if g not in getters:
            raise CDFError(400, f"Unknown groupBy property: {g!r}")
    groups: dict[tuple[Any, ...], tuple[dict[str, Any], list[Instance]]] = {}
    for inst in items:
        values = {g: getters[g](inst) for g in group_by}
        if any(v is None for v in values.values()):  # instances without a value are in no group (as in CDF)
            continue
        groups.setdefault(tuple(_hashable(v) for v in values.values()), (values, []))[1].append(inst)
    out = [
        {"instanceType": kind, "group": group, "aggregates": [_aggregate_one(s, getters, members) for s in specs]}
        for group, members in list(groups.values())[:limit]
    ]
    return {"items": out}
