"""The spec's facts by path: which operation a (method, path) is, its retry-safety and item limits.

Reads the generated indexes (`cdf_api.operations.OPERATIONS`, `cdf_api.operation_facts.FACTS`) so a resource names
its path once and gets the limits the spec states (``maxItems`` of create/byids/update/delete, the list ``limit``
maximum) instead of re-typing them; the emulator's Resource reads the same facts.
"""

from __future__ import annotations

from functools import cache

from cdf_api.operation_facts import OperationFacts, facts
from cdf_api.operations import OPERATIONS

# the ResourceAPI / Resource limit a suffix of the resource path declares (method, suffix)
LIMIT_SUFFIXES: dict[str, tuple[str, str]] = {
    "create": ("POST", ""),
    "retrieve": ("POST", "/byids"),
    "update": ("POST", "/update"),
    "delete": ("POST", "/delete"),
    "list": ("POST", "/list"),
}

# a template segment "{param}" matches any one segment of a path
_ANY = None


@cache
def _templates() -> dict[tuple[str, int], list[tuple[tuple[str | None, ...], str]]]:
    """(method, number of segments) -> [(segments, None where a parameter stands; operation id)], literal first.

    Plain segment comparison, no regular expressions: this runs in every process's first request (retry-safety of
    the path), so building it must cost well under a millisecond.
    """
    out: dict[tuple[str, int], list[tuple[tuple[str | None, ...], str]]] = {}
    for oid, info in OPERATIONS.items():
        if info.base != "project":
            continue
        parts = tuple(_ANY if seg.startswith("{") else seg for seg in info.path.strip("/").split("/"))
        out.setdefault((info.method, len(parts)), []).append((parts, oid))
    for rows in out.values():
        rows.sort(key=lambda row: row[0].count(_ANY))
    return out


@cache
def operation_at(method: str, path: str) -> str | None:
    """The operation id of a project-relative request path ("/assets/byids"), or None if the spec has none."""
    segments = path.strip("/").split("/")
    for parts, oid in _templates().get((method.upper(), len(segments)), ()):
        if all(p is _ANY or p == s for p, s in zip(parts, segments, strict=True)):
            return oid
    return None


def facts_at(method: str, path: str) -> OperationFacts | None:
    oid = operation_at(method, path)
    return None if oid is None else facts(oid)


def limit_max_at(method: str, path: str) -> int:
    """The `limit` maximum the spec states for an operation; an error when it states none (a spec change to see)."""
    found = facts_at(method, path)
    if found is None or found.limit_max is None:
        raise RuntimeError(f"The spec states no limit maximum for {method} {path}")
    return found.limit_max


def spec_limits(resource_path: str) -> dict[str, int]:
    """{"create": maxItems, "retrieve": ..., "update": ..., "delete": ..., "list": limit maximum} the spec states."""
    out: dict[str, int] = {}
    spelt = crud_paths(resource_path) if "{" not in resource_path else {}
    for kind, (method, suffix) in LIMIT_SUFFIXES.items():
        # the spec's own spelling of the path ("/byIds" for some resources)
        path = spelt.get("byids", resource_path + suffix) if kind == "retrieve" else resource_path + suffix
        found = facts_at(method, path)
        if found is None and kind == "list":
            found = facts_at("GET", resource_path)
        value = None if found is None else (found.limit_max if kind == "list" else found.max_items)
        if value is not None:
            out[kind] = value
    return out


def is_retryable_operation(method: str, path: str) -> bool | None:
    """The index's retry-safety of a request path; None when the path is not one of the spec's operations."""
    oid = operation_at(method, path)
    return None if oid is None else OPERATIONS[oid].retryable


# the CRUD operations of a resource, by the suffix of their path (compared case-insensitively: "/byIds" / "/byids")
CRUD_SUFFIXES: dict[str, tuple[str, str]] = {
    "create": ("POST", ""),
    "get_list": ("GET", ""),
    "list": ("POST", "/list"),
    "byids": ("POST", "/byids"),
    "update": ("POST", "/update"),
    "delete": ("POST", "/delete"),
}


@cache
def crud_paths(resource_path: str) -> dict[str, str]:
    """{"create" | "get_list" | "list" | "byids" | "update" | "delete": the spec's path} of a resource's operations.

    Example:
        >>> crud_paths("/hostedextractors/sources")["byids"]
        '/hostedextractors/sources/byIds'
    """
    by_path = {(info.method, info.path.rstrip("/").lower()): info.path for info in OPERATIONS.values()}
    out: dict[str, str] = {}
    for kind, (method, suffix) in CRUD_SUFFIXES.items():
        found = by_path.get((method, (resource_path + suffix).lower()))
        if found is not None:
            out[kind] = found
    return out
