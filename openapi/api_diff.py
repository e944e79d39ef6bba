"""`python -m openapi.api_diff --from DATE --to DATE`: what a spec version bump changes, breaking changes flagged.

Compares two raw snapshots: operations added / removed / changed (operationId, parameters, request body,
responses) and component schemas added / removed / changed (fields, field types, required fields; `allOf` members
are merged so a field moved into a referenced base is not reported); an operationId found at a new path is
reported as moved, not as removed + added. Breaking: a removed operation, a removed field, a changed field type,
a new required field or parameter.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from typing import Any

from openapi import fetch
from openapi.normalise.walk import operations, ref_name

Spec = dict[str, Any]


@dataclass(frozen=True)
class Change:
    kind: str  # "operation" | "schema"
    action: str  # "+" added, "-" removed, "~" changed
    name: str
    details: tuple[str, ...] = ()
    breaking: bool = False

    def line(self) -> str:
        flag = "  [BREAKING]" if self.breaking else ""
        text = f"  {self.action} {self.name}{flag}"
        return "\n".join([text, *(f"      {d}" for d in self.details)])


@dataclass
class Diff:
    before: str
    after: str
    changes: list[Change] = field(default_factory=list)
    counts: tuple[int, int] = (0, 0)  # operations before, after

    def of(self, kind: str, action: str) -> list[Change]:
        return [c for c in self.changes if c.kind == kind and c.action == action]

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    def report(self) -> str:
        lines = [
            f"API diff {self.before} -> {self.after}: {self.counts[0]} -> {self.counts[1]} operations "
            f"({self.counts[1] - self.counts[0]:+d} net)"
        ]
        for kind in ("operation", "schema"):
            added, removed, changed = (self.of(kind, a) for a in "+-~")
            lines.append(f"{kind}s: +{len(added)} -{len(removed)} ~{len(changed)}")
            lines.extend(c.line() for c in added + removed + changed)
        lines.append(f"breaking changes: {len(self.breaking)}")
        lines.extend(f"  {c.kind} {c.name}" for c in self.breaking)
        return "\n".join(lines)


# --- shapes --------------------------------------------------------------------------------------------------------


def _type_of(schema: Any) -> str:
    """A short, comparable description of a field's type."""
    if not isinstance(schema, dict):
        return "any"
    if "$ref" in schema:
        return ref_name(schema["$ref"]) or schema["$ref"]
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return key + "[" + ", ".join(sorted(_type_of(m) for m in schema[key])) + "]"
    if "allOf" in schema:
        members = [m for m in schema["allOf"] if not (isinstance(m, dict) and set(m) <= {"description", "title"})]
        return _type_of(members[0]) if len(members) == 1 else "allOf[" + ", ".join(_type_of(m) for m in members) + "]"
    kind = schema.get("type", "object" if "properties" in schema else "any")
    if isinstance(kind, list):
        kind = "|".join(sorted(k for k in kind if k != "null"))
    if kind == "array":
        return f"array[{_type_of(schema.get('items'))}]"
    if kind in ("integer", "number"):
        return "number"  # int64 vs int32 or integer vs number is not a wire change worth flagging
    return str(kind)


def _fields(spec: Spec, schema: Any, seen: frozenset[str] = frozenset()) -> tuple[dict[str, str], set[str]]:
    """(field -> type, required fields) of an object schema, merging `allOf` members and referenced bases."""
    if not isinstance(schema, dict):
        return {}, set()
    if "$ref" in schema:
        name = ref_name(schema["$ref"])
        target = spec["components"]["schemas"].get(name) if name else None
        if name is None or name in seen or target is None:
            return {}, set()
        return _fields(spec, target, seen | {name})
    props = {key: _type_of(value) for key, value in (schema.get("properties") or {}).items()}
    required = set(schema.get("required") or [])
    for member in schema.get("allOf") or []:
        sub_props, sub_required = _fields(spec, member, seen)
        for key, value in sub_props.items():
            props.setdefault(key, value)
        required |= sub_required
    return props, required


def _widens(old: str, new: str) -> bool:
    """A union that gained variants (and lost none) accepts everything it accepted before."""
    for key in ("oneOf[", "anyOf["):
        if old.startswith(key) and new.startswith(key):
            return set(old[len(key) : -1].split(", ")) <= set(new[len(key) : -1].split(", "))
    return False


def _compare_fields(before: Spec, after: Spec, old: Any, new: Any) -> tuple[list[str], bool]:
    old_props, old_required = _fields(before, old)
    new_props, new_required = _fields(after, new)
    details, breaking = [], False
    for key in sorted(new_props.keys() - old_props.keys()):
        required = key in new_required
        details.append(f"+ field {key}: {new_props[key]}" + (" (required)" if required else ""))
        breaking |= required
    for key in sorted(old_props.keys() - new_props.keys()):
        details.append(f"- field {key}")
        breaking = True
    for key in sorted(old_props.keys() & new_props.keys()):
        if old_props[key] != new_props[key]:
            widened = _widens(old_props[key], new_props[key])
            details.append(f"~ field {key}: {old_props[key]} -> {new_props[key]}" + (" (widened)" if widened else ""))
            breaking |= not widened
        if key in new_required and key not in old_required:
            details.append(f"~ field {key}: now required")
            breaking = True
    return details, breaking


# --- operations ----------------------------------------------------------------------------------------------------


def _ops(spec: Spec) -> dict[str, dict[str, Any]]:
    return {f"{method.upper()} {path}": op for path, method, op in operations(spec)}


