"""CDF's data modeling schema limits (``maxItems`` / ``maximum`` of the pinned spec; tests/data_modeling checks them)."""

from __future__ import annotations

#: items per apply / byids / delete request of spaces, containers, views and data models
SCHEMA_ITEMS_LIMIT = 100
#: items per request of /models/containers/constraints/delete and /models/containers/indexes/delete
CONSTRAINT_INDEX_DELETE_LIMIT = 10
#: largest ``limit`` (page size) of a schema list request
SCHEMA_LIST_PAGE_LIMIT = 1000
#: default ``limit`` of ``list`` (the official SDK's): spaces 25, the others 10
SPACES_DEFAULT_LIMIT = 25
DATA_MODELING_DEFAULT_LIMIT_READ = 10
#: streams per create / delete request (``POST /streams``, ``/streams/delete``)
STREAMS_ITEMS_LIMIT = 1
#: records per ingest / upsert / delete request
RECORDS_ITEMS_LIMIT = 1000
#: largest ``limit`` of records filter and sync (one page: filter returns no cursor)
RECORDS_READ_LIMIT = 1000
#: default ``limit`` of records filter (the spec's LimitWithDefault10)
RECORDS_FILTER_DEFAULT_LIMIT = 10
#: largest ``limit`` of one result set of a query / of a sync (``TableExpressionQueryLimit`` / ``TableExpressionSyncLimit``)
QUERY_RESULT_SET_LIMIT = 10_000
SYNC_RESULT_SET_LIMIT = 2_000
#: most result sets in one query or sync (``maxProperties`` of ``QueryRequest.with`` / ``SyncRequest.with``)
QUERY_MAX_RESULT_SETS = 50
