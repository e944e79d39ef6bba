"""User code against instances.query / .sync / .subscribe: type-checked by tests/data_modeling/test_query_typing.py
(`assert_type` states what the official 8.22 SDK gives). Never executed."""

from __future__ import annotations

from typing_extensions import assert_type

from cognite.client import AsyncCogniteClient, CogniteClient
from cognite.client.data_classes.data_modeling import (
    EdgeListWithCursor,
    NodeListWithCursor,
    QueryResult,
    SubscriptionContext,
    ViewId,
)
from cognite.client.data_classes.data_modeling.debug import DebugInfo, DebugParameters
from cognite.client.data_classes.data_modeling.query import (
    NodeResultSetExpression,
    NodeResultSetExpressionSync,
    Query,
    QuerySync,
    Select,
    SelectSync,
    SourceSelector,
)

VIEW = ViewId("sp", "Pump", "v1")
QUERY = Query(with_={"a": NodeResultSetExpression()}, select={"a": Select([SourceSelector(VIEW, ["*"])])})
SYNC = QuerySync(with_={"a": NodeResultSetExpressionSync()}, select={"a": SelectSync()})


def sync_client(client: CogniteClient) -> None:
    res = client.data_modeling.instances.query(QUERY, include_typing=True)
    assert_type(res, QueryResult)
    assert_type(res["a"], NodeListWithCursor | EdgeListWithCursor)
    assert_type(res.get_nodes("a"), NodeListWithCursor)
    assert_type(res.cursors, dict[str, str | None])  # official: dict[str, str], though a finished set's is None
    assert_type(res.debug, DebugInfo | None)
    assert_type(client.data_modeling.instances.sync(SYNC, debug=DebugParameters(profile=True)), QueryResult)
    SYNC.cursors = client.data_modeling.instances.sync(SYNC).cursors

    def on_result(result: QueryResult) -> None: ...

    ctx = client.data_modeling.instances.subscribe(SYNC, on_result, poll_delay_seconds=5)
    assert_type(ctx, SubscriptionContext)
    ctx.cancel()


async def async_client(client: AsyncCogniteClient) -> None:
    assert_type(await client.data_modeling.instances.query(QUERY), QueryResult)
    assert_type(await client.data_modeling.instances.sync(SYNC), QueryResult)

    async def on_result(result: QueryResult) -> None: ...

    assert_type(await client.data_modeling.instances.subscribe(SYNC, on_result), SubscriptionContext)


def mistakes(client: CogniteClient) -> None:
    client.data_modeling.instances.query(SYNC)  # error: a QuerySync goes to sync
    client.data_modeling.instances.sync(QUERY)  # error: a Query goes to query
    client.data_modeling.instances.query(QUERY, bogus=1)  # error: unknown keyword
    client.data_modeling.instances.subscribe(SYNC, "print")  # error: the callback is a function
