"""The emulator never answers 500 on bad input: a seeded fuzz over every operation of the generated index
(`cdf_api.operations.OPERATIONS`) the emulator serves, with malformed requests built from the pinned spec's request
schemas: wrong JSON types per field, nulls, empty / huge lists, missing required fields, invalid JSON, bad query
parameters and bad path ids. Every answer is a 2xx (what CDF also accepts) or a 4xx with CDF's error body."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterator
from functools import cache
from typing import Any

import orjson
from cdf_api.operations import OPERATIONS

from cognite.emulator import Emulator
from openapi.paths import SHARED_OPENAPI
from openapi.validation_table import SPEC

SEED = 15
PER_OPERATION = 80  # malformed requests per operation (a seeded sample of all mutations)
PROJECT = "fuzz"
Mutation = tuple[str, str, dict[str, Any]]  # (case name, path, httpx request kwargs)


@cache
def spec() -> dict[str, Any]:
    return orjson.loads((SHARED_OPENAPI / SPEC.name).read_bytes())


def _pointer(ref: str) -> Any:
    node: Any = spec()
    for part in ref.lstrip("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _schema(node: Any) -> dict[str, Any]:
    """`node` with its `$ref`s followed and its `allOf` parts merged (properties and required united)."""
    if not isinstance(node, dict):
        return {}
    for _ in range(16):
        if "$ref" not in node:
            break
        node = {**_pointer(node["$ref"]), **{k: v for k, v in node.items() if k != "$ref"}}
    if "allOf" in node:
        merged: dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
        for part in map(_schema, node["allOf"]):
            merged["properties"] = {**merged.get("properties", {}), **part.get("properties", {})}
            merged["required"] = [*merged.get("required", []), *part.get("required", [])]
            for key, value in part.items():
                merged.setdefault(key, value)
        node = merged
    return node


def _kind(schema: dict[str, Any]) -> str:
    if "type" in schema and isinstance(schema["type"], str):
        return str(schema["type"])
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return _kind(_schema(schema[key][0]))
    return "object" if "properties" in schema else "any"


def _sample(schema: dict[str, Any], depth: int = 0) -> Any:
    """A plausible value of `schema` (required properties only), the base each mutation breaks one part of."""
    if depth > 4:
        return None
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return _sample(_schema(schema[key][0]), depth + 1)
    if "enum" in schema:
        return schema["enum"][0]
    kind = _kind(schema)
    if kind == "object":
        props = schema.get("properties", {})
        return {k: _sample(_schema(props[k]), depth + 1) for k in schema.get("required", []) if k in props}
    if kind == "array":
        return [_sample(_schema(schema.get("items", {})), depth + 1)]
    return {"string": "fuzz", "integer": 1, "number": 1.0, "boolean": True}.get(kind)


_WRONG: dict[str, list[Any]] = {
    "string": [123, ["a"], {"a": "b"}, None, True],
    "integer": ["x", 1.5, [1], {"a": {"b": 1}}, None, 2**70, -(2**70)],
    "number": ["x", [1.0], {"a": 1}, None],
    "boolean": ["true", 1, [True], None],
    "object": [[1], "x", 5, None, {"a": {"b": {"c": 1}}}],
    "array": [{"a": 1}, "x", 5, None, [], [None], [[["deep"]]]],
    "any": [None, {"a": {"b": 1}}, [1]],
}


def _field_mutations(base: dict[str, Any], schema: dict[str, Any], where: str) -> Iterator[tuple[str, Any]]:
    """(name, body) with one property of `base` (an object of `schema`) replaced by a wrong value or removed."""
    props = schema.get("properties", {})
    for name, sub in props.items():
        sub_schema = _schema(sub)
        kind = _kind(sub_schema)
        for bad in _WRONG.get(kind, _WRONG["any"]):
            yield f"{where}{name}={bad!r:.20}", {**base, name: bad}
        if kind == "array":
            limit = sub_schema.get("maxItems", 1000)
            yield f"{where}{name}=huge", {**base, name: [_sample(_schema(sub_schema.get("items", {})))] * (limit + 1)}
    for name in schema.get("required", []):
        yield f"{where}-{name}", {k: v for k, v in base.items() if k != name}
    yield f"{where}+unknown", {**base, "fuzzUnknownField": {"x": 1}}


def _body_mutations(schema: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    base = _sample(schema)
    if not isinstance(base, dict):
        return
    yield from _field_mutations(base, schema, "")
    items = _schema(schema.get("properties", {}).get("items", {}))
    item_schema = _schema(items.get("items", {}))
    if _kind(item_schema) == "object" and isinstance(base.get("items"), list) and base["items"]:
        item = base["items"][0] if isinstance(base["items"][0], dict) else {}
        for name, bad_item in _field_mutations(item, item_schema, "items[0]."):
            yield name, {**base, "items": [bad_item]}
    for name, sub in schema.get("properties", {}).items():  # one level down: filter.*, sort.*, ...
        sub_schema = _schema(sub)
        if name != "items" and _kind(sub_schema) == "object" and sub_schema.get("properties"):
            inner = _sample(sub_schema)
            for case, bad_inner in _field_mutations(inner if isinstance(inner, dict) else {}, sub_schema, f"{name}."):
                yield case, {**base, name: bad_inner}
    for key, bad in (("limit", -1), ("limit", "x"), ("limit", 10**9), ("cursor", "garbage"), ("cursor", 5)):
        if key in schema.get("properties", {}):
            yield f"{key}={bad!r}", {**base, key: bad}


def _request_schema(op: dict[str, Any]) -> dict[str, Any] | None:
    body = op.get("requestBody")
    if body is None:
        return None
    if "$ref" in body:
        body = spec()["components"]["requestBodies"][body["$ref"].split("/")[-1]]
    content = body.get("content", {}).get("application/json")
    return _schema(content["schema"]) if content and "schema" in content else None


def _path_params(op: dict[str, Any], path_item: dict[str, Any]) -> dict[str, str]:
    kinds = {}
    for p in [*path_item.get("parameters", []), *op.get("parameters", [])]:
        p = _schema(p)
        if p.get("in") == "path":
            kinds[p["name"]] = _kind(_schema(p.get("schema", {})))
    return kinds


def mutations(operation_id: str) -> list[Mutation]:
    info = OPERATIONS[operation_id]
    path_item = spec()["paths"][info.path]
    op = path_item[info.method.lower()]
    params = _path_params(op, path_item)
    fill = {name: ("1" if kind == "integer" else "fuzz") for name, kind in params.items()}
    good_path = info.path.format(**fill)
    out: list[Mutation] = []
    for name, kind in params.items():
        for bad in ["abc", "-1", "0", str(2**70), "1.5"] if kind == "integer" else ["%2E%2E", "x" * 300]:
            out.append((f"path {name}={bad}", info.path.format(**{**fill, name: bad}), {}))
    schema = _request_schema(op)
    if info.method in ("POST", "PUT", "PATCH"):
        out += [(f"raw {raw!r}", good_path, {"content": raw}) for raw in (b"{", b"[1, 2]", b'"s"', b"null", b"")]
        if schema is not None:
            out += [(name, good_path, {"json": body}) for name, body in _body_mutations(schema)]
    else:
        for key, bad in (("limit", "-1"), ("limit", "x"), ("limit", "99999999"), ("cursor", "garbage")):
            out.append((f"query {key}={bad}", good_path, {"params": {key: bad}}))
    rng = random.Random(f"{SEED}:{operation_id}")
    return out if len(out) <= PER_OPERATION else rng.sample(out, PER_OPERATION)


def _url(operation_id: str, path: str) -> str:
    base = OPERATIONS[operation_id].base
    return f"/api/v1/projects/{PROJECT}{path}" if base == "project" else f"/api/v1{path}" if base == "api" else path


def _not_emulated(status: int, body: Any) -> bool:
    message = str((body or {}).get("error", {}).get("message", "")) if isinstance(body, dict) else ""
    clear = "not emulated" in message or "not supported by the local CDF emulator" in message
    return status in (404, 405, 501) and (message.startswith(("Not found:", "Method ")) or clear)


def _json(content: bytes) -> Any:
    try:
        return orjson.loads(content)
    except orjson.JSONDecodeError:
        return None


async def _run(emulator: Emulator, operation_ids: list[str]) -> tuple[list[str], int, int]:
    """(problems, requests sent, operations served)."""
    problems: list[str] = []
    sent = served = 0
    async with emulator.async_client(headers={"authorization": "Bearer fuzz"}) as http:
        for operation_id in operation_ids:
            info = OPERATIONS[operation_id]
            if info.server is not None:
                continue  # the auth host's APIs: not under the emulator's base URL
            probe = await http.request(info.method, _url(operation_id, info.path.format_map(_Ones())), json={})
            if _not_emulated(probe.status_code, _json(probe.content)):
                continue
            served += 1
            for case, path, kwargs in mutations(operation_id):
                sent += 1
                r = await http.request(info.method, _url(operation_id, path), **kwargs)
                body = _json(r.content)
                if r.status_code >= 500 and not _not_emulated(r.status_code, body):  # a 501 "not here" is clear
                    problems.append(f"{operation_id} [{case}] -> {r.status_code}: {r.text[:200]}")
                elif r.status_code >= 400 and not _error_shape(body, r.status_code):
                    problems.append(
                        f"{operation_id} [{case}] -> {r.status_code} without CDF's error body: {r.text[:120]}"
                    )
    return problems, sent, served


class _Ones(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "1"


def _error_shape(body: Any, status: int) -> bool:
    error = body.get("error") if isinstance(body, dict) else None
    return isinstance(error, dict) and error.get("code") == status and isinstance(error.get("message"), str)


def test_no_500_on_malformed_requests() -> None:
    emulator = Emulator(seed=SEED, projects=[PROJECT])
    problems, sent, served = asyncio.run(_run(emulator, sorted(OPERATIONS)))
    assert served >= 150 and sent >= 2000, (served, sent)
    assert problems == [], f"{len(problems)} of {sent} malformed requests were answered badly:\n" + "\n".join(
        problems[:60]
    )


if __name__ == "__main__":  # python -m tests.emulator.test_no_500: the list of problems
    found, n, ops = asyncio.run(_run(Emulator(seed=SEED, projects=[PROJECT]), sorted(OPERATIONS)))
    print("\n".join(found))
    print(f"{len(found)} problems in {n} requests over {ops} served operations")


def test_spec_limits_enforced_by_the_emulator_too() -> None:
    """What the SDK refuses before sending, the emulator refuses when another client sends it (same table)."""
    emulator = Emulator(seed=SEED, projects=[PROJECT])
    with emulator.client(headers={"authorization": "Bearer fuzz"}) as http:
        r = http.post(f"/api/v1/projects/{PROJECT}/assets", json={"items": [{"name": "a" * 141}]})
        assert r.status_code == 400
        assert r.json()["error"]["message"] == "assets.create: items[0].name: at most 140 characters (got 141)"
        r = http.post(
            f"/api/v1/projects/{PROJECT}/events/update",
            json={"items": [{"externalId": "e", "update": {"metadata": {"set": {"k": 1}}}}]},
        )
        assert r.status_code == 400 and "items[0].update.metadata.set['k']: values must be strings" in r.text
        r = http.post(f"/api/v1/projects/{PROJECT}/assets/list", json={"cursor": 5})
        assert r.status_code == 400
        assert r.json()["error"]["message"] == "Invalid request: cursor: 5 is not of type 'string'"


def test_crash_on_a_well_formed_request_stays_500() -> None:
    """Only crashes the request's shape explains become 400s: the emulator's own bugs are still reported as 500."""
    emulator = Emulator(seed=SEED, projects=[PROJECT])
    assets = emulator.resource("assets", PROJECT)

    def broken(*_args: Any) -> Any:  # stands in for an emulator bug (none is known to reproduce on demand)
        raise RuntimeError("emulator bug")

    assets.list_page = broken
    with emulator.client(headers={"authorization": "Bearer fuzz"}) as http:
        r = http.post(f"/api/v1/projects/{PROJECT}/assets/list", json={"limit": 5})
    assert r.status_code == 500 and "RuntimeError: emulator bug" in r.json()["error"]["message"]
