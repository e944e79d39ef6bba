"""``client.data_modeling.records``: ingest, upsert, delete, filter, sync and aggregate the records of a stream.

Every method names its stream (``stream_id``); writes are chunked at CDF's item limit with per-item accounting.
Filters use the DMS filter language over record properties (``[space, container, property]``, or the top-level
``["space"]``, ``["externalId"]``, ``["createdTime"]``, ``["lastUpdatedTime"]``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from cdf_api.client import path_segment

from cognite.client._api.data_modeling._limits import (
    RECORDS_FILTER_DEFAULT_LIMIT,
    RECORDS_ITEMS_LIMIT,
    RECORDS_READ_LIMIT,
)
from cognite.client._api_client import APIClient
from cognite.client._mechanisms.bulk import parse_json
from cognite.client.data_classes.data_modeling.aggregates import Aggregate, dump_aggregates
from cognite.client.data_classes.data_modeling.instances import InstanceSort, TypeInformation
from cognite.client.data_classes.data_modeling.records import (
    Record,
    RecordId,
    RecordList,
    RecordsAggregation,
    RecordSourceSelector,
    RecordTargetUnit,
    RecordTargetUnits,
    RecordWrite,
    SyncRecord,
    SyncRecordList,
    TimeRange,
)
from cognite.client.data_classes.filters import Filter

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions


def _path(stream_id: str, suffix: str = "") -> str:
    if not isinstance(stream_id, str) or not stream_id:
        raise ValueError(f"stream_id must be a non-empty string, got {stream_id!r}")
    return f"/streams/{path_segment(stream_id)}/records{suffix}"


def _records(items: RecordWrite | Sequence[RecordWrite]) -> list[dict[str, Any]]:
    seq = [items] if isinstance(items, RecordWrite) else list(items)
    if not seq:
        raise ValueError("Give at least one record")
    for r in seq:
        if not isinstance(r, RecordWrite):
            raise TypeError(f"Records are written as RecordWrite objects, got {type(r).__name__}")
        if not r.sources:
            raise ValueError(f"Record {r.space}:{r.external_id} needs at least one source")
    return [r.dump() for r in seq]


def _filter(flt: Filter | dict[str, Any] | None) -> dict[str, Any] | None:
    if flt is None or isinstance(flt, dict):
        return flt
    if not isinstance(flt, Filter):
        raise TypeError(f"filter must be a Filter or a dict, got {type(flt).__name__}")
    return flt.dump()


def _target_units(units: RecordTargetUnits | Sequence[RecordTargetUnit]) -> dict[str, Any]:
    if isinstance(units, RecordTargetUnits):
        return units.dump()
    return {"properties": [u.dump() for u in units]}


def _limit(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= RECORDS_READ_LIMIT:
        raise ValueError(f"{what} must be an integer between 1 and {RECORDS_READ_LIMIT}, got {value!r}")
    return value


def _read_body(
    filter: Filter | dict[str, Any] | None,
    sources: Sequence[RecordSourceSelector] | None,
    include_typing: bool,
    target_units: RecordTargetUnits | Sequence[RecordTargetUnit] | None = None,
) -> dict[str, Any]:
    body: dict[str, Any] = {}
    if filter is not None:
        body["filter"] = _filter(filter)
    if sources is not None:
        body["sources"] = [s.dump() for s in sources]
    if target_units is not None:
        body["targetUnits"] = _target_units(target_units)
    if include_typing:
        body["includeTyping"] = True
    return body


class RecordsAPI(APIClient):
    """``client.data_modeling.records``"""

    _CREATE_LIMIT = RECORDS_ITEMS_LIMIT
    _DELETE_LIMIT = RECORDS_ITEMS_LIMIT
    _CONCURRENCY_CATEGORY = "data_modeling"

    async def ingest(
        self, items: RecordWrite | Sequence[RecordWrite], *, stream_id: str, **options: Unpack[CallOptions]
    ) -> None:
        """Create records (immutable streams drop exact duplicates; mutable ones refuse existing identifiers).

        Example:
            >>> from cognite.client.data_classes.data_modeling.records import (
            ...     RecordContainerId, RecordSource, RecordWrite)
            >>> source = RecordSource(RecordContainerId("my-space", "my-container"), {"temperature": 22.5})
            >>> client.data_modeling.records.ingest(  # doctest: +SKIP
            ...     RecordWrite("my-space", "rec-1", [source]), stream_id="my-stream")
        """
        await self._create_multiple(_records(items), load=lambda d: d, path=_path(stream_id))

    async def upsert(
        self,
        items: RecordWrite | Sequence[RecordWrite],
        *,
        stream_id: str,
        upsert_mode: Literal["replace"] = "replace",
        **options: Unpack[CallOptions],
    ) -> None:
        """Create records or replace existing ones entirely (mutable streams only).

        Example:
            >>> client.data_modeling.records.upsert(record, stream_id="my-stream")  # doctest: +SKIP
        """
        if upsert_mode != "replace":
            raise ValueError(f"upsert_mode must be 'replace' (the only mode CDF has), got {upsert_mode!r}")
        await self._create_multiple(_records(items), load=lambda d: d, path=_path(stream_id, "/upsert"))

    async def delete(
        self,
        items: RecordId | Sequence[RecordId],
        *,
        stream_id: str,
        ignore_unknown_ids: Literal[True] = True,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete records (mutable streams only; unknown identifiers are ignored, as CDF always does).

        Example:
            >>> from cognite.client.data_classes.data_modeling.records import RecordId
            >>> client.data_modeling.records.delete(RecordId("my-space", "rec-1"), stream_id="my-stream")  # doctest: +SKIP
        """
        seq = [items] if isinstance(items, RecordId) else list(items)
        for r in seq:
            if not isinstance(r, RecordId):
                raise TypeError(f"Records are deleted by RecordId, got {type(r).__name__}")
        await self._delete_multiple([r.dump() for r in seq], path=_path(stream_id, "/delete"))

    async def filter(
        self,
        stream_id: str,
        *,
        last_updated_time: TimeRange | None = None,
        filter: Filter | None = None,
        sources: Sequence[RecordSourceSelector] | None = None,
        sort: Sequence[InstanceSort] | InstanceSort | None = None,
        limit: int = RECORDS_FILTER_DEFAULT_LIMIT,
        include_typing: bool = False,
        **options: Unpack[CallOptions],
    ) -> RecordList:
        """Records matching the filters, by ``lastUpdatedTime`` unless sorted otherwise (one page: at most
        ``limit``; immutable streams need ``last_updated_time``).

        Example:
            >>> from cognite.client.data_classes.data_modeling.records import TimeRange
            >>> res = client.data_modeling.records.filter(  # doctest: +SKIP
            ...     "my-stream", last_updated_time=TimeRange(gt="2d-ago"), limit=100)
        """
        body = _read_body(filter, sources, include_typing)
        body["limit"] = _limit(limit, "limit")
        if last_updated_time is not None:
            body["lastUpdatedTime"] = last_updated_time.dump()
        if sort is not None:
            body["sort"] = [s.dump() for s in ([sort] if isinstance(sort, InstanceSort) else sort)]
        reply = parse_json((await self._post(_path(stream_id, "/filter"), json=body)).content)
        typing = reply.get("typing")
        return RecordList(
            [Record._load(r) for r in reply["items"]], typing=None if typing is None else TypeInformation(typing)
        )

    @overload
    def sync(
        self,
        stream_id: str,
        *,
        initialize_cursor: str,
        filter: Filter | None = None,
        sources: Sequence[RecordSourceSelector] | None = None,
        target_units: RecordTargetUnits | Sequence[RecordTargetUnit] | None = None,
        chunk_size: int = RECORDS_READ_LIMIT,
        include_typing: bool = False,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SyncRecordList]: ...
    @overload
    def sync(
        self,
        stream_id: str,
        *,
        cursor: str,
        filter: Filter | None = None,
        sources: Sequence[RecordSourceSelector] | None = None,
        target_units: RecordTargetUnits | Sequence[RecordTargetUnit] | None = None,
        chunk_size: int = RECORDS_READ_LIMIT,
        include_typing: bool = False,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SyncRecordList]: ...
    async def sync(
        self,
        stream_id: str,
        *,
        initialize_cursor: str | None = None,
        cursor: str | None = None,
        filter: Filter | None = None,
        sources: Sequence[RecordSourceSelector] | None = None,
        target_units: RecordTargetUnits | Sequence[RecordTargetUnit] | None = None,
        chunk_size: int = RECORDS_READ_LIMIT,
        include_typing: bool = False,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SyncRecordList]:
        """The change feed (created, updated, deleted records), one chunk per request until it is exhausted.

        Give exactly one of ``initialize_cursor`` (``"7d-ago"``) and ``cursor`` (a chunk's ``cursor``, to resume).

        Example:
            >>> for chunk in client.data_modeling.records.sync("my-stream", initialize_cursor="7d-ago"):  # doctest: +SKIP
            ...     last_cursor = chunk.cursor
        """
        if (initialize_cursor is None) == (cursor is None):
            raise ValueError("Give exactly one of initialize_cursor and cursor")
        body = _read_body(filter, sources, include_typing, target_units)
        body["limit"] = _limit(chunk_size, "chunk_size")
        if initialize_cursor is not None:
            body["initializeCursor"] = initialize_cursor
        else:
            body["cursor"] = cursor
        path = _path(stream_id, "/sync")
        while True:
            reply = parse_json((await self._post(path, json=body)).content)
            typing = reply.get("typing")
            yield SyncRecordList(
                [SyncRecord._load(r) for r in reply["items"]],
                cursor=reply.get("nextCursor"),
                has_next=bool(reply.get("hasNext")),
                typing=None if typing is None else TypeInformation(typing),
            )
            if not reply.get("hasNext"):
                return
            body.pop("initializeCursor", None)
            body["cursor"] = reply["nextCursor"]

    async def aggregate(
        self,
        aggregates: Mapping[str, Aggregate | dict[str, Any]],
        *,
        stream_id: str,
        last_updated_time: TimeRange | None = None,
        filter: Filter | dict[str, Any] | None = None,
        target_units: RecordTargetUnits | Sequence[RecordTargetUnit] | None = None,
        include_typing: bool = False,
        **options: Unpack[CallOptions],
    ) -> RecordsAggregation:
        """Aggregates over the records matching the filters (metrics, buckets with nested aggregates).

        Example:
            >>> from cognite.client.data_classes.data_modeling.aggregates import Average
            >>> res = client.data_modeling.records.aggregate(  # doctest: +SKIP
            ...     {"avg_points": Average(["sp", "Game", "points"])}, stream_id="my-stream")
            >>> res.aggregates["avg_points"].value  # doctest: +SKIP
        """
        body = _read_body(filter, None, include_typing, target_units)
        body["aggregates"] = dump_aggregates(aggregates)
        if last_updated_time is not None:
            body["lastUpdatedTime"] = last_updated_time.dump()
        reply = parse_json((await self._post(_path(stream_id, "/aggregate"), json=body)).content)
        return RecordsAggregation._load(reply)