def _params(spec: Spec, op: dict[str, Any]) -> dict[str, tuple[bool, str]]:
    out = {}
    for param in op.get("parameters") or []:
        if isinstance(param, dict) and "$ref" in param:
            param = spec["components"].get("parameters", {}).get(param["$ref"].rsplit("/", 1)[-1], {})
        if isinstance(param, dict) and "name" in param:
            out[f"{param.get('in')}:{param['name']}"] = (bool(param.get("required")), _type_of(param.get("schema")))
    return out


def _body_schema(op: dict[str, Any]) -> Any:
    content = (op.get("requestBody") or {}).get("content") or {}
    return (content.get("application/json") or {}).get("schema")


def _compare_operation(before: Spec, after: Spec, old: dict[str, Any], new: dict[str, Any]) -> tuple[list[str], bool]:
    details: list[str] = []
    breaking = False
    if old.get("operationId") != new.get("operationId"):
        details.append(f"operationId {old.get('operationId')} -> {new.get('operationId')}")
        breaking = True  # the generated module name changes
    old_params, new_params = _params(before, old), _params(after, new)
    for name in sorted(new_params.keys() - old_params.keys()):
        details.append(f"+ parameter {name}" + (" (required)" if new_params[name][0] else ""))
        breaking |= new_params[name][0]
    for name in sorted(old_params.keys() - new_params.keys()):
        details.append(f"- parameter {name}")
        breaking = True
    for name in sorted(old_params.keys() & new_params.keys()):
        if old_params[name] != new_params[name]:
            details.append(f"~ parameter {name}: {old_params[name]} -> {new_params[name]}")
            breaking |= old_params[name][1] != new_params[name][1] or (new_params[name][0] and not old_params[name][0])
    old_body, new_body = _body_schema(old), _body_schema(new)
    if _type_of(old_body) != _type_of(new_body) and old_body is not None and new_body is not None:
        details.append(f"~ request body {_type_of(old_body)} -> {_type_of(new_body)}")
    old_codes, new_codes = set(old.get("responses") or {}), set(new.get("responses") or {})
    for code in sorted(new_codes - old_codes):
        details.append(f"+ response {code}")
    for code in sorted(old_codes - new_codes):
        details.append(f"- response {code}")
        breaking |= code.startswith("2")
    return details, breaking


def diff(before: Spec, after: Spec, before_name: str = "before", after_name: str = "after") -> Diff:
    """Everything that changed from `before` to `after` (raw specs).

    Example:
        >>> empty = {"paths": {}, "components": {"schemas": {}}}
        >>> grown = {"paths": {"/x": {"get": {"operationId": "getX"}}}, "components": {"schemas": {}}}
        >>> print(diff(empty, grown).report().splitlines()[2])
          + GET /x (getX)
    """
    result = Diff(before_name, after_name)
    old_ops, new_ops = _ops(before), _ops(after)
    result.counts = (len(old_ops), len(new_ops))
    added, removed = sorted(new_ops.keys() - old_ops.keys()), sorted(old_ops.keys() - new_ops.keys())
    # An operationId that left one path and appeared at another moved: the generated module keeps its name.
    moved_from = {old_ops[k].get("operationId"): k for k in removed if old_ops[k].get("operationId")}
    moves = {k: moved_from[new_ops[k]["operationId"]] for k in added if new_ops[k].get("operationId") in moved_from}
    for key in added:
        name = f"{key} ({new_ops[key].get('operationId')})"
        if key in moves:
            details, breaking = _compare_operation(before, after, old_ops[moves[key]], new_ops[key])
            result.changes.append(Change("operation", "~", name, (f"moved from {moves[key]}", *details), breaking))
        else:
            result.changes.append(Change("operation", "+", name))
    for key in removed:
        if key not in moves.values():
            result.changes.append(Change("operation", "-", f"{key} ({old_ops[key].get('operationId')})", breaking=True))
    for key in sorted(old_ops.keys() & new_ops.keys()):
        details, breaking = _compare_operation(before, after, old_ops[key], new_ops[key])
        if details:
            name = f"{key} ({new_ops[key].get('operationId')})"
            result.changes.append(Change("operation", "~", name, tuple(details), breaking))
    old_schemas, new_schemas = before["components"]["schemas"], after["components"]["schemas"]
    for name in sorted(new_schemas.keys() - old_schemas.keys()):
        result.changes.append(Change("schema", "+", name))
    for name in sorted(old_schemas.keys() - new_schemas.keys()):
        result.changes.append(Change("schema", "-", name, breaking=True))
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        details, breaking = _compare_fields(before, after, old_schemas[name], new_schemas[name])
        if _type_of(old_schemas[name]) != _type_of(new_schemas[name]) and not details:
            details, breaking = [f"~ type {_type_of(old_schemas[name])} -> {_type_of(new_schemas[name])}"], True
        if details:
            result.changes.append(Change("schema", "~", name, tuple(details), breaking))
    return result


def load(date: str) -> Spec:
    spec: Spec = json.loads(fetch.ensure(date).read_text())
    return spec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="before", required=True, help="older snapshot date, YYYY-MM-DD")
    parser.add_argument("--to", dest="after", required=True, help="newer snapshot date, YYYY-MM-DD")
    args = parser.parse_args(argv)
    print(diff(load(args.before), load(args.after), args.before, args.after).report())
    return 0


if __name__ == "__main__":
    sys.exit(main())
