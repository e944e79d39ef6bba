"""``client.data_modeling.instances.query`` / ``.sync`` / ``.subscribe``: the query language over nodes and edges.

``query`` and ``sync`` send one request each (``queryContent`` / ``syncContent`` of the spec: paths and retry
safety from the generated operation index) after checking the query's structure (every ``from_`` / set operation
names a result set of ``with_``, no cycles, select and cursors name known sets), and answer a
:class:`QueryResult` with each set's next cursor. As in the official SDK the query object is not changed: pass
``result.cursors`` back as ``query.cursors`` for the next page / the next changes. ``subscribe`` runs that loop in
the background (see its docstring).
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import logging
import random
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any, TypeAlias

from cognite.client._api.data_modeling._limits import (
    QUERY_MAX_RESULT_SETS,
    QUERY_RESULT_SET_LIMIT,
    SYNC_RESULT_SET_LIMIT,
)
from cognite.client._api_client import APIClient
from cognite.client._mechanisms.bulk import parse_json
from cognite.client.data_classes.data_modeling.debug import DebugParameters
from cognite.client.data_classes.data_modeling.query import Query, QueryBase, QueryResult, QuerySync
from cognite.client.data_classes.data_modeling.sync import SubscriptionContext
from cognite.client.data_classes.data_modeling.sync_cache import SyncSessionWithCache

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions

logger = logging.getLogger(__name__)

#: the spec's operations behind ``query`` and ``sync``
QUERY_OPERATION = "queryContent"
SYNC_OPERATION = "syncContent"
#: most seconds ``subscribe`` waits after a failed sync or callback before trying again (doubling from 1 s)
SUBSCRIBE_MAX_BACKOFF_SECONDS = 30.0

_RUNNING: set[asyncio.Task[None]] = set()

#: what ``subscribe`` calls with each sync result: a function or a coroutine function
SubscriptionCallback: TypeAlias = Callable[[QueryResult], "Awaitable[None] | None"]


@functools.cache
def _operation(operation_id: str) -> tuple[str, bool]:
    """(path, safe to repeat) of a spec operation, from the generated index (imported on first use: it is large)."""
    from cdf_api.operations import OPERATIONS

    info = OPERATIONS[operation_id]
    return info.path, info.retryable


def _check_limits(query: QueryBase[Any, Any], limit_max: int) -> None:
    if len(query.with_) > QUERY_MAX_RESULT_SETS:
        raise ValueError(f"A query has at most {QUERY_MAX_RESULT_SETS} result sets, got {len(query.with_)}")
    for name, expr in query.with_.items():
        limit = getattr(expr, "limit", None)
        if limit is not None and limit > limit_max:
            raise ValueError(f"Result set {name!r}: limit {limit} is above CDF's maximum of {limit_max}")


class InstancesQueryAPI(APIClient):
    """The query / sync / subscribe part of ``client.data_modeling.instances`` (mixed into ``InstancesAPI``)."""

    async def _run_query(
        self, query: QueryBase[Any, Any], operation_id: str, include_typing: bool, debug: DebugParameters | None
    ) -> QueryResult:
        query._check()  # a bad query raises before anything is sent
        _check_limits(query, QUERY_RESULT_SET_LIMIT if operation_id == QUERY_OPERATION else SYNC_RESULT_SET_LIMIT)
        if debug is not None and not isinstance(debug, DebugParameters):
            raise TypeError(f"debug must be DebugParameters, got {type(debug).__name__}")
        body = query.dump(camel_case=True)
        if include_typing:
            body["includeTyping"] = True
        version: str | None = None
        if debug is not None:
            body["debug"] = debug.dump(camel_case=True)
            if debug.requires_alpha_header:  # CDF serves plans / translated queries / profiles under alpha only
                version = f"{self._config.api_subversion}-alpha"
        path, retryable = _operation(operation_id)
        response = await self._post(path, json=body, cdf_version=version, retryable=retryable)
        payload = parse_json(response.content) if response.content else {}
        return QueryResult.load(
            payload.get("items") or {},
            query.instance_type_by_result_expression(),
            payload.get("nextCursor") or {},
            payload.get("typing"),
            payload.get("debug"),
        )

    async def query(
        self,
        query: Query,
        include_typing: bool = False,
        debug: DebugParameters | None = None,
        **options: Unpack[CallOptions],
    ) -> QueryResult:
        """Run a query: each result set of ``query.with_`` evaluated (chained sets from their parent's page) and the
        selected ones returned, a page each, with the cursor to the next page in ``result.cursors``.

        Example:
            >>> from cognite.client.data_classes.data_modeling import ViewId
            >>> from cognite.client.data_classes.data_modeling.query import (
            ...     EdgeResultSetExpression, NodeResultSetExpression, Query, Select, SourceSelector
            ... )
            >>> from cognite.client.data_classes.filters import Equals
            >>> pump = ViewId("my_space", "Pump", "v1")
            >>> query = Query(
            ...     with_={
            ...         "pumps": NodeResultSetExpression(filter=Equals(["node", "space"], "my_space")),
            ...         "flows": EdgeResultSetExpression(from_="pumps", max_distance=1),
            ...     },
            ...     select={"pumps": Select([SourceSelector(pump, ["name"])]), "flows": Select()},
            ... )
            >>> res = client.data_modeling.instances.query(query)  # doctest: +SKIP
            >>> query.cursors = res.cursors  # the next page of every set  # doctest: +SKIP
        """
        if not isinstance(query, Query):
            raise TypeError(f"query must be a Query (QuerySync goes to instances.sync), got {type(query).__name__}")
        return await self._run_query(query, QUERY_OPERATION, include_typing, debug)

    async def sync(
        self,
        query: QuerySync,
        include_typing: bool = False,
        debug: DebugParameters | None = None,
        **options: Unpack[CallOptions],
    ) -> QueryResult:
        """The changes of each result set since its cursor (``query.cursors``; None: from the start, as the set's
        ``sync_mode`` says). A deleted instance comes back once, with ``deleted_time`` set (a tombstone). Pass
        ``result.cursors`` back as ``query.cursors`` to get the following changes.

        Example:
            >>> from cognite.client.data_classes.data_modeling import ViewId
            >>> from cognite.client.data_classes.data_modeling.query import (
            ...     NodeResultSetExpressionSync, QuerySync, SelectSync, SourceSelector
            ... )
            >>> from cognite.client.data_classes.filters import SpaceFilter
            >>> query = QuerySync(
            ...     with_={"pumps": NodeResultSetExpressionSync(filter=SpaceFilter("my_space"), sync_mode="one_phase")},
            ...     select={"pumps": SelectSync([SourceSelector(ViewId("my_space", "Pump", "v1"), ["*"])])},
            ... )
            >>> res = client.data_modeling.instances.sync(query)  # doctest: +SKIP
            >>> query.cursors = res.cursors  # doctest: +SKIP
            >>> changes = client.data_modeling.instances.sync(query)  # doctest: +SKIP
        """
        if not isinstance(query, QuerySync):
            raise TypeError(f"query must be a QuerySync (Query goes to instances.query), got {type(query).__name__}")
        return await self._run_query(query, SYNC_OPERATION, include_typing, debug)

    async def sync_with_file_cache(
        self,
        query: QuerySync,
        *,
        file_external_id: str,
        security_category: int,
        backup_every: timedelta | None = timedelta(minutes=15),
        backup_on_exit: bool = False,
    ) -> SyncSessionWithCache:
        """A sync session (an async context manager) whose instances and cursors are backed up to the CDF file
        ``file_external_id`` (made with ``security_category``, so only those allowed to see the instances can read
        it). Entering restores the last backup made for the same query; ``sync_until_live()`` then catches up from
        its cursors, and ``get_nodes(name)`` / ``get_edges(name)`` give a result set's live instances. The state is
        uploaded after a sync once ``backup_every`` has passed (None: never while syncing) and on exit with
        ``backup_on_exit``. Every selected result set needs an explicit ``limit`` (a full batch means more
        changes are waiting).

        Example:
            >>> import asyncio
            >>> from cognite.client.data_classes.data_modeling.query import (
            ...     NodeResultSetExpressionSync, QuerySync, SelectSync
            ... )
            >>> query = QuerySync(
            ...     with_={"pumps": NodeResultSetExpressionSync(limit=1000)}, select={"pumps": SelectSync()}
            ... )
            >>> async def job() -> int:
            ...     session = await async_client.data_modeling.instances.sync_with_file_cache(
            ...         query, file_external_id="pump-sync", security_category=123, backup_on_exit=True
            ...     )
            ...     async with session:
            ...         await session.sync_until_live()
            ...         return len(session.get_nodes("pumps"))
            >>> n = asyncio.run(job())  # doctest: +SKIP
        """
        if not isinstance(query, QuerySync):
            raise TypeError(f"query must be a QuerySync, got {type(query).__name__}")
        if any(c is not None for c in (query.cursors or {}).values()):
            raise ValueError("query.cursors must be empty: the session keeps the cursors (in its backup file)")
        query._check()
        if unlimited := [name for name in query.select if query.with_[name].limit is None]:
            raise ValueError(f"every selected result set needs an explicit limit; missing: {unlimited}")
        if not isinstance(file_external_id, str) or not file_external_id:
            raise TypeError(f"file_external_id must be a non-empty str, got {file_external_id!r}")
        if isinstance(security_category, bool) or not isinstance(security_category, int):
            raise TypeError(f"security_category must be an int (a security category id), got {security_category!r}")
        if backup_every is not None and backup_every < timedelta(minutes=1):
            raise ValueError(f"backup_every must be at least 1 minute (or None), got {backup_every}")
        categories = await self._cognite_client.iam.security_categories.list(limit=None)
        if security_category not in categories.as_ids():
            raise ValueError(f"security category {security_category} does not exist in this project")
        return SyncSessionWithCache(self, query, file_external_id, security_category, backup_every, backup_on_exit)

    async def subscribe(
        self,
        query: QuerySync,
        callback: SubscriptionCallback,
        poll_delay_seconds: float = 30,
        throttle_seconds: float = 1,
        **options: Unpack[CallOptions],
    ) -> SubscriptionContext:
        """Follow a sync in the background: call ``callback(result)`` with every sync result, with the next sync
        ``throttle_seconds`` later while changes come, ``poll_delay_seconds`` later when a result was empty.

        The loop runs as a task on the client's event loop (the sync ``CogniteClient``: its background thread); a
        plain-function callback runs in a worker thread, so it may block and may call the (sync) client. The
        cursors move on only after the callback returns: if it raises, the same result is offered again after a
        backoff (1 s doubling to 30 s), and a failed sync is retried the same way, so no change is skipped.
        ``query.cursors`` holds the cursors of the last result handled (save them to resume later). The first sync
        starts after a random wait of up to ``throttle_seconds`` (subscribers started together spread out).

        Example:
            >>> from cognite.client.data_classes.data_modeling import ViewId
            >>> from cognite.client.data_classes.data_modeling.query import (
            ...     NodeResultSetExpressionSync, QueryResult, QuerySync, SelectSync, SourceSelector
            ... )
            >>> from cognite.client.data_classes.filters import SpaceFilter
            >>> def on_changes(result: QueryResult) -> None:
            ...     print(len(result["pumps"]), "changed pumps")
            >>> query = QuerySync(
            ...     with_={"pumps": NodeResultSetExpressionSync(filter=SpaceFilter("my_space"))},
            ...     select={"pumps": SelectSync([SourceSelector(ViewId("my_space", "Pump", "v1"), ["*"])])},
            ... )
            >>> subscription = client.data_modeling.instances.subscribe(query, on_changes)  # doctest: +SKIP
            >>> subscription.cancel()  # doctest: +SKIP
        """
        if not isinstance(query, QuerySync):
            raise TypeError(f"query must be a QuerySync, got {type(query).__name__}")
        if not callable(callback):
            raise TypeError(f"callback must be callable, got {callback!r}")
        for name, value in (("poll_delay_seconds", poll_delay_seconds), ("throttle_seconds", throttle_seconds)):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise ValueError(f"{name} must be a number >= 0, got {value!r}")
        query._check()
        context = SubscriptionContext()
        loop = asyncio.get_running_loop()
        task = loop.create_task(
            self._follow(query, callback, float(poll_delay_seconds), float(throttle_seconds), context)
        )
        _RUNNING.add(task)  # the loop keeps only weak references to tasks
        task.add_done_callback(_RUNNING.discard)
        context._task = task
        return context

    async def _follow(
        self,
        query: QuerySync,
        callback: SubscriptionCallback,
        poll_delay: float,
        throttle: float,
        context: SubscriptionContext,
    ) -> None:
        """The loop of ``subscribe``: sync, hand the result over, move the cursors on only once it was taken."""
        backoff = _Backoff(SUBSCRIBE_MAX_BACKOFF_SECONDS)
        is_async = inspect.iscoroutinefunction(callback)
        await asyncio.sleep(random.uniform(0, throttle))
        result: QueryResult | None = None
        try:
            while not context._stopped.is_set():
                if result is None:
                    try:
                        result = await self.sync(query)
                    except Exception:
                        logger.exception("instances.subscribe: sync failed; retrying after a backoff")
                        await asyncio.sleep(backoff.next())
                        continue
                    context.last_successful_sync = datetime.now(timezone.utc)
                if context._stopped.is_set():
                    break
                try:
                    if is_async:
                        await callback(result)  # type: ignore[misc]
                    else:
                        await asyncio.to_thread(callback, result)
                except Exception:
                    logger.exception("instances.subscribe: the callback raised; offering the result again")
                    await asyncio.sleep(backoff.next())
                    continue
                context.last_successful_callback = datetime.now(timezone.utc)
                backoff.reset()
                query.cursors = result.cursors
                has_data = any(len(found) for found in result.values())
                result = None
                await asyncio.sleep(throttle if has_data else poll_delay)
        except asyncio.CancelledError:
            logger.debug("instances.subscribe: cancelled")


class _Backoff:
    """Waits of 1, 2, 4, ... seconds up to ``maximum``, from 1 again after ``reset``."""

    def __init__(self, maximum: float) -> None:
        self.maximum = maximum
        self.wait = 1.0

    def next(self) -> float:
        wait = self.wait
        self.wait = min(self.wait * 2, self.maximum)
        return wait

    def reset(self) -> None:
        self.wait = 1.0
