"""DMS limits, patterns and defaults read from the pinned spec (once per process), so none is written twice.

The spec is fetched, not committed (`make fetch-spec`), so every value read here is also kept in
`spec_rules_snapshot.json`, which serves when the spec is absent. Regenerate it after a spec bump with
`python -m cognite.emulator.dms.spec_rules`; a test checks it against the spec.

Example:
    >>> rules().items_max("POST", "/models/spaces")
    100
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from cognite.emulator.validation import find_spec, spec_available

SNAPSHOT = Path(__file__).with_name("spec_rules_snapshot.json")


@dataclass(frozen=True)
class ListLimit:
    default: int
    maximum: int


def _recorded(fn: Callable[..., Any]) -> Callable[..., Any]:
    """A rule read from the spec when present (and recorded), else from the snapshot."""
    name = fn.__name__

    def wrapper(self: SpecRules, *args: str) -> Any:
        key = "|".join((name, *args))
        if key not in self.values:
            if self.spec is None:
                raise KeyError(f"spec rule {key} is not in {SNAPSHOT.name}; fetch the spec and regenerate it")
            self.values[key] = fn(self, *args)
        return self.values[key]

    return wrapper


class SpecRules:
    def __init__(self, spec: dict[str, Any] | None, snapshot: dict[str, Any] | None = None) -> None:
        self.spec = spec
        self.values: dict[str, Any] = {} if spec is not None else dict(snapshot or {})
        self.schemas: dict[str, Any] = spec["components"]["schemas"] if spec is not None else {}

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.spec
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            node = target
        return node

    def _op(self, method: str, path: str) -> dict[str, Any]:
        assert self.spec is not None
        op: dict[str, Any] = self.spec["paths"][path][method.lower()]
        return op

    def _params(self, method: str, path: str) -> dict[str, Any]:
        out = {}
        for param in self._op(method, path).get("parameters", []):
            param = self.resolve(param)
            out[param.get("name")] = self.resolve(param.get("schema", {}))
        return out

    # -- raw values (JSON, recorded) ------------------------------------------------------------------------
    @_recorded
    def items_max(self, method: str, path: str) -> int:
        body = self.resolve(
            self.resolve(self._op(method, path)["requestBody"])["content"]["application/json"]["schema"]
        )
        for alternative in body.get("oneOf", [body]):  # e.g. views/byids: with or without versions
            alternative = self.resolve(alternative)
            if "items" in alternative.get("properties", {}):
                array = alternative["properties"]["items"]
                # POST /streams documents its limit on the array's item schema
                return int(array["maxItems"] if "maxItems" in array else array["items"]["maxItems"])
        raise KeyError(f"{method} {path} has no items limit")

    @_recorded
    def _list_limit(self, path: str) -> list[int]:
        schema = self._params("GET", path)["limit"]
        return [int(schema["default"]), int(schema["maximum"])]

    @_recorded
    def query_default(self, method: str, path: str, name: str) -> Any:
        return self._params(method, path)[name].get("default")

    @_recorded
    def _pattern(self, schema: str) -> str:
        return str(self.schemas[schema]["pattern"])

    @_recorded
    def _space_id_pattern(self) -> str:
        return str(self.schemas["SpaceCreateDefinition"]["properties"]["space"]["pattern"])

    @_recorded
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

    @_recorded
    def _enum(self, schema: str, prop: str = "") -> list[str]:
        node = self.resolve(self.schemas[schema])
        if prop:
            node = self.resolve(node["properties"][prop])
        return sorted(node["enum"])

    @_recorded
    def max_length(self, schema: str, prop: str) -> int:
        node = self.resolve(self.schemas[schema])
        for part in [node, *node.get("allOf", [])]:
            part = self.resolve(part)
            if prop in part.get("properties", {}):
                return int(self.resolve(part["properties"][prop])["maxLength"])
        raise KeyError(f"{schema}.{prop} has no maxLength")

    # -- typed views of them (cached) -----------------------------------------------------------------------
    @functools.cache  # noqa: B019 (one instance per process)
    def list_limit(self, path: str) -> ListLimit:
        return ListLimit(*self._list_limit(path))

    @functools.cache  # noqa: B019
    def pattern(self, schema: str) -> re.Pattern[str]:
        return re.compile(self._pattern(schema))

    @functools.cache  # noqa: B019
    def space_id_pattern(self) -> re.Pattern[str]:
        """The pattern user-created space ids must match (it excludes the reserved names)."""
        return re.compile(self._space_id_pattern())

    @functools.cache  # noqa: B019
    def enum(self, schema: str, prop: str = "") -> frozenset[str]:
        return frozenset(self._enum(schema, prop))


@functools.cache
def rules() -> SpecRules:
    if spec_available():
        return SpecRules(orjson.loads(find_spec().read_bytes()))
    return SpecRules(None, orjson.loads(SNAPSHOT.read_bytes()))


SCHEMA_PATHS = (
    "/models/spaces",
    "/models/containers",
    "/models/views",
    "/models/datamodels",
    "/models/statistics",
    "/models/instances",  # item limits of apply / byids / delete, read by the instances service
    "/streams",  # streams and records (dms/streams.py)
)
PATTERNS = ("SpaceSpecification", "DMSExternalId", "DMSVersion")
ENUMS = (
    ("PrimitiveProperty", "type"),
    ("CDFExternalIdReference", "type"),
    ("TextProperty", "collation"),
    ("UsedFor", ""),
)
DEFAULTS = (
    "CorePropertyCreateDefinition",
    "UniquenessConstraintCreateDefinition",
    "BtreeIndexCreateDefinition",
    "InvertedIndexCreateDefinition",
)
MAX_LENGTHS = tuple(
    (schema, prop)
    for schema in ("SpaceCreateDefinition", "ContainerCommon", "ViewCommon")
    for prop in ("name", "description")
)


def compute_all(live: SpecRules) -> dict[str, Any]:
    """Every rule the DMS schema service reads, computed from the spec."""
    assert live.spec is not None, "the spec is needed"
    for path, item in live.spec["paths"].items():
        if not path.startswith(SCHEMA_PATHS):
            continue
        for method, op in item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            params = live._params(method, path)
            if method == "get" and "limit" in params:
                live.list_limit(path)
            for name, schema in params.items():
                if schema.get("type") == "boolean":
                    live.query_default(method.upper(), path, name)
            if "requestBody" in op:
                try:
                    live.items_max(method.upper(), path)
                except KeyError:
                    pass  # no items list (containers/inspect has one; statistics GETs have no body)
    for name in PATTERNS:
        live.pattern(name)
    live.space_id_pattern()
    for schema, prop in ENUMS:
        live.enum(schema, prop)
    for schema in DEFAULTS:
        live.defaults(schema)
    for schema, prop in MAX_LENGTHS:
        live.max_length(schema, prop)
    return dict(sorted(live.values.items()))


def write_snapshot() -> int:
    values = compute_all(SpecRules(orjson.loads(find_spec().read_bytes())))
    SNAPSHOT.write_bytes(orjson.dumps(values, option=orjson.OPT_INDENT_2) + b"\n")
    return len(values)


if __name__ == "__main__":
    print(f"{SNAPSHOT}: {write_snapshot()} rules")
