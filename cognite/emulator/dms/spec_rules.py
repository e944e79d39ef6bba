"""DMS limits, patterns and defaults read from the pinned spec (once per process), so none is written twice.

Example:
    >>> rules().items_max("POST", "/models/spaces")
    100
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

import orjson

from cognite.emulator.validation import find_spec


@dataclass(frozen=True)
class ListLimit:
    default: int
    maximum: int


class SpecRules:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.schemas: dict[str, Any] = spec["components"]["schemas"]

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.spec
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            node = target
        return node

    def _op(self, method: str, path: str) -> dict[str, Any]:
        op: dict[str, Any] = self.spec["paths"][path][method.lower()]
        return op

    @functools.cache  # noqa: B019 (one instance per process)
    def items_max(self, method: str, path: str) -> int:
        body = self.resolve(
            self.resolve(self._op(method, path)["requestBody"])["content"]["application/json"]["schema"]
        )
        for alternative in body.get("oneOf", [body]):  # e.g. views/byids: with or without versions
            alternative = self.resolve(alternative)
            if "items" in alternative.get("properties", {}):
                return int(alternative["properties"]["items"]["maxItems"])
        raise KeyError(f"{method} {path} has no items limit")

    @functools.cache  # noqa: B019
    def list_limit(self, path: str) -> ListLimit:
        for param in self._op("GET", path).get("parameters", []):
            param = self.resolve(param)
            if param.get("name") == "limit":
                schema = self.resolve(param["schema"])
                return ListLimit(int(schema["default"]), int(schema["maximum"]))
        raise KeyError(f"GET {path} has no limit parameter")

    @functools.cache  # noqa: B019
    def query_default(self, method: str, path: str, name: str) -> Any:
        for param in self._op(method, path).get("parameters", []):
            param = self.resolve(param)
            if param.get("name") == name:
                return self.resolve(param["schema"]).get("default")
        raise KeyError(f"{method} {path} has no {name} parameter")

    @functools.cache  # noqa: B019
    def pattern(self, schema: str) -> re.Pattern[str]:
        return re.compile(self.schemas[schema]["pattern"])

    @functools.cache  # noqa: B019
    def space_id_pattern(self) -> re.Pattern[str]:
        """The pattern user-created space ids must match (it excludes the reserved names)."""
        return re.compile(self.schemas["SpaceCreateDefinition"]["properties"]["space"]["pattern"])

    @functools.cache  # noqa: B019
    def defaults(self, schema: str) -> dict[str, Any]:
        """The `default` of each property of an object schema (following allOf)."""
        out: dict[str, Any] = {}
        node = self.resolve(self.schemas[schema])
        for part in [node, *node.get("allOf", [])]:
            part = self.resolve(part)
            for name, prop in part.get("properties", {}).items():
                prop = self.resolve(prop)
                if "default" in prop:
                    out[name] = prop["default"]
        return out

    @functools.cache  # noqa: B019
    def enum(self, schema: str, prop: str | None = None) -> frozenset[str]:
        node = self.resolve(self.schemas[schema])
        if prop is not None:
            node = self.resolve(node["properties"][prop])
        return frozenset(node["enum"])

    @functools.cache  # noqa: B019
    def max_length(self, schema: str, prop: str) -> int:
        node = self.resolve(self.schemas[schema])
        for part in [node, *node.get("allOf", [])]:
            part = self.resolve(part)
            if prop in part.get("properties", {}):
                return int(self.resolve(part["properties"][prop])["maxLength"])
        raise KeyError(f"{schema}.{prop} has no maxLength")


@functools.cache
def rules() -> SpecRules:
    return SpecRules(orjson.loads(find_spec().read_bytes()))
