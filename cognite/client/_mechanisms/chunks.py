"""Run chunked work concurrently and account for every item.

A resource splits its items with `chunked(items, limit)` and gives `run_chunks` a `send(chunk)` coroutine that
sends one request and returns that chunk's result items. All chunks are started at once (the transport's
semaphores bound how many are in flight). Each input item ends up in exactly one of:
- successful: its chunk got a 2xx;
- failed: its chunk got a 4xx (or an error before/without reaching the server);
- unknown: its chunk got a 5xx, or the connection broke / timed out after sending (it may have been applied);
- skipped: `fail_fast=True` (reads) cancelled its chunk after another chunk failed.
On any failure one compound exception is raised, carrying those four lists (items passed through `unwrap`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from cognite.client._http.concurrency import abort_unsent
from cognite.client.exceptions import (
    CogniteAPIError,
    CogniteConnectionError,
    CogniteConnectionRefused,
    CogniteDuplicatedError,
    CogniteNotFoundError,
    CogniteReadTimeout,
)

T = TypeVar("T")


def chunked(items: Sequence[T], size: int) -> list[list[T]]:
    """Split `items` into lists of at most `size`.

    Example:
        >>> from cognite.client._mechanisms.chunks import chunked
        >>> [len(c) for c in chunked(list(range(2500)), 1000)]
        [1000, 1000, 500]
    """
    if size < 1:
        raise ValueError(f"chunk size must be >= 1, got {size}")
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def outcome_of(error: BaseException) -> str:
    """'unknown' when the request may have been applied (5xx, broken connection, timeout), else 'failed'."""
    if isinstance(error, CogniteAPIError):
        return "unknown" if error.code >= 500 else "failed"
    if isinstance(error, CogniteConnectionRefused):
        return "failed"  # never reached the server
    if isinstance(error, (CogniteConnectionError, CogniteReadTimeout)):
        return "unknown"
    return "failed"


@dataclass
class ChunkReport:
    """What happened to each chunk: results of the successful ones and the four item lists."""

    results: list[Any] = field(default_factory=list)  # flattened results of successful chunks, in chunk order
    successful: list[Any] = field(default_factory=list)
    failed: list[Any] = field(default_factory=list)
    unknown: list[Any] = field(default_factory=list)
    skipped: list[Any] = field(default_factory=list)
    errors: list[BaseException] = field(default_factory=list)

    def raise_if_failed(self, unwrap: Callable[[Any], Any] | None = None) -> None:
        if self.errors:
            raise compound_error(self, unwrap)


async def run_chunks_report(
    chunks: Sequence[list[Any]],
    send: Callable[[list[Any]], Awaitable[list[Any]]],
    *,
    fail_fast: bool = False,
) -> ChunkReport:
    """Send every chunk concurrently and report per item (raises nothing)."""
    abort = asyncio.Event() if fail_fast else None

    async def guarded(chunk: list[Any]) -> list[Any]:
        try:
            return await send(chunk)
        except Exception:
            if abort is not None:
                abort.set()  # in the failing step itself, before a waiting request can take the freed slot
            raise

    token = abort_unsent.set(abort)  # tasks copy the context: their requests see this operation's flag
    try:
        tasks = [asyncio.ensure_future(guarded(chunk)) for chunk in chunks]
    finally:
        abort_unsent.reset(token)
    try:
        if fail_fast and tasks:
            _, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
            for task in pending:
                task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    except asyncio.CancelledError:
        for task in tasks:
            task.cancel()
        raise
    report = ChunkReport()
    for chunk, task in zip(chunks, tasks, strict=True):
        if task.cancelled():
            report.skipped.extend(chunk)
            continue
        error = task.exception()
        if error is None:
            report.results.extend(task.result() or [])
            report.successful.extend(chunk)
        else:
            report.errors.append(error)
            getattr(report, outcome_of(error)).extend(chunk)
    return report


async def run_chunks(
    chunks: Sequence[list[Any]],
    send: Callable[[list[Any]], Awaitable[list[Any]]],
    *,
    fail_fast: bool = False,
    unwrap: Callable[[Any], Any] | None = None,
) -> list[Any]:
    """Send every chunk concurrently; return the flattened results or raise one compound error.

    Args:
        chunks: the work, e.g. `chunked(items, 1000)`.
        send: sends one chunk, returns its result items.
        fail_fast: cancel the remaining chunks on the first failure (reads); their items are `skipped`.
        unwrap: maps an input item to what the error reports (e.g. `{"id": 1}` -> 1).

    Example:
        >>> import asyncio
        >>> from cognite.client._mechanisms.chunks import chunked, run_chunks
        >>> async def send(chunk):
        ...     return [x * 2 for x in chunk]
        >>> asyncio.run(run_chunks(chunked([1, 2, 3], 2), send))
        [2, 4, 6]
    """
    report = await run_chunks_report(chunks, send, fail_fast=fail_fast)
    report.raise_if_failed(unwrap)
    return report.results


def compound_error(report: ChunkReport, unwrap: Callable[[Any], Any] | None = None) -> BaseException:
    """One exception for a report with errors.

    The type follows the peer SDK's precedence: a generic API error (or a non-API error) first, then not-found,
    then duplicated; `missing` / `duplicated` are concatenated over all chunks. A non-API error (e.g.
    CogniteConnectionError) is re-raised as itself with the four lists attached as attributes.
    """
    fn = unwrap or (lambda x: x)
    lists = {
        "successful": [fn(x) for x in report.successful],
        "failed": [fn(x) for x in report.failed],
        "unknown": [fn(x) for x in report.unknown],
        "skipped": [fn(x) for x in report.skipped],
    }
    errors = report.errors
    api_errors = [e for e in errors if isinstance(e, CogniteAPIError)]
    others = [e for e in errors if not isinstance(e, CogniteAPIError)]
    generic = [e for e in api_errors if not isinstance(e, (CogniteNotFoundError, CogniteDuplicatedError))]
    if others and not generic:
        error = others[0]
        for name, values in lists.items():
            setattr(error, name, values)
        return error
    base = (generic or [e for e in api_errors if isinstance(e, CogniteNotFoundError)] or api_errors)[0]
    missing = [m for e in api_errors for m in (e.missing or [])]
    duplicated = [d for e in api_errors for d in (e.duplicated or [])]
    kwargs: dict[str, Any] = {
        "x_request_id": base.x_request_id,
        "cluster": base.cluster,
        "project": base.project,
        "extra": base.extra,
        **lists,
    }
    if isinstance(base, CogniteNotFoundError):
        new: CogniteAPIError = CogniteNotFoundError(
            base.message, base.code, missing=missing, duplicated=duplicated or None, **kwargs
        )
    elif isinstance(base, CogniteDuplicatedError):
        new = CogniteDuplicatedError(base.message, base.code, duplicated=duplicated, missing=missing or None, **kwargs)
    else:
        try:
            new = type(base)(base.message, base.code, missing=missing or None, duplicated=duplicated or None, **kwargs)
        except TypeError:
            new = CogniteAPIError(
                base.message, base.code, missing=missing or None, duplicated=duplicated or None, **kwargs
            )
    new.__cause__ = base
    return new
