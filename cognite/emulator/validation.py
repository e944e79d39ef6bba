"""Response validation: each JSON reply is checked against the spec's response schema for the matched operation.

Used by the conformance tests (violations fail the test) and by `--validate-responses`. Schemas are resolved
with `$ref`s against the whole spec (JSON Schema 2020-12, as OpenAPI 3.1 uses) and compiled once per operation.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC_NAME = "cdf-v1-2026-05-07.json"
SPEC_URI = "urn:cdf-spec"
MAX_VIOLATIONS = 200
# Replies where CDF (and the official SDK, which reads them) differ from the spec; the emulator follows CDF.
KNOWN_SPEC_ERRATA = {
    ("POST", "/files/uploadlink"): "the spec documents a bare file object; CDF answers {items: [file]}",
    ("POST", "/files/initmultipartupload"): "the spec documents {items: [file]}; CDF answers the bare file object",
}
# Top-level fields the spec marks required that CDF leaves out (the rest of the reply is still checked).
KNOWN_REQUIRED_ERRATA: dict[tuple[str, str], frozenset[str]] = {
    # `deleted` (minItems 1) is there only when the request deleted instances.
    ("POST", "/models/instances"): frozenset({"deleted"}),
    # `properties` is not part of CDF's aggregate reply ({items, typing}).
    ("POST", "/models/instances/aggregate"): frozenset({"properties"}),
}

# Enum values CDF answers that the spec's enum lacks, by (method, the spec's path template): the values tolerated.
KNOWN_ENUM_ERRATA: dict[tuple[str, str], frozenset[str]] = {
    # the spec's Table.type lists raw_rows / built_in / nodes / edges; CDF reads a view table back as "view" (the
    # only value besides raw_rows the official SDK loads)
    ("POST", "/postgresgateway/tables/{username}/byids"): frozenset({"view"}),
    ("GET", "/postgresgateway/tables/{username}"): frozenset({"view"}),
}


def _enum_errata(method: str, route: str) -> frozenset[str]:
    from cognite.client._spec_facts import operation_at

    oid = operation_at(method, route)
    if oid is None:
        return frozenset()
    from cdf_api.operations import OPERATIONS

    return KNOWN_ENUM_ERRATA.get((method, OPERATIONS[oid].path), frozenset())


def find_spec(explicit: str | Path | None = None) -> Path:
    """The spec to validate against: explicit path, $CDF_SPEC, openapi/specs/ (fetched), or the shared snapshot."""
    candidates = [
        Path(explicit) if explicit else None,
        Path(os.environ["CDF_SPEC"]) if os.environ.get("CDF_SPEC") else None,
        REPO_ROOT / "openapi" / "specs" / SPEC_NAME,
        *(parent / "shared" / "openapi" / SPEC_NAME for parent in REPO_ROOT.parents),  # beside any parent
    ]
    for path in candidates:
        if path is not None and path.exists():
            return path
    raise FileNotFoundError(f"OpenAPI spec {SPEC_NAME} not found (pass spec_path or set CDF_SPEC)")


def spec_available(explicit: str | Path | None = None) -> bool:
    try:
        find_spec(explicit)
    except FileNotFoundError:
        return False
    return True


class ResponseValidator:
    """Example:
    >>> v = ResponseValidator()
    >>> v.check("POST", "/assets/list", 200, b'{"items": [{"name": "no id"}]}')
    >>> v.violations
    ["POST /assets/list -> 200: 'rootId' is a required property at /items/0"]
    """

    def __init__(self, spec_path: str | Path | None = None) -> None:
        from jsonschema import Draft202012Validator
        from referencing import Registry
        from referencing.jsonschema import DRAFT202012

        self.spec_path = find_spec(spec_path)
        self.spec = _fix_schema_errata(orjson.loads(_fix_pattern_errata(self.spec_path.read_bytes())))
        resource = DRAFT202012.create_resource(self.spec)
        self._registry = Registry().with_resource(SPEC_URI, resource)
        self._validator_cls = Draft202012Validator
        self._cache: dict[tuple[str, str, int], Any] = {}
        self._lock = threading.Lock()
        self.violations: list[str] = []
        self.checked = 0
        # Static paths first so /assets/list wins over /assets/{id}.
        routes = []
        for template, item in self.spec.get("paths", {}).items():
            pattern = re.compile("^" + re.sub(r"\\{[^/]+?\\}", "[^/]+", re.escape(template)) + "$")
            routes.append((template.count("{"), template, pattern, item))
        routes.sort(key=lambda r: r[0])
        self._routes = routes

    def match(self, method: str, route: str) -> tuple[str, dict[str, Any]] | None:
        for _, template, pattern, item in self._routes:
            op = item.get(method.lower())
            if op is not None and pattern.match(route):
                return template, op
        return None

    def _compiled(self, method: str, route: str, status: int) -> Any:
        key = (method, route, status)
        if key in self._cache:
            return self._cache[key]
        compiled = None
        matched = self.match(method, route)
        if matched is not None:
            template, op = matched
            responses = op.get("responses", {})
            code = str(status) if str(status) in responses else ("default" if "default" in responses else None)
            if code is None and 200 <= status < 300:
                compiled = _Undocumented(sorted(c for c in responses if c.startswith("2")))
            elif code is not None:
                pointer = self._schema_pointer(template, method, code, responses[code])
                if pointer is not None:
                    compiled = self._validator_cls({"$ref": pointer}, registry=self._registry)
        self._cache[key] = compiled
        return compiled

    def _schema_pointer(self, template: str, method: str, code: str, response: dict[str, Any]) -> str | None:
        base = "/paths/" + _escape(template) + f"/{method.lower()}/responses/{code}"
        if "$ref" in response:  # a shared response component
            base = response["$ref"].lstrip("#")
            response = self._resolve_pointer(base)
        content = response.get("content") or {}
        if "application/json" not in content or "schema" not in content["application/json"]:
            return None
        return f"{SPEC_URI}#{base}/content/application~1json/schema"

    def _resolve_pointer(self, pointer: str) -> Any:
        node: Any = self.spec
        for part in pointer.strip("/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def check(self, method: str, route: str, status: int, body: bytes) -> None:
        """Validate one reply; violations are appended to `self.violations`."""
        if not body or body[:1] not in (b"{", b"[") or (method, route) in KNOWN_SPEC_ERRATA:
            return  # not JSON (protobuf datapoints, file bytes), or a documented spec erratum
        with self._lock:
            validator = self._compiled(method, route, status)
            if validator is None:
                return
            self.checked += 1
            try:
                data = orjson.loads(body)
            except orjson.JSONDecodeError as e:
                self._add(f"{method} {route} -> {status}: invalid JSON: {e}")
                return
            tolerated = KNOWN_REQUIRED_ERRATA.get((method, route), frozenset())
            values = _enum_errata(method, route)
            for error in validator.iter_errors(data):
                if _ambiguous_one_of(error) or (tolerated and _missing_field(error) in tolerated):
                    continue
                if values and error.validator == "enum" and error.instance in values:
                    continue
                where = "/".join(str(p) for p in error.absolute_path)
                self._add(f"{method} {route} -> {status}: {error.message[:300]} at /{where}")
                break

    def _add(self, message: str) -> None:
        if len(self.violations) < MAX_VIOLATIONS:
            self.violations.append(message)


# NodeOrEdgeExternalId's pattern is escaped twice in the spec (`[^\\\\x00]`: "no backslash, x or 0" instead
# of "no NUL"), which would reject external ids such as "pump0"; its siblings carry the intended `[^\\x00]`.
_DOUBLE_ESCAPED_NUL = (b"[^" + b"\\" * 4 + b"x00]", b"[^" + b"\\" * 2 + b"x00]")


def _fix_pattern_errata(raw: bytes) -> bytes:
    return raw.replace(*_DOUBLE_ESCAPED_NUL)


def _fix_schema_errata(spec: Any) -> Any:
    """InstanceExternalId (a node's external id where files, diagrams and documents name one by instance id) carries
    the view/container identifier pattern (no "-"), yet is any node's external id: CDF takes and returns e.g. the
    official docs' "my-file-xid". It gets NodeOrEdgeExternalId's pattern, as DMS itself validates it."""
    schemas = spec.get("components", {}).get("schemas", {})
    node_xid = schemas.get("NodeOrEdgeExternalId", {}).get("pattern")
    if node_xid and "InstanceExternalId" in schemas:
        schemas["InstanceExternalId"] = {**schemas["InstanceExternalId"], "pattern": node_xid}
    return spec


def _missing_field(error: Any) -> str:
    """The top-level field a `required` error names ("'deleted' is a required property" at /), else ""."""
    if getattr(error, "validator", None) != "required" or error.absolute_path:
        return ""
    return str(error.message).split("'")[1] if error.message.count("'") >= 2 else ""


def _ambiguous_one_of(error: Any) -> bool:
    """The spec's oneOf alternatives overlap (e.g. count vs cardinality aggregates: both {count}); a reply
    matching several of them is the spec's ambiguity, not the emulator's error. The same holds one level up: a
    oneOf none of whose alternatives matched, where one alternative failed only on such an ambiguity (a group's
    capabilities: the spec's ACL alternatives require nothing, so every ACL matches all of them)."""
    if getattr(error, "validator", None) not in ("oneOf", "anyOf"):
        return False
    if "is valid under each of" in error.message:
        return True
    by_branch: dict[Any, list[Any]] = {}
    for sub in error.context or ():
        by_branch.setdefault(sub.schema_path[0] if sub.schema_path else None, []).append(sub)
    return any(all(_ambiguous_one_of(e) for e in errors) for errors in by_branch.values())


class _Undocumented:
    """A success status the spec does not document for the operation (e.g. 200 where CDF answers 201)."""

    def __init__(self, documented: list[str]) -> None:
        self.documented = documented

    def iter_errors(self, _data: Any) -> Iterator[Any]:
        yield _Error(f"status not documented (spec: {', '.join(self.documented)})")


class _Error:
    def __init__(self, message: str) -> None:
        self.message = message
        self.absolute_path: list[Any] = []


def _escape(template: str) -> str:
    return template.replace("~", "~0").replace("/", "~1")


_INT64 = 2**63 - 1
_PROJECT_PREFIX = re.compile(r"^/api/v1/projects/[^/]+")


def _out_of_int64(value: Any, where: str = "") -> str | None:
    """The place of the first integer CDF could not hold (outside int64) in a JSON value, else None."""
    if isinstance(value, int) and not isinstance(value, bool):
        return where or "body" if not -_INT64 - 1 <= value <= _INT64 else None
    children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in children:
        found = _out_of_int64(child, f"{where}[{key}]" if isinstance(key, int) else f"{where}.{key}".lstrip("."))
        if found is not None:
            return found
    return None


class RequestChecker:
    """Explains a handler's crash on a malformed request: the first way the request breaks the spec's request schema
    (wrong JSON type, missing required field, integer outside int64), or None when it conforms (then the crash is
    the emulator's own bug and stays a 500). Loaded on the first crash only: well-formed traffic never pays for it.

    Example:
        >>> RequestChecker().violation("POST", "/assets/list", {"cursor": 5}, {})
        "cursor: 5 is not of type 'string'"
    """

    def __init__(self, spec_path: str | Path | None = None) -> None:
        self._responses = ResponseValidator(spec_path)
        self._cache: dict[tuple[str, str], Any] = {}

    def violation(self, method: str, path: str, body: Any, path_params: dict[str, Any]) -> str | None:
        for name, value in path_params.items():
            if isinstance(value, int) and not -_INT64 - 1 <= value <= _INT64:
                return f"{name}: {value} is outside the 64-bit integer range"
        if body is None:
            return None
        where = _out_of_int64(body)
        if where is not None:
            return f"{where}: integer outside the 64-bit range"
        validator = self._validator(method, _PROJECT_PREFIX.sub("", path))
        if validator is None:
            return None
        from jsonschema.exceptions import best_match

        error = best_match(validator.iter_errors(body))
        if error is None:
            return None
        place = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path).lstrip(".")
        return f"{place or 'body'}: {error.message[:300]}"

    def _validator(self, method: str, route: str) -> Any:
        key = (method, route)
        if key not in self._cache:
            v = self._responses
            matched = v.match(method, route)
            compiled = None
            if matched is not None:
                template, op = matched
                base = "/paths/" + _escape(template) + f"/{method.lower()}/requestBody"
                body = op.get("requestBody")
                if isinstance(body, dict) and "$ref" in body:
                    base = body["$ref"].lstrip("#")
                    body = v._resolve_pointer(base)
                if isinstance(body, dict) and "schema" in body.get("content", {}).get("application/json", {}):
                    pointer = f"{SPEC_URI}#{base}/content/application~1json/schema"
                    compiled = v._validator_cls({"$ref": pointer}, registry=v._registry)
            self._cache[key] = compiled
        return self._cache[key]


_checker: RequestChecker | None = None
_checker_lock = threading.Lock()


def explain_crash(method: str, path: str, body: Any, path_params: dict[str, Any]) -> str | None:
    """`RequestChecker.violation` with one checker per process (None without the spec: the crash stays a 500)."""
    global _checker
    with _checker_lock:
        if _checker is None:
            if not spec_available():
                return None
            _checker = RequestChecker()
        return _checker.violation(method, path, body, path_params)
