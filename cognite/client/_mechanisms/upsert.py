"""Upsert = update every item, then create the ones CDF reported missing (matched by external id).

CDF has no native upsert for most resources. Round 1 updates all items in chunks; chunks rejected only because some
external ids do not exist are split: their missing items are created and the rest updated again (round 2, both
concurrently). Any other error is raised with exact accounting over both rounds. Results come back in input order.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from cognite.client._mechanisms.chunks import ChunkReport, chunked, run_chunks_report
from cognite.client.exceptions import CogniteNotFoundError


def _key(identifier: dict[str, Any]) -> tuple[str, Any]:
    if "externalId" in identifier:
        return ("externalId", identifier["externalId"])
    if "id" in identifier:
        return ("id", identifier["id"])
    raise ValueError(f"upsert needs an id or external_id on every item, got {identifier!r}")


async def upsert(
    items: list[Any],
    *,
    identifier: Callable[[Any], dict[str, Any]],
    send_update: Callable[[list[Any]], Awaitable[list[dict[str, Any]]]],
    send_create: Callable[[list[Any]], Awaitable[list[dict[str, Any]]]],
    update_limit: int = 1000,
    create_limit: int = 1000,
    unwrap: Callable[[Any], Any] | None = None,
) -> list[dict[str, Any]]:
    """Update-or-create `items`; returns the resulting wire objects in the order of `items`.

    Args:
        items: the input objects.
        identifier: an item's `{"externalId": ...}` (preferred) or `{"id": ...}`.
        send_update / send_create: send one chunk of items, return the objects CDF answered with.
        unwrap: how items are reported in a raised error's successful / failed / unknown lists.
    """
    keys = [_key(identifier(i)) for i in items]  # validates every item before sending
    first = await run_chunks_report(chunked(items, update_limit), send_update)
    report = ChunkReport(results=list(first.results), successful=list(first.successful))
    if first.errors:
        missing = _missing_external_ids(first)
        if missing is None:  # something other than "not found": give up with round-1 accounting
            first.raise_if_failed(unwrap)
        assert missing is not None
        to_create = [i for i in first.failed if _key(identifier(i)) in missing]
        to_update = [i for i in first.failed if _key(identifier(i)) not in missing]
        tagged = [("u", c) for c in chunked(to_update, update_limit)] + [
            ("c", c) for c in chunked(to_create, create_limit)
        ]

        async def send(chunk: list[Any]) -> list[dict[str, Any]]:
            kind, part = chunk[0]
            return await (send_update(part) if kind == "u" else send_create(part))

        second = await run_chunks_report([[t] for t in tagged], send)
        report.results.extend(second.results)
        for name in ("successful", "failed", "unknown", "skipped"):
            getattr(report, name).extend(item for (_, part) in getattr(second, name) for item in part)
        report.errors = second.errors
        report.raise_if_failed(unwrap)
    by_key: dict[tuple[str, Any], dict[str, Any]] = {}
    for obj in report.results:
        if obj.get("externalId") is not None:
            by_key[("externalId", obj["externalId"])] = obj
        if obj.get("id") is not None:
            by_key[("id", obj["id"])] = obj
    return [by_key[k] for k in keys if k in by_key]


def _missing_external_ids(report: ChunkReport) -> set[tuple[str, Any]] | None:
    """External ids CDF reported missing, or None if any failure was not a plain not-found on external ids."""
    if report.unknown or report.skipped:
        return None
    missing: set[tuple[str, Any]] = set()
    for error in report.errors:
        if not isinstance(error, CogniteNotFoundError):
            return None
        for m in error.missing or []:
            if not isinstance(m, dict) or "externalId" not in m:
                return None  # an internal id that does not exist cannot be created
            missing.add(("externalId", m["externalId"]))
    return missing
