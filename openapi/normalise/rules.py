"""Normalisation rules: rewrite the spec into a shape openapi-python-client generates fully and faithfully.

Each rule is one small function `rule(spec) -> int` (nodes touched) whose docstring's first line is its reason.
They run in the order of `RULES`; the order matters where noted. See openapi/README.md for the table with counts.
"""

from __future__ import annotations

import copy
import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from openapi_python_client.strings import ClassName, pascal_case, snake_case

from openapi.normalise.walk import (
    COMPONENT_PREFIX,
    UNION_KEYS,
    Schema,
    component_nodes,
    iter_refs,
    iter_schemas,
    operations,
    ref_name,
    resolve_pointer,
    walk,
)

Spec = dict[str, Any]
Rule = Callable[[Spec], int]

# Keys that describe a schema without constraining its shape.
ANNOTATIONS = frozenset(
    {"description", "title", "example", "examples", "deprecated", "readOnly", "writeOnly", "default", "$comment"}
)
_COMBINERS = ("allOf", "oneOf", "anyOf")


def _schemas(spec: Spec) -> dict[str, Schema]:
    return spec.setdefault("components", {}).setdefault("schemas", {})


def _rename_refs(spec: Spec, renames: dict[str, str]) -> int:
    """Point every `$ref` to a renamed/removed component at its new target; returns refs rewritten."""
    count = 0
    for holder in iter_refs(spec):
        name = ref_name(holder["$ref"])
        if name in renames:
            holder["$ref"] = COMPONENT_PREFIX + renames[name]
            count += 1
    return count


# --- operations ----------------------------------------------------------------------------------------------------

# Operations the spec leaves unnamed: names chosen to read like their siblings' (stable across bumps).
MISSING_OPERATION_IDS = {
    ("get", "/3d/mappings/{assetId}/modelnodes"): "list3DAssetMappingsAcrossModels",
    ("post", "/3d/nodes/list"): "filter3DNodesInBoundingBox",
    ("post", "/3d/jobs"): "create3DJobs",
    ("post", "/3d/jobs/list"): "list3DJobs",
    ("post", "/3d/jobs/delete"): "delete3DJobs",
    ("post", "/3d/job/results/list"): "list3DJobResults",
    ("post", "/3d/job/result/rejections"): "update3DJobResultRejections",
    ("post", "/3d/job/result/rejections/list"): "list3DJobResultRejections",
}


def add_missing_operation_ids(spec: Spec) -> int:
    """Operations without an operationId get path-derived names that change whenever the path does."""
    count = 0
    for path, method, op in operations(spec):
        if not op.get("operationId"):
            words = re.sub(r"[{}]", "", path).replace("/", " ").replace("-", " ")
            op["operationId"] = MISSING_OPERATION_IDS.get((method, path)) or f"{method}{pascal_case(words)}"
            count += 1
    return count


def dedupe_operation_ids(spec: Spec) -> int:
    """operationIds equal after snake_case would write two endpoints into one module."""
    seen: dict[str, str] = {}
    count = 0
    for path, _method, op in operations(spec):
        key = snake_case(op["operationId"])
        if key in seen:
            # Disambiguate by the path segments the other operation lacks (deterministic: document order).
            extra = [seg for seg in re.sub(r"[{}]", "", path).split("/") if seg and seg not in seen[key].split("/")]
            op["operationId"] = op["operationId"] + pascal_case(" ".join(extra) or "2")
            count += 1
        seen[snake_case(op["operationId"])] = re.sub(r"[{}]", "", path)
    return count


def drop_cdf_version_header_params(spec: Spec) -> int:
    """A few operations declare a `cdf-version` header parameter; every operation takes `cdf_version=` already."""
    count = 0
    items = [item for item in spec.get("paths", {}).values() if isinstance(item, dict)]
    holders = items + [op for _, _, op in operations(spec)]
    for holder in holders:
        params = holder.get("parameters")
        if not isinstance(params, list):
            continue
        keep = []
        for param in params:
            target = resolve_pointer(spec, param["$ref"]) if isinstance(param, dict) and "$ref" in param else param
            if (
                isinstance(target, dict)
                and target.get("in") == "header"
                and target.get("name", "").lower() == "cdf-version"
            ):
                count += 1
            else:
                keep.append(param)
        holder["parameters"] = keep
    return count


# --- references ----------------------------------------------------------------------------------------------------


