"""``client.data_modeling.instances.query`` / ``.sync`` / ``.subscribe``: the query language over nodes and edges.

``query`` and ``sync`` send one request each (``queryContent`` / ``syncContent`` of the spec: paths and retry
safety from the generated operation index) after checking the query's structure (every ``from_`` / set operation
names a result set of ``with_``, no cycles, select and cursors name known sets), and answer a
:class:`QueryResult` with each set's next cursor. As in the official SDK the query object is not changed: pass
``result.cursors`` back as ``query.cursors`` for the next page / the next changes. ``subscribe`` runs that loop in
the background (see its docstring).
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING, Any

from cognite.client._api_client import APIClient
from cognite.client._mechanisms.bulk import parse_json
from cognite.client.data_classes.data_modeling.query import Query, QueryBase, QueryResult, QuerySync

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions

logger = logging.getLogger(__name__)

#: the spec's operations behind ``query`` and ``sync``
QUERY_OPERATION = "queryContent"
SYNC_OPERATION = "syncContent"
#: most seconds ``subscribe`` waits after a failed sync or callback before trying again (doubling from 1 s)
SUBSCRIBE_MAX_BACKOFF_SECONDS = 30.0


@functools.cache
def _operation_path(operation_id: str) -> str:
    from cdf_api.operations import OPERATIONS  # the generated index (imported on first use: it is large)

    return OPERATIONS[operation_id].path


def _dump_debug(debug: Any) -> dict[str, Any]:
    dump = getattr(debug, "dump", None)
    if callable(dump):
        return dict(dump(camel_case=True))
    if isinstance(debug, dict):
        return debug
    raise TypeError(f"debug must be DebugParameters or a dict, got {type(debug).__name__}")


class InstancesQueryAPI(APIClient):
    """The query / sync / subscribe part of ``client.data_modeling.instances`` (mixed into ``InstancesAPI``)."""

    async def _run_query(
        self, query: QueryBase[Any, Any], operation_id: str, include_typing: bool, debug: Any
    ) -> QueryResult:
        query._check()  # a bad query raises before anything is sent
        body = query.dump(camel_case=True)
        if include_typing:
            body["includeTyping"] = True
        if debug is not None:
            body["debug"] = _dump_debug(debug)
        response = await self._post(_operation_path(operation_id), json=body)
        payload = parse_json(response.content) if response.content else {}
        return QueryResult.load(
            payload.get("items") or {},
            query.instance_type_by_result_expression(),
            payload.get("nextCursor") or {},
            payload.get("typing"),
            payload.get("debug"),
        )

    async def query(
        self, query: Query, include_typing: bool = False, debug: Any = None, **options: Unpack[CallOptions]
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
        self, query: QuerySync, include_typing: bool = False, debug: Any = None, **options: Unpack[CallOptions]
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
