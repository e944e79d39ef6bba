"""Collect the examples of the (normalised) pinned spec together with the generated class each one should parse as."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from openapi_python_client.strings import ClassName

from openapi import fetch
from openapi.normalise import normalise
from openapi.normalise.walk import operations, ref_name
from openapi.pin import load_pin


@dataclass(frozen=True)
class Example:
    label: str  # where it is: "schema:<Component>" or "<operationId> <request|response NNN> <example name>"
    class_name: str  # the generated class for the schema the example belongs to
    value: Any


@cache
def normalised_spec() -> dict[str, Any]:
    raw = json.loads(fetch.ensure(load_pin().snapshot).read_text())
    return normalise(raw)[0]


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