def inline_internal_refs(spec: Spec) -> int:
    """`$ref`s into the inside of a component (…/Cursor/properties/cursor) are rejected by the generator."""
    count = 0
    for holder in list(iter_refs(spec)):
        ref = holder["$ref"]
        if ref.startswith(COMPONENT_PREFIX) and ref_name(ref) is None:
            target = copy.deepcopy(resolve_pointer(spec, ref))
            if isinstance(target, dict):
                del holder["$ref"]
                holder.update({k: v for k, v in target.items() if k not in holder})
                count += 1
    return count + _inline_scalar_refs(spec)


def _inline_scalar_refs(node: Any, root: Spec | None = None) -> int:
    """Older snapshots write `description: {$ref: .../Cursor/description}`: put the text in place."""
    root = node if root is None else root
    count = 0
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in list(items):
        if isinstance(value, dict) and set(value) == {"$ref"} and isinstance(value["$ref"], str):
            ref = value["$ref"]
            if ref.startswith(COMPONENT_PREFIX) and ref_name(ref) is None:
                target = resolve_pointer(root, ref)
                if not isinstance(target, (dict, list)):
                    node[key] = target
                    count += 1
                    continue
        count += _inline_scalar_refs(value, root)
    return count


def move_response_schemas(spec: Spec) -> int:
    """Inline schemas of `components/responses` are re-generated per operation: 490 duplicate error models."""
    schemas = _schemas(spec)
    count = 0
    for name, response in sorted(spec.get("components", {}).get("responses", {}).items()):
        for media in (response.get("content") or {}).values():
            schema = media.get("schema")
            if not isinstance(schema, dict) or "$ref" in schema:
                continue
            target = name if name[0].isalpha() else f"Response{name}"
            while target in schemas:
                target += "Body"
            schemas[target] = schema
            media["schema"] = {"$ref": COMPONENT_PREFIX + target}
            count += 1
    return count


# --- allOf / oneOf shapes ------------------------------------------------------------------------------------------


def lift_annotation_only_members(spec: Spec) -> int:
    """`allOf: [{description}, {$ref: EpochTimestamp}]` fails with "Cannot take allOf a non-object"."""
    count = 0
    for node in iter_schemas(spec):
        members = node.get("allOf")
        if not isinstance(members, list):
            continue
        keep = []
        for member in members:
            if isinstance(member, dict) and "$ref" in member and ref_name(member["$ref"]):
                target = _schemas(spec).get(ref_name(member["$ref"]) or "")
                if isinstance(target, dict) and target and set(target) <= ANNOTATIONS:
                    member = target  # a component that only holds a description (DataProductSemanticVersion...)
            if isinstance(member, dict) and member and set(member) <= ANNOTATIONS:
                for key, value in member.items():
                    node.setdefault(key, value)
                count += 1
            else:
                keep.append(member)
        node["allOf"] = keep
        if not keep:
            del node["allOf"]
    return count


def _union_of(spec: Spec, member: Any) -> list[Any] | None:
    """The union members of an allOf member (inline or a component), None when it is not a union."""
    target = member
    if isinstance(member, dict) and "$ref" in member:
        name = ref_name(member["$ref"])
        target = _schemas(spec).get(name) if name else None
    if isinstance(target, dict) and not target.get("properties"):
        for key in UNION_KEYS:
            if isinstance(target.get(key), list) and len(target[key]) > 1:
                return list(target[key])
    return None


class _Namer:
    """Fresh component names that are also unique as generated class names."""

    def __init__(self, schemas: dict[str, Schema]) -> None:
        self.schemas = schemas
        self.class_names = {str(ClassName(n, "")) for n in schemas}

    def add(self, base: str, label: Any, schema: Schema) -> str:
        name = base + pascal_case(re.sub(r"[^A-Za-z0-9]+", " ", str(label)))
        candidate, n = name, 1
        while candidate in self.schemas or str(ClassName(candidate, "")) in self.class_names:
            n += 1
            candidate = f"{name}{n}"
        self.schemas[candidate] = schema
        self.class_names.add(str(ClassName(candidate, "")))
        return candidate


def _label(member: Schema, index: int) -> str:
    """What a union member is called: its title, else its single required key, else its position."""
    required = member.get("required") or []
    return member.get("title") or (required[0] if len(required) == 1 else f"Option{index}")


