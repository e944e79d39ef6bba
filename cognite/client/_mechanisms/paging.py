"""Cursor pagination, partitions and chunked iteration over CDF list endpoints.

A resource gives `fetch(request) -> response dict`, where `request` is the base body (or query parameters) plus
`limit`, `cursor` and `partition`. Pages are requested with `limit = min(page_size, remaining)` until the response
has no `nextCursor` or the limit is reached; short pages are fine (the cursor decides, not the page length).
`partitions=n` runs n cursor loops concurrently with `partition: "i/n"` (needs an unlimited limit).
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

from cognite.client._mechanisms.chunks import run_chunks

#: Default `limit` of list methods (CDF's default page size too).
DEFAULT_LIMIT_READ = 25
#: Items requested per page.
LIST_PAGE_SIZE = 1000
#: Most partitions CDF serves in parallel for a resource.
MAX_PARTITIONS = 10

Fetch = Callable[[dict[str, Any]], Awaitable[dict[str, Any]]]
T = TypeVar("T")
#: Event-loop turns given to a page request started ahead, so it is on the wire before the current page is loaded.
_SEND_TURNS = 8


def is_unlimited(limit: Any) -> bool:
    """`None`, -1 and `math.inf` mean "all items".

    Example:
        >>> from cognite.client._mechanisms.paging import is_unlimited
        >>> is_unlimited(None), is_unlimited(-1), is_unlimited(25)
        (True, True, False)
    """
    return limit is None or (not isinstance(limit, bool) and limit in (-1, math.inf))


def check_limit(limit: Any) -> int | None:
    """The limit as an int, or None for unlimited; raises ValueError for anything else.

    Example:
        >>> from cognite.client._mechanisms.paging import check_limit
        >>> check_limit(-1) is None, check_limit(10)
        (True, 10)
    """
    if is_unlimited(limit):
        return None
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise ValueError(f"limit must be a non-negative int, or None / -1 / math.inf for all items; got {limit!r}")
    return limit


def check_partitions(partitions: Any, limit: int | None, sort: Any = None) -> int | None:
    """Validate `partitions` (an int 1..10, only with an unlimited limit and no sort)."""
    if partitions is None:
        return None
    if isinstance(partitions, bool) or not isinstance(partitions, int) or not 1 <= partitions <= MAX_PARTITIONS:
        raise ValueError(f"partitions must be an int in 1..{MAX_PARTITIONS}, got {partitions!r}")
    if limit is not None:
        raise ValueError("partitions requires limit=None (or -1 / math.inf): partitioned reads fetch everything")
    if sort:
        raise ValueError("partitions cannot be combined with sort")
    return partitions


async def pages(
    fetch: Fetch, base: dict[str, Any], limit: int | None, page_size: int = LIST_PAGE_SIZE
) -> AsyncIterator[list[dict[str, Any]]]:
    """Yield the items of each page until the cursor runs out or `limit` items were returned."""
    remaining = limit
    cursor = base.get("cursor")
    while remaining is None or remaining > 0:
        request = {**base, "limit": page_size if remaining is None else min(page_size, remaining)}
        if cursor is not None:
            request["cursor"] = cursor
        else:
            request.pop("cursor", None)
        response = await fetch(request)
        items = response.get("items") or []
        if remaining is not None:
            items = items[:remaining]
            remaining -= len(items)
        if items:
            yield items
        cursor = response.get("nextCursor")
        if not cursor:
            return


async def collect_loaded(
    fetch: Fetch,
    base: dict[str, Any],
    load: Callable[[list[dict[str, Any]]], list[T]],
    limit: int | None,
    page_size: int = LIST_PAGE_SIZE,
) -> list[T]:
    """``load`` of every item of a cursor list, page by page: as soon as a page's cursor is known, the next page is
    requested, and the page just received is loaded while the server works on the next one.

    Example:
        >>> import asyncio
        >>> from cognite.client._mechanisms.paging import collect_loaded
        >>> data = list(range(5))
        >>> async def fetch(req):
        ...     start = int(req.get("cursor") or 0)
        ...     end = start + req["limit"]
        ...     return {"items": data[start:end], "nextCursor": str(end) if end < len(data) else None}
        >>> asyncio.run(collect_loaded(fetch, {}, lambda page: [x * 10 for x in page], limit=None, page_size=2))
        [0, 10, 20, 30, 40]
    """
    out: list[T] = []
    remaining = limit
    request: dict[str, Any] | None = _page_request(base, base.get("cursor"), page_size, remaining)
    ahead: asyncio.Future[dict[str, Any]] | None = None
    try:
        while request is not None:
            response = await (ahead if ahead is not None else fetch(request))
            ahead = request = None
            items = response.get("items") or []
            if remaining is not None:
                items = items[:remaining]
                remaining -= len(items)
            cursor = response.get("nextCursor")
            if cursor and (remaining is None or remaining > 0):
                request = _page_request(base, cursor, page_size, remaining)
                ahead = asyncio.ensure_future(fetch(request))
                for _ in range(_SEND_TURNS):  # let it reach the socket before this task computes
                    await asyncio.sleep(0)
            out.extend(load(items))
    finally:
        if ahead is not None and not ahead.done():
            ahead.cancel()
    return out


def _page_request(base: dict[str, Any], cursor: str | None, page_size: int, remaining: int | None) -> dict[str, Any]:
    request = {**base, "limit": page_size if remaining is None else min(page_size, remaining)}
    if cursor is not None:
        request["cursor"] = cursor
    else:
        request.pop("cursor", None)
    return request


async def _partition(fetch: Fetch, base: dict[str, Any], i: int, n: int, page_size: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    async for items in pages(fetch, {**base, "partition": f"{i}/{n}"}, None, page_size):
        out.extend(items)
    return out


async def collect(
    fetch: Fetch,
    base: dict[str, Any],
    limit: Any = DEFAULT_LIMIT_READ,
    partitions: int | None = None,
    page_size: int = LIST_PAGE_SIZE,
) -> list[dict[str, Any]]:
    """All items of a list call (partitioned when `partitions` is given).

    Example:
        >>> import asyncio
        >>> from cognite.client._mechanisms.paging import collect
        >>> data = list(range(5))
        >>> async def fetch(req):
        ...     start = int(req.get("cursor") or 0)
        ...     end = start + req["limit"]
        ...     return {"items": data[start:end], "nextCursor": str(end) if end < len(data) else None}
        >>> asyncio.run(collect(fetch, {}, limit=None, page_size=2))
        [0, 1, 2, 3, 4]
    """
    lim = check_limit(limit)
    n = check_partitions(partitions, lim, base.get("sort"))
    if n is not None:
        return await run_chunks(
            [[i] for i in range(1, n + 1)],
            lambda chunk: _partition(fetch, base, chunk[0], n, page_size),
            fail_fast=True,
        )
    out: list[dict[str, Any]] = []
    async for items in pages(fetch, base, lim, page_size):
        out.extend(items)
    return out


async def iterate(
    fetch: Fetch,
    base: dict[str, Any],
    limit: Any = None,
    chunk_size: int | None = None,
    partitions: int | None = None,
    page_size: int = LIST_PAGE_SIZE,
) -> AsyncIterator[list[dict[str, Any]]]:
    """Yield lists of exactly `chunk_size` items (the last may be shorter), or each page when `chunk_size` is None.

    Pages are still requested `page_size` at a time; with `partitions` the loops run concurrently and their pages
    are yielded as they arrive.
    """
    lim = check_limit(limit)
    if chunk_size is not None and (isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1):
        raise ValueError(f"chunk_size must be a positive int or None, got {chunk_size!r}")
    n = check_partitions(partitions, lim, base.get("sort"))
    source = pages(fetch, base, lim, page_size) if n is None else _merged_partitions(fetch, base, n, page_size)
    buffer: list[dict[str, Any]] = []
    async for items in source:
        if chunk_size is None:
            yield items
            continue
        buffer.extend(items)
        while len(buffer) >= chunk_size:
            yield buffer[:chunk_size]
            buffer = buffer[chunk_size:]
    if buffer:
        yield buffer


async def _merged_partitions(
    fetch: Fetch, base: dict[str, Any], n: int, page_size: int
) -> AsyncIterator[list[dict[str, Any]]]:
    queue: asyncio.Queue[Any] = asyncio.Queue(maxsize=2 * n)
    done = object()

    async def run(i: int) -> None:
        try:
            async for items in pages(fetch, {**base, "partition": f"{i}/{n}"}, None, page_size):
                await queue.put(items)
        except BaseException as e:  # surface the first error to the consumer
            await queue.put(e)
            raise
        finally:
            await queue.put(done)

    tasks = [asyncio.ensure_future(run(i)) for i in range(1, n + 1)]
    try:
        finished = 0
        while finished < n:
            item = await queue.get()
            if item is done:
                finished += 1
            elif isinstance(item, BaseException):
                raise item
            else:
                yield item
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
