"""Schema-aware traversal of an OpenAPI 3.1 document.

Rules must only touch schema nodes (a property *named* "title" is not a title keyword), so every rule walks
the document through these helpers instead of recursing over raw dicts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

Schema = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "oneOf", "anyOf", "prefixItems")
_SCHEMA_SINGLE = ("items", "additionalProperties", "not", "contains", "if", "then", "else", "propertyNames")
UNION_KEYS = ("oneOf", "anyOf")
COMPONENT_PREFIX = "#/components/schemas/"


def child_slots(schema: Schema) -> Iterator[tuple[Any, Any]]:
    """Yield (container, key) for every direct sub-schema, so callers can read or replace it."""
    for key in _SCHEMA_MAPS:
        sub = schema.get(key)
        if isinstance(sub, dict):
            for name in list(sub):
                if isinstance(sub[name], dict):
                    yield sub, name
    for key in _SCHEMA_LISTS:
        sub = schema.get(key)
        if isinstance(sub, list):
            for i in range(len(sub)):
                if isinstance(sub[i], dict):
                    yield sub, i
    for key in _SCHEMA_SINGLE:
        if isinstance(schema.get(key), dict):
            yield schema, key


def _media_slots(container: dict[str, Any]) -> Iterator[tuple[Any, Any]]:
    for media in (container.get("content") or {}).values():
        if isinstance(media, dict) and isinstance(media.get("schema"), dict):
            yield media, "schema"


def _parameter_slots(params: list[Any] | None) -> Iterator[tuple[Any, Any]]:
    for param in params or []:
        if isinstance(param, dict) and isinstance(param.get("schema"), dict):
            yield param, "schema"


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (path, method, operation) in document order."""
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield path, method, op


def root_slots(spec: dict[str, Any]) -> Iterator[tuple[Any, Any]]:
    """Every place a top-level schema lives: components and inline schemas of paths."""
    components = spec.get("components", {})
    schemas = components.get("schemas", {})
    for name in list(schemas):
        yield schemas, name
    for param in components.get("parameters", {}).values():
        yield from _parameter_slots([param])
    for body in components.get("requestBodies", {}).values():
        yield from _media_slots(body)
    for response in components.get("responses", {}).values():
        yield from _media_slots(response)
        for header in (response.get("headers") or {}).values():
            yield from _parameter_slots([header])
    for item in spec.get("paths", {}).values():
        yield from _parameter_slots(item.get("parameters"))
    for _, _, op in operations(spec):
        yield from _parameter_slots(op.get("parameters"))
        if isinstance(op.get("requestBody"), dict):
            yield from _media_slots(op["requestBody"])
        for response in (op.get("responses") or {}).values():
            if isinstance(response, dict):
                yield from _media_slots(response)


def walk(spec: dict[str, Any], visit: Callable[[Schema], Schema | None], *, post_order: bool = False) -> None:
    """Call `visit` on every schema node; a non-None return value replaces the node in place."""

    def go(container: Any, key: Any) -> None:
        node = container[key]
        if not post_order:
            replacement = visit(node)
            if replacement is not None:
                container[key] = node = replacement
        for sub_container, sub_key in list(child_slots(node)):
            go(sub_container, sub_key)
        if post_order:
            replacement = visit(node)
            if replacement is not None:
                container[key] = replacement

    for container, key in list(root_slots(spec)):
        go(container, key)


def iter_schemas(spec: dict[str, Any]) -> Iterator[Schema]:
    """Every schema node of the document (a snapshot: safe to mutate the yielded nodes' keys)."""
    found: list[Schema] = []
    walk(spec, lambda node: found.append(node) or None)
    yield from found


def iter_refs(node: Any) -> Iterator[dict[str, Any]]:
    """Every dict holding a `$ref` anywhere below `node` (raw recursion: refs are refs wherever they are)."""
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node
        for value in node.values():
            yield from iter_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from iter_refs(value)


def ref_name(ref: str) -> str | None:
    """The component name of `#/components/schemas/<name>`, None for any other target."""
    if ref.startswith(COMPONENT_PREFIX) and "/" not in ref[len(COMPONENT_PREFIX) :]:
        return ref[len(COMPONENT_PREFIX) :]
    return None


def resolve_pointer(spec: dict[str, Any], ref: str) -> Any:
    """Follow a local JSON pointer (`#/a/b~1c`)."""
    node: Any = spec
    for part in ref.lstrip("#/").split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def component_nodes(spec: dict[str, Any]) -> Iterator[tuple[str, Schema]]:
    """(component name, node) for every schema node inside each component (refs are not followed)."""
    found: list[tuple[str, Schema]] = []

    def go(name: str, node: Schema) -> None:
        found.append((name, node))
        for container, key in child_slots(node):
            go(name, container[key])

    for name, schema in list(spec.get("components", {}).get("schemas", {}).items()):
        if isinstance(schema, dict):
            go(name, schema)
    yield from found
