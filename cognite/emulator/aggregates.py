"""The aggregate endpoints' computations (count, unique / cardinality of values and of property keys)."""

from __future__ import annotations

from typing import Any

from cognite.emulator.http import CDFError
from cognite.emulator.store import Item


def aggregate(items: list[Item], body: dict[str, Any]) -> list[dict[str, Any]]:
    """count / uniqueValues / cardinalityValues / uniqueProperties / cardinalityProperties over `items`."""
    kind = body.get("aggregate", "count")
    if kind == "count":
        return [{"count": len(items)}]
    props = body.get("properties") or []
    if not props or not isinstance(props, list):
        raise CDFError(400, f"aggregate {kind} requires properties")
    path = props[0].get("property") if isinstance(props[0], dict) else None
    if not isinstance(path, list) or not path:
        raise CDFError(400, "properties[0].property must be a non-empty list")
    if kind in ("uniqueValues", "cardinalityValues"):
        counts: dict[Any, int] = {}
        for item in items:
            for value in _values_at(item, path):
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
    if isinstance(value, list):
        return [v.get("externalId", str(v)) if isinstance(v, dict) else v for v in value]
    return [value]
