"""The aggregate endpoints' computations (count, unique / cardinality of values and of property keys)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cognite.emulator.filters import compile_advanced
from cognite.emulator.http import CDFError
from cognite.emulator.store import Item


def aggregate(items: list[Item], body: dict[str, Any]) -> list[dict[str, Any]]:
    """count / uniqueValues / cardinalityValues / uniqueProperties / cardinalityProperties over `items`."""
    kind = body.get("aggregate", "count")
    props = body.get("properties") or []
    if kind == "count":
        if props:  # count of the items that have the property
            path = props[0].get("property") if isinstance(props[0], dict) else None
            if not isinstance(path, list) or not path:
                raise CDFError(400, "properties[0].property must be a non-empty list")
            return [{"count": sum(1 for item in items if _at(item, path) is not None)}]
        return [{"count": len(items)}]
    keep = compile_bucket_filter(body.get("aggregateFilter"))
    if kind in ("uniqueProperties", "cardinalityProperties"):  # the keys under an object property: path
        path = body.get("path", ["metadata"])
        if path != ["metadata"]:
            raise CDFError(400, f'aggregate {kind}: path must be ["metadata"], got {path!r}')
    else:
        if not props or not isinstance(props, list):
            raise CDFError(400, f"aggregate {kind} requires properties")
        path = props[0].get("property") if isinstance(props[0], dict) else None
        if not isinstance(path, list) or not path:
            raise CDFError(400, "properties[0].property must be a non-empty list")
    if kind in ("uniqueValues", "cardinalityValues"):
        counts: dict[Any, int] = {}
        for item in items:
            for value in _values_at(item, path):
                if keep(value):
                    counts[value] = counts.get(value, 0) + 1
        if kind == "cardinalityValues":
            return [{"count": len(counts)}]
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
        return [{"count": c, "values": [v]} for v, c in ranked]
    if kind in ("uniqueProperties", "cardinalityProperties"):
        keys: dict[str, int] = {}
        for item in items:
            node = _at(item, path)
            if isinstance(node, dict):
                for k in node:
                    if keep(k):
                        keys[k] = keys.get(k, 0) + 1
        if kind == "cardinalityProperties":
            return [{"count": len(keys)}]
        return [{"count": c, "values": [{"property": [*path, k]}]} for k, c in sorted(keys.items())]
    raise CDFError(400, f"Unsupported aggregate: {kind}")


def _at(item: Item, path: list[str]) -> Any:
    node: Any = item
    for part in path:
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


def _values_at(item: Item, path: list[str]) -> list[Any]:
    value = _at(item, path)
    if value is None:
        return []
    if isinstance(value, dict):
        raise CDFError(400, f"Property {path} is an object: aggregate its keys with uniqueProperties")
    if isinstance(value, list):
        return [v.get("externalId", str(v)) if isinstance(v, dict) else v for v in value]
    return [value]


_BUCKET = "_bucket"  # the bucket value, as the one property of the item an aggregateFilter is evaluated on


def compile_bucket_filter(flt: Any) -> Callable[[Any], bool]:
    """``aggregateFilter``: which bucket values (or property keys) count. Its operators (and / or / not over prefix,
    in, range) are the advanced filter's without a property, so it is compiled by ``compile_advanced`` over the
    bucket value."""
    if flt is None:
        return lambda value: True
    pred = compile_advanced(_on_bucket(flt))
    assert pred is not None
    return lambda value: pred({_BUCKET: value})


def _on_bucket(flt: Any) -> Any:
    if not isinstance(flt, dict) or len(flt) != 1:
        raise CDFError(400, "aggregateFilter must be an object with exactly one operator")
    ((op, arg),) = flt.items()
    if op in ("and", "or"):
        if not isinstance(arg, list) or not arg:
            raise CDFError(400, f"aggregateFilter {op} takes a non-empty list")
        return {op: [_on_bucket(a) for a in arg]}
    if op == "not":
        return {op: _on_bucket(arg)}
    if op not in ("prefix", "in", "range"):
        raise CDFError(400, f"Unsupported aggregateFilter operator: {op}")
    if not isinstance(arg, dict):
        raise CDFError(400, f"aggregateFilter {op} takes an object")
    if op == "in" and not isinstance(arg.get("values"), list):
        raise CDFError(400, "aggregateFilter in takes values: [...]")
    return {op: {**arg, "property": [_BUCKET]}}
