"""What the spec says per operation beyond its path: item limits, list limits, identifiers, cursors, partitions.

Rendered into `generated/cdf_api/operation_facts.py` (`FACTS[operation_id]`) by openapi/generate.py, so the client's
ResourceAPI and the emulator's Resource read limits from the spec instead of re-typing them.
"""

from __future__ import annotations

from typing import Any

from openapi.normalise.walk import operations

_IDENTIFIER_KINDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("space+externalId+version", frozenset({"space", "externalId", "version"})),
    ("space+externalId", frozenset({"space", "externalId"})),
    ("externalId+version", frozenset({"externalId", "version"})),
    ("instanceId", frozenset({"instanceId"})),
    ("id", frozenset({"id"})),
    ("externalId", frozenset({"externalId"})),
)


def _resolve(spec: dict[str, Any], node: Any, depth: int = 0) -> dict[str, Any]:
    """Follow `$ref`s (components) to the schema they name; merge a one-element allOf."""
    while isinstance(node, dict) and "$ref" in node and depth < 20:
        parts = node["$ref"].lstrip("#/").split("/")
        target: Any = spec
        for part in parts:
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node, depth = target, depth + 1
    return node if isinstance(node, dict) else {}


def _variants(spec: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> list[dict[str, Any]]:
    """The object schemas a schema may be (through oneOf/anyOf/allOf)."""
    schema = _resolve(spec, schema)
    if depth > 6:
        return []
    out: list[dict[str, Any]] = []
    for key in ("oneOf", "anyOf"):
        for sub in schema.get(key) or []:
            out.extend(_variants(spec, sub, depth + 1))
    if schema.get("allOf"):
        merged: dict[str, Any] = {"properties": {}, "required": []}
        for sub in schema["allOf"]:
            for part in _variants(spec, sub, depth + 1) or [{}]:
                merged["properties"].update(part.get("properties") or {})
                merged["required"] += part.get("required") or []
        out.append(merged)
    if schema.get("properties"):
        out.append(schema)
    return out


def _identifier_kinds(spec: dict[str, Any], item_schema: dict[str, Any]) -> tuple[str, ...]:
    kinds: list[str] = []
    for variant in _variants(spec, item_schema):
        props = set(variant.get("properties") or {})
        for kind, fields in _IDENTIFIER_KINDS:
            if fields == props or ("update" in props and fields <= props):
                if kind not in kinds:
                    kinds.append(kind)
                break
    return tuple(kinds)


def _body_facts(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    body = _resolve(spec, op.get("requestBody"))
    schema = _resolve(spec, ((body.get("content") or {}).get("application/json") or {}).get("schema"))
    facts: dict[str, Any] = {}
    props: dict[str, Any] = {}
    item_lists: list[dict[str, Any]] = []  # `items` of every body form (oneOf: the largest limit applies)
    for variant in _variants(spec, schema):
        props.update(variant.get("properties") or {})
        if "items" in (variant.get("properties") or {}):
            item_lists.append(_resolve(spec, variant["properties"]["items"]))
    item_lists = [items for items in item_lists if items.get("type") == "array" or "maxItems" in items]
    if item_lists:
        maxima = [items["maxItems"] for items in item_lists if "maxItems" in items]
        minima = [items["minItems"] for items in item_lists if "minItems" in items]
        facts["max_items"] = max(maxima) if maxima else None
        facts["min_items"] = min(minima) if minima else None
        kinds: list[str] = []
        for items in item_lists:
            kinds += [k for k in _identifier_kinds(spec, items.get("items") or {}) if k not in kinds]
        facts["identifiers"] = tuple(kinds)
    if "limit" in props:
        limit = _resolve(spec, props["limit"])
        facts["limit_max"], facts["limit_default"] = limit.get("maximum"), limit.get("default")
    facts["cursor"] = "cursor" in props
    facts["partitions"] = "partition" in props
    return facts


def _query_facts(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    params = {p.get("name"): p for p in (_resolve(spec, p) for p in op.get("parameters") or [])}
    facts: dict[str, Any] = {}
    if "limit" in params:
        limit = _resolve(spec, params["limit"].get("schema"))
        facts["limit_max"], facts["limit_default"] = limit.get("maximum"), limit.get("default")
    facts["cursor"] = "cursor" in params
    facts["partitions"] = "partition" in params
    return facts


def operation_facts(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """operationId -> the facts the spec states (only operations with at least one)."""
    out: dict[str, dict[str, Any]] = {}
    for _path, _method, op in operations(spec):
        facts = _query_facts(spec, op)
        for key, value in _body_facts(spec, op).items():
            if value or key not in facts:
                facts[key] = value
        if any(facts.values()):
            out[op["operationId"]] = facts
    return out


_FIELDS = ("max_items", "min_items", "limit_max", "limit_default", "identifiers", "cursor", "partitions")


def operation_facts_module(spec: dict[str, Any]) -> str:
    """Text of cdf_api/operation_facts.py."""
    rows = []
    for oid, facts in sorted(operation_facts(spec).items()):
        args = ", ".join(
            f"{name}={facts.get(name, None if name not in ('cursor', 'partitions') else False)!r}"
            for name in _FIELDS
            if facts.get(name) not in (None, False, ())
        )
        rows.append(f"    {oid!r}: OperationFacts({args}),")
    body = "\n".join(rows)
    return f'''"""What the spec states per operation (generated by openapi/operation_facts.py; do not edit)."""

from __future__ import annotations

from typing import NamedTuple


class OperationFacts(NamedTuple):
    max_items: int | None = None  # request body `items` maxItems
    min_items: int | None = None  # request body `items` minItems
    limit_max: int | None = None  # the `limit` parameter's maximum (query or body)
    limit_default: int | None = None  # the `limit` parameter's default
    identifiers: tuple[str, ...] = ()  # identifier kinds of the items: id, externalId, instanceId, space+externalId...
    cursor: bool = False  # takes a `cursor`
    partitions: bool = False  # takes a `partition`


NO_FACTS = OperationFacts()

FACTS: dict[str, OperationFacts] = {{
{body}
}}


def facts(operation_id: str) -> OperationFacts:
    """The spec's facts of one operation (all empty when it states none)."""
    return FACTS.get(operation_id, NO_FACTS)
'''
