"""Collect the examples of the (normalised) pinned spec together with the generated class each one should parse as."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from openapi_python_client.strings import ClassName

from openapi import fetch
from openapi.normalise import Step, normalise
from openapi.normalise.walk import operations, ref_name
from openapi.pin import load_pin


@dataclass(frozen=True)
class Example:
    label: str  # where it is: "schema:<Component>" or "<operationId> <request|response NNN> <example name>"
    class_name: str  # the generated class for the schema the example belongs to
    value: Any


@cache
def raw_spec() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(fetch.ensure(load_pin().snapshot).read_text())
    return spec


@cache
def normalised() -> tuple[dict[str, Any], list[Step]]:
    """The normalised pinned spec and the normalisation report (computed once per test session)."""
    return normalise(raw_spec())


def normalised_spec() -> dict[str, Any]:
    return normalised()[0]


def _local(spec: dict[str, Any], node: Any, section: str) -> Any:
    if isinstance(node, dict) and "$ref" in node:
        return spec["components"][section][node["$ref"].rsplit("/", 1)[-1]]
    return node


def _media_examples(spec: dict[str, Any], media: dict[str, Any]) -> list[tuple[str, Any]]:
    found = [("example", media["example"])] if "example" in media else []
    for name, example in sorted((media.get("examples") or {}).items()):
        example = _local(spec, example, "examples")
        if isinstance(example, dict) and "value" in example:
            found.append((name, example["value"]))
    return found


def spec_examples() -> list[Example]:
    """Schema-level examples of every component, and request/response examples of operations whose JSON schema
    is a component, in document order."""
    spec = normalised_spec()
    found: list[Example] = []
    for name, schema in spec["components"]["schemas"].items():
        values = ([schema["example"]] if "example" in schema else []) + list(schema.get("examples") or [])
        for i, value in enumerate(values):
            found.append(Example(f"schema:{name}#{i}", str(ClassName(name, "")), value))
    for _path, _method, op in operations(spec):
        media_sets = []
        body = _local(spec, op.get("requestBody"), "requestBodies")
        if isinstance(body, dict):
            media_sets.append(("request", body.get("content") or {}))
        for code, response in sorted((op.get("responses") or {}).items()):
            response = _local(spec, response, "responses")
            if isinstance(response, dict):
                media_sets.append((f"response {code}", response.get("content") or {}))
        for where, content in media_sets:
            media = content.get("application/json") or {}
            target = ref_name((media.get("schema") or {}).get("$ref", ""))
            if target:
                for name, value in _media_examples(spec, media):
                    found.append(Example(f"{op['operationId']} {where} {name}", str(ClassName(target, "")), value))
    return found


def _shape_model(shape: Any) -> str | None:
    """The model class a `_FIT` shape names, through lists (None for scalars and unions)."""
    while isinstance(shape, tuple) and shape[0] == "l":
        shape = shape[1]
    return shape[1] if isinstance(shape, tuple) and shape[0] == "m" else None


def nested_examples(models: Any) -> list[Example]:
    """Examples on schemas nested inside components (inline objects, `$ref`s with an example), located through
    the generated models' `_FIT` (JSON key -> the class that types it)."""
    spec = normalised_spec()
    found: list[Example] = []

    def visit(node: Any, class_name: str | None, where: str, top: bool) -> None:
        if not isinstance(node, dict):
            return
        cls = getattr(models, class_name, None) if class_name else None
        if not top and cls is not None and hasattr(cls, "from_dict"):
            values = ([node["example"]] if "example" in node else []) + list(node.get("examples") or [])
            if node.get("type") == "array":  # an array's example lists items of the class
                values = [item for value in values if isinstance(value, list) for item in value]
            for i, value in enumerate(values):
                found.append(Example(f"{where}#{i}", class_name or "", value))
        if "$ref" in node:
            return  # the component itself is visited on its own
        fit = getattr(cls, "_FIT", {}) if cls is not None else {}
        for key, sub in (node.get("properties") or {}).items():
            visit(sub, _shape_model(fit.get(key)), f"{where}.{key}", False)
        for member in node.get("allOf") or []:
            if isinstance(member, dict) and "$ref" not in member:
                visit(member, class_name, where, True)  # inline allOf members add fields to the same class
        if isinstance(node.get("items"), dict):
            visit(node["items"], class_name if node.get("type") == "array" else None, f"{where}[]", True)

    for name, schema in spec["components"]["schemas"].items():
        visit(schema, str(ClassName(name, "")), f"schema:{name}", True)
    return found