def distribute_allof_over_union(spec: Spec) -> int:
    """`allOf: [Union, Object]` is unsupported (members silently dropped): rewrite as `oneOf` of `allOf`s, the
    shared members hoisted once as `<Component>Shared` so the variants do not duplicate them."""
    namer = _Namer(_schemas(spec))
    count = 0
    for component, node in component_nodes(spec):
        members = node.get("allOf")
        if not isinstance(members, list) or len(members) < 2:
            continue
        for index, member in enumerate(members):
            variants = _union_of(spec, member)
            if variants is None:
                continue
            rest = []
            for other in members[:index] + members[index + 1 :]:
                if _is_object_schema(other):
                    other = {"$ref": COMPONENT_PREFIX + namer.add(component, "Shared", other)}
                rest.append(other)
            distributed = []
            for i, variant in enumerate(variants):
                label = _label(variant, i) if "$ref" not in variant else ref_name(variant["$ref"])
                distributed.append({"allOf": [variant, *copy.deepcopy(rest)], "title": label})
            node["oneOf"] = distributed
            del node["allOf"]
            node.setdefault("type", "object")
            count += 1
            break
    return count


def _is_object_schema(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and "$ref" not in schema
        and (schema.get("type") == "object" or "properties" in schema or "allOf" in schema)
    )


def hoist_union_members(spec: Spec) -> int:
    """Inline object members of unions are built twice / before their refs, so recursive filter unions never
    resolve: name them `<Component><Title>` (runs before drop_titles, which removes those titles)."""
    namer = _Namer(_schemas(spec))
    count = 0
    pending = sorted(namer.schemas)
    while pending:
        component = pending.pop(0)
        nodes = [
            node for name, node in component_nodes({"components": {"schemas": {component: namer.schemas[component]}}})
        ]
        for node in nodes:
            for key in UNION_KEYS:
                members = node.get(key)
                if not isinstance(members, list):
                    continue
                for index, member in enumerate(members):
                    if _is_object_schema(member):
                        name = namer.add(component, _label(member, index), member)
                        members[index] = {"$ref": COMPONENT_PREFIX + name}
                        pending.append(name)  # its own unions get hoisted too
                        count += 1
    return count


def drop_titles(spec: Spec) -> int:
    """A schema `title` becomes its class name: "set", "remove", "String" collide across hundreds of models."""
    count = 0
    for node in iter_schemas(spec):
        if isinstance(node.get("title"), str):
            del node["title"]
            count += 1
    return count


def _single_ref(node: Schema) -> dict[str, Any] | None:
    """The `{$ref}` a node only wraps (`{oneOf|anyOf|allOf: [{$ref}]}` plus annotations), else None."""
    structural = set(node) - ANNOTATIONS - {"type"}
    if len(structural) != 1:
        return None
    (key,) = structural
    members = node.get(key)
    if key in _COMBINERS and isinstance(members, list) and len(members) == 1:
        member = members[0]
        if isinstance(member, dict) and set(member) - ANNOTATIONS == {"$ref"}:
            return member
    return None


def unwrap_single_ref_wrappers(spec: Spec) -> int:
    """`{oneOf: [$ref]}` wrappers are processed twice and fail for non-object targets: use the plain `$ref`."""
    count = 0

    def visit(node: Schema) -> Schema | None:
        nonlocal count
        member = _single_ref(node)
        if member is None:
            return None
        count += 1
        merged = {"$ref": member["$ref"]}
        if "description" in node or "description" in member:
            merged["description"] = node.get("description", member.get("description"))
        return merged

    walk(spec, visit, post_order=True)
    return count


def remove_alias_components(spec: Spec) -> int:
    """A component that is only a `$ref` to another is a second class for the same shape: point refs at the target."""
    schemas = _schemas(spec)
    aliases = {
        name: ref_name(schema["$ref"])
        for name, schema in schemas.items()
        if set(schema) - ANNOTATIONS == {"$ref"} and ref_name(schema["$ref"])
    }
    final: dict[str, str] = {}
    for name in aliases:
        target, hops = aliases[name], 0
        while target in aliases and hops < 50:
            target, hops = aliases[target], hops + 1
        if target is not None and target not in aliases:
            final[name] = target
    for name in final:
        del schemas[name]
    _rename_refs(spec, final)
    return len(final)


def rename_colliding_components(spec: Spec) -> int:
    """Component keys that map to one class name (Limit/limit, Cursor/cursor) overwrite each other's module."""
    schemas = _schemas(spec)
    groups: dict[str, list[str]] = defaultdict(list)
    for name in schemas:
        groups[str(ClassName(name, ""))].append(name)
    taken = set(groups)
    renames: dict[str, str] = {}
    for class_name, names in sorted(groups.items()):
        if len(names) < 2:
            continue
        # Keep the key already spelled like its class; the others get a suffix saying what they are.
        keeper = next((n for n in names if n == class_name), sorted(names)[0])
        for name in sorted(n for n in names if n != keeper):
            suffix = "Object" if _is_object_schema(schemas[name]) else "Value"
            target = class_name + suffix
            while target in taken or target in schemas:
                target += "Alt"
            taken.add(target)
            renames[name] = target
    for old, new in renames.items():
        schemas[new] = schemas.pop(old)
    _rename_refs(spec, renames)
    return len(renames)


