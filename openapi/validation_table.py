"""Writes `cognite/client/_validation/_spec_limits.json`: per create path, the fields users write and the spec's
constraints on them (type, maxLength, minLength, maxItems, minItems, minimum, maximum, metadata limits).

Source: the pinned spec's request schemas (POST <resource path> `items[]`). Metadata limits come from the schema's
`maxProperties`, `additionalProperties.maxLength` and the `x-maxKeyLength` / `x-maxTotalSize` extensions; what the
spec states only in prose is not taken (the description stays the documentation).

    python -m openapi.validation_table [--check]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from openapi.paths import REPO_ROOT, SHARED_OPENAPI

SPEC = SHARED_OPENAPI / "cdf-v1-2026-05-07.json"
OUT = REPO_ROOT / "cognite" / "client" / "_validation" / "_spec_limits.json"
# The create paths whose items users write (the ResourceAPI `_RESOURCE_PATH`s).
CREATE_PATHS = (
    "/assets",
    "/events",
    "/timeseries",
    "/sequences",
    "/files",
    "/datasets",
    "/labels",
    "/relationships",
)
_KEYS = ("type", "maxLength", "minLength", "maxItems", "minItems", "minimum", "maximum", "maxProperties")
_EXT = {"x-maxKeyLength": "maxKeyLength", "x-maxTotalSize": "maxTotalSize"}


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """A schema with `$ref`s and `allOf`s merged into one dict (properties and required united)."""
    while "$ref" in node:
        ref = node["$ref"].split("/")[-1]
        node = {**spec["components"]["schemas"][ref], **{k: v for k, v in node.items() if k != "$ref"}}
    if "allOf" in node:
        merged: dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
        for part in node["allOf"]:
            part = _resolve(spec, part)
            for key, value in part.items():
                if key == "properties":
                    merged["properties"] = {**merged.get("properties", {}), **value}
                elif key == "required":
                    merged["required"] = sorted({*merged.get("required", []), *value})
                else:
                    merged.setdefault(key, value)
        node = merged
    return node


def _field(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    schema = _resolve(spec, schema)
    out = {k: schema[k] for k in _KEYS if k in schema}
    out.update({short: schema[ext] for ext, short in _EXT.items() if ext in schema})
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict):
        extra = _resolve(spec, extra)
        if "maxLength" in extra:
            out["maxValueLength"] = extra["maxLength"]
    if out.get("type") == "array" and "items" in schema:
        item = _resolve(spec, schema["items"])
        out["items"] = {k: item[k] for k in _KEYS if k in item}
    return out


def build(spec: dict[str, Any]) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for path in CREATE_PATHS:
        request = spec["paths"][path]["post"]["requestBody"]
        if "$ref" in request:
            request = spec["components"]["requestBodies"][request["$ref"].split("/")[-1]]
        body = _resolve(spec, request["content"]["application/json"]["schema"])
        if "items" in body.get("properties", {}):
            items = _resolve(spec, body["properties"]["items"])
            item = _resolve(spec, items["items"])
        else:  # one item per request (files)
            items, item = {"maxItems": 1}, body
        table[path] = {
            "maxItems": items.get("maxItems"),
            "required": sorted(item.get("required", [])),
            "fields": {name: _field(spec, sub) for name, sub in sorted(item.get("properties", {}).items())},
        }
    return table


def render() -> str:
    return json.dumps(build(json.loads(Path(SPEC).read_text())), indent=1, sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text() != text:
            print(f"{OUT} is out of date: run python -m openapi.validation_table", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