def _own_properties(spec: Spec, member: Any, seen: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Properties an allOf member contributes (following component refs and nested allOfs)."""
    if isinstance(member, dict) and "$ref" in member:
        name = ref_name(member["$ref"])
        if not name or name in seen or name not in _schemas(spec):
            return {}
        return _own_properties(spec, _schemas(spec)[name], seen | {name})
    if not isinstance(member, dict):
        return {}
    props = dict(member.get("properties") or {})
    for sub in member.get("allOf") or []:
        for key, value in _own_properties(spec, sub, seen).items():
            props.setdefault(key, value)
    return props


def resolve_allof_property_conflicts(spec: Spec) -> int:
    """A property redefined across allOf members with another nullability/const makes the generator drop the
    response; the first definition (the referenced base) wins."""
    count = 0
    for node in iter_schemas(spec):
        members = node.get("allOf")
        if not isinstance(members, list) or len(members) < 2:
            continue
        earlier: dict[str, Any] = {}
        for member in members:
            if isinstance(member, dict) and "$ref" not in member and isinstance(member.get("properties"), dict):
                for key in list(member["properties"]):
                    if key in earlier and _shape(spec, earlier[key]) != _shape(spec, member["properties"][key]):
                        member["properties"][key] = copy.deepcopy(earlier[key])
                        count += 1
            for key, value in _own_properties(spec, member).items():
                earlier.setdefault(key, value)
    return count


def _shape(spec: Spec, schema: Any) -> Any:
    """What the generator compares when merging allOf properties (annotations do not matter)."""
    if isinstance(schema, dict) and "$ref" in schema:
        return ("ref", schema["$ref"])
    if not isinstance(schema, dict):
        return schema
    return {k: v for k, v in schema.items() if k not in ANNOTATIONS}


# --- values --------------------------------------------------------------------------------------------------------


def single_value_enum_to_const(spec: Spec) -> int:
    """A one-value enum (discriminator tags like `type: numeric`) becomes an enum class each: 475 enums → 234."""
    count = 0
    for node in iter_schemas(spec):
        values = node.get("enum")
        if isinstance(values, list) and len(values) == 1 and values[0] is not None:
            node["const"] = values[0]
            del node["enum"]
            count += 1
    return count


def boolean_const_without_type(spec: Spec) -> int:
    """The generator reads `type: boolean` before `const`, so `{type: boolean, const: false}` loses the const that
    tells union variants apart: drop the type (the const implies it)."""
    count = 0
    for node in iter_schemas(spec):
        if isinstance(node.get("const"), bool) and node.get("type") == "boolean":
            del node["type"]
            count += 1
    return count


def drop_closed_additional_properties(spec: Spec) -> int:
    """`additionalProperties: false` makes models drop unknown keys: round-trips would lose newer server fields."""
    count = 0
    for node in iter_schemas(spec):
        if node.get("additionalProperties") is False:
            del node["additionalProperties"]
            count += 1
    return count


def defaults_to_extension(spec: Spec) -> int:
    """The server applies its defaults; a client-side default would be sent on every request and break round-trips
    (and object/array defaults are rejected outright). Kept as `x-cdf-default` for documentation."""
    count = 0
    for node in iter_schemas(spec):
        if "default" in node:
            node["x-cdf-default"] = node.pop("default")
            count += 1
    for _, _, op in operations(spec):
        for param in op.get("parameters") or []:
            if isinstance(param, dict) and isinstance(param.get("schema"), dict) and "default" in param["schema"]:
                param["schema"]["x-cdf-default"] = param["schema"].pop("default")
                count += 1
    return count


RULES: list[Rule] = [
    add_missing_operation_ids,
    dedupe_operation_ids,
    drop_cdf_version_header_params,
    inline_internal_refs,
    move_response_schemas,
    lift_annotation_only_members,
    distribute_allof_over_union,
    hoist_union_members,
    drop_titles,
    unwrap_single_ref_wrappers,
    remove_alias_components,
    rename_colliding_components,
    resolve_allof_property_conflicts,
    single_value_enum_to_const,
    boolean_const_without_type,
    drop_closed_additional_properties,
    defaults_to_extension,
]


def reason(rule: Rule) -> str:
    """The first paragraph of a rule's docstring, on one line."""
    return " ".join((rule.__doc__ or "").strip().split("\n\n")[0].split())
