"""`client.time_series.data` (alias `client.datapoints`): retrieve, insert and delete datapoints.

Argument handling lives here; the work is done by the engine in `cognite.client._datapoints` (request planning
and protobuf decoding for reads, vectorised protobuf encoding and packing for inserts).
"""

from __future__ import annotations

import asyncio
import functools
import gzip
from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from cognite.client._api_client import APIClient
from cognite.client._api_registry import Accessor
from cognite.client._datapoints.aggregates import to_snake
from cognite.client._datapoints.fetch import DatapointsFetcher, SeriesResult
from cognite.client._datapoints.limits import DEFAULT_CHUNK_SIZE_DATAPOINTS, DELETE_LIMIT, LATEST_LIMIT
from cognite.client._datapoints.query import SeriesQuery, build_queries, expand_identifiers
from cognite.client._datapoints.timeparse import granularity_ms, now_ms, to_ms
from cognite.client._http.concurrency import free_slots
from cognite.client._http.transport import CALL_OPTIONS
from cognite.client.data_classes.datapoints import (
    _QUERY_SETTINGS,
    Datapoints,
    DatapointsArray,
    DatapointsArrayList,
    DatapointsList,
    DatapointsQuery,
    LatestDatapoint,
    LatestDatapointList,
    LatestDatapointQuery,
    _join_frames,
)
from cognite.client.exceptions import CogniteNotFoundError

if TYPE_CHECKING:
    import pandas as pd
    from typing_extensions import Unpack

    from cognite.client._api.synthetic_time_series import SyntheticDatapointsAPI
    from cognite.client._api_client import CallOptions
    from cognite.client._datapoints.types import (
        AggregatesArg,
        DatapointsInsertArg,
        IdArg,
        IdSeqArg,
        InstArg,
        InstSeqArg,
        LatestIdArg,
        LatestIdSeqArg,
        LatestInstArg,
        LatestInstSeqArg,
        LatestXidArg,
        LatestXidSeqArg,
        TimeLike,
        TimeZoneLike,
        XidArg,
        XidSeqArg,
    )
    from cognite.client.data_classes.datapoints import StateDatapointsInsert
    from cognite.client.utils.useful_types import NodeIdLike

_FILLABLE = {"interpolation", "step_interpolation", "count", "sum", "total_variation"}
_ZERO_FILL = {"count", "sum", "total_variation", "count_good", "count_bad", "count_uncertain"}
# Insert bodies above this size are gzipped (level 1, on a worker thread); protobuf is already compact.
_GZIP_MIN_BYTES = 1 << 20


def _max_workers(kind: str) -> int:
    try:
        from cognite.client.config import global_config

        return int(getattr(global_config.concurrency_settings.datapoints, kind))
    except Exception:  # pragma: no cover - config not importable
        return 5


class DatapointsAPI(APIClient):
    """Datapoints of time series: `retrieve`, `retrieve_arrays`, `retrieve_dataframe`, `insert`, `delete_range`, ...

    Example:
        >>> dps = client.time_series.data.retrieve(id=1, start="2w-ago", end="now")  # doctest: +SKIP
    """

    synthetic: Accessor[SyntheticDatapointsAPI] = Accessor()

    _CONCURRENCY_CATEGORY = "datapoints"

    # -- sending -------------------------------------------------------------------------------------------------
    async def _post_dps(
        self, path: str, *, json: Any = None, content: bytes | None = None, headers: Any = None, **opts: Any
    ) -> Any:
        # Every datapoints endpoint is idempotent (inserts overwrite by timestamp): safe to retry.
        return await self._post(path, json=json, content=content, headers=headers, retryable=True, **opts)

    async def _send_list(self, body: dict[str, Any]) -> tuple[bytes | None, Any]:
        resp = await self._post_dps("/timeseries/data/list", json=body, headers={"accept": "application/protobuf"})
        if "protobuf" in resp.headers.get("content-type", ""):
            return resp.content, None
        return None, resp.json()

    def _free_read_slots(self) -> int:
        from cognite.client.config import global_config

        return free_slots(global_config.concurrency_settings, "datapoints", "read", self._config.project)

    async def _fetch(self, queries: list[SeriesQuery], progress: bool = False) -> list[SeriesResult]:
        bar = _progress_bar(progress, "datapoints")
        try:
            fetcher = DatapointsFetcher(
                self._send_list, _max_workers("read"), bar.update if bar is not None else None, self._free_read_slots
            )
            return await fetcher.run(queries)
        finally:
            if bar is not None:
                bar.close()

    # -- retrieve ------------------------------------------------------------------------------------------------
    async def _arrays(
        self, id: Any, external_id: Any, instance_id: Any, settings: dict[str, Any], progress: bool
    ) -> DatapointsArray | DatapointsArrayList | None:
        """The one retrieve: one array for a single identifier (None if unknown and ignored), else the list."""
        queries = build_queries(
            id=id, external_id=external_id, instance_id=instance_id, defaults=settings, now=now_ms()
        )
        results = await self._fetch(queries, progress)
        arrays = [DatapointsArray._from_result(r) for r in results if not r.missing]
        given = [x for x in (id, external_id, instance_id) if x is not None]
        single = len(given) == 1 and len(queries) == 1 and not isinstance(given[0], list)
        if isinstance(given[0], tuple) and instance_id is None:
            single = False
        if single:
            return arrays[0] if arrays else None
        return DatapointsArrayList(arrays, cognite_client=self._cognite_client)

    @overload
    async def retrieve(
        self,
        *,
        id: IdArg,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg | None = None,
        granularity: str | None = None,
        timezone: TimeZoneLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool = False,
        ignore_unknown_ids: bool = False,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> Datapoints | None: ...

    @overload
    async def retrieve(
        self,
        *,
        id: IdSeqArg,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg | None = None,
        granularity: str | None = None,
        timezone: TimeZoneLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool = False,
        ignore_unknown_ids: bool = False,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> DatapointsList: ...

    @overload
    async def retrieve(
        self,
        *,
        external_id: XidArg,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg | None = None,
        granularity: str | None = None,
        timezone: TimeZoneLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool = False,
        ignore_unknown_ids: bool = False,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> Datapoints | None: ...

    @overload
    async def retrieve(
        self,
        *,
        external_id: XidSeqArg,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg | None = None,
        granularity: str | None = None,
        timezone: TimeZoneLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool = False,
        ignore_unknown_ids: bool = False,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> DatapointsList: ...

    @overload
    async def retrieve(
        self,
        *,
        instance_id: InstArg,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg | None = None,
        granularity: str | None = None,
        timezone: TimeZoneLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool = False,
        ignore_unknown_ids: bool = False,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> Datapoints | None: ...

    @overload
    async def retrieve(
        self,
        *,
        instance_id: InstSeqArg,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg | None = None,
        granularity: str | None = None,
        timezone: TimeZoneLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool = False,
        ignore_unknown_ids: bool = False,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> DatapointsList: ...

    @overload
    async def retrieve(
        self,
        *,
        id: IdArg | IdSeqArg | None,
        external_id: XidArg | XidSeqArg | None,
        instance_id: InstArg | InstSeqArg | None,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg | None = None,
        granularity: str | None = None,
        timezone: TimeZoneLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool = False,
        ignore_unknown_ids: bool = False,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> DatapointsList: ...

    @overload
    async def retrieve(
        self,
        *,
        id: IdArg | IdSeqArg | None,
        external_id: XidArg | XidSeqArg | None,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg | None = None,
        granularity: str | None = None,
        timezone: TimeZoneLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool = False,
        ignore_unknown_ids: bool = False,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> DatapointsList: ...

    @overload
    async def retrieve(
        self,
        *,
        id: IdArg | IdSeqArg | None,
        instance_id: InstArg | InstSeqArg | None,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg | None = None,
        granularity: str | None = None,
        timezone: TimeZoneLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool = False,
        ignore_unknown_ids: bool = False,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> DatapointsList: ...

    @overload
    async def retrieve(
        self,
        *,
        external_id: XidArg | XidSeqArg | None,
        instance_id: InstArg | InstSeqArg | None,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg | None = None,
        granularity: str | None = None,
        timezone: TimeZoneLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool = False,
        ignore_unknown_ids: bool = False,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> DatapointsList: ...

    async def retrieve(
        self,
        *,
        id: IdArg | IdSeqArg | None = None,
        external_id: XidArg | XidSeqArg | None = None,
        instance_id: InstArg | InstSeqArg | None = None,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg | None = None,
        granularity: str | None = None,
        timezone: TimeZoneLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool = False,
        ignore_unknown_ids: bool = False,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> Datapoints | DatapointsList | None:
        """Datapoints (raw or aggregates) of one or more time series, as Python lists.

        `id` / `external_id` / `instance_id` take one identifier, a sequence, `DatapointsQuery` objects or dicts with
        per-series settings (`{"id": 1, "aggregates": ["average"], "start": ...}`). Every datapoint in [start, end) is
        returned (or `limit` per series); large ranges are split and fetched in parallel.

        Args:
            id: internal id(s), DatapointsQuery objects or per-series dicts.
            external_id: external id(s), DatapointsQuery objects or per-series dicts.
            instance_id: data modeling node id(s) (NodeId or (space, external_id)).
            start: inclusive start (ms, "2w-ago", "now", datetime). Default: 0 (1970).
            end: exclusive end. Default: now.
            aggregates: aggregate name(s), e.g. "average" or ["min", "max"] (snake_case or camelCase).
            granularity: bucket size for aggregates, e.g. "1h", "10m", "1d".
            timezone: IANA time zone, datetime.timezone or "UTC+05:30" that aggregates align to.
            target_unit: convert values to this unit external id.
            target_unit_system: convert values to this unit system.
            limit: maximum datapoints per series (None: all).
            include_outside_points: also return the last point before start and the first at/after end (raw only).
            ignore_unknown_ids: skip unknown series instead of raising CogniteNotFoundError.
            include_status: return status codes (and include Bad/Uncertain points when the flags below allow it).
            ignore_bad_datapoints: leave out Bad points (default True).
            treat_uncertain_as_bad: treat Uncertain points as Bad (default True).
            progress: show a tqdm progress bar (not in the official SDK).
            **options: per-call options (cdf_version, headers, timeout).

        Returns:
            Datapoints for a single identifier (None if it is unknown and ignored), otherwise a DatapointsList.

        Examples:
            >>> dps = client.time_series.data.retrieve(id=1, start="2w-ago", end="now")  # doctest: +SKIP
            >>> dps = client.time_series.data.retrieve(  # doctest: +SKIP
            ...     id=[{"id": 1, "aggregates": ["average"]}, {"id": 1, "aggregates": ["min"]}],
            ...     external_id={"externalId": "1", "aggregates": ["max"]},
            ...     start="1d-ago", end="now", granularity="1h")
        """
        arrays = await self._arrays(id, external_id, instance_id, _settings(locals()), progress)
        if arrays is None:
            return None
        if isinstance(arrays, DatapointsArray):
            return arrays.to_datapoints()
        return DatapointsList([a.to_datapoints() for a in arrays], cognite_client=self._cognite_client)

    @overload
    async def retrieve_arrays(
        self,
        *,
        id: IdArg,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg | None = None,
        granularity: str | None = None,
        timezone: TimeZoneLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool = False,
        ignore_unknown_ids: bool = False,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> DatapointsArray | None: ...

    @overload
    async def retrieve_arrays(
        self,
        *,
        id: IdSeqArg,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg | None = None,
        granularity: str | None = None,
        timezone: TimeZoneLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool = False,
        ignore_unknown_ids: bool = False,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> DatapointsArrayList: ...

    @overload
    async def retrieve_arrays(
        self,
        *,
        external_id: XidArg,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg | None = None,
        granularity: str | None = None,
        timezone: TimeZoneLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool = False,
        ignore_unknown_ids: bool = False,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> DatapointsArray | None: ...

    @overload
    async def retrieve_arrays(
        self,
        *,
        external_id: XidSeqArg,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg | None = None,
        granularity: str | None = None,
        timezone: TimeZoneLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool = False,
        ignore_unknown_ids: bool = False,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> DatapointsArrayList: ...

    @overload
    async def retrieve_arrays(
        self,
        *,
        instance_id: InstArg,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg | None = None,
        granularity: str | None = None,
        timezone: TimeZoneLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool = False,
        ignore_unknown_ids: bool = False,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> DatapointsArray | None: ...

    @overload
    async def retrieve_arrays(
        self,
        *,
        instance_id: InstSeqArg,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg | None = None,
        granularity: str | None = None,
        timezone: TimeZoneLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool = False,
        ignore_unknown_ids: bool = False,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> DatapointsArrayList: ...

    @overload
    async def retrieve_arrays(
        self,
        *,
        id: IdArg | IdSeqArg | None,
        external_id: XidArg | XidSeqArg | None,
        instance_id: InstArg | InstSeqArg | None,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg | None = None,
        granularity: str | None = None,
        timezone: TimeZoneLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool = False,
        ignore_unknown_ids: bool = False,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> DatapointsArrayList: ...

    @overload
    async def retrieve_arrays(
        self,
        *,
        id: IdArg | IdSeqArg | None,
        external_id: XidArg | XidSeqArg | None,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg | None = None,
        granularity: str | None = None,
        timezone: TimeZoneLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool = False,
        ignore_unknown_ids: bool = False,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> DatapointsArrayList: ...

    @overload
    async def retrieve_arrays(
        self,
        *,
        id: IdArg | IdSeqArg | None,
        instance_id: InstArg | InstSeqArg | None,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg | None = None,
        granularity: str | None = None,
        timezone: TimeZoneLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool = False,
        ignore_unknown_ids: bool = False,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> DatapointsArrayList: ...

    @overload
    async def retrieve_arrays(
        self,
        *,
        external_id: XidArg | XidSeqArg | None,
        instance_id: InstArg | InstSeqArg | None,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg | None = None,
        granularity: str | None = None,
        timezone: TimeZoneLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool = False,
        ignore_unknown_ids: bool = False,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> DatapointsArrayList: ...

    async def retrieve_arrays(
        self,
        *,
        id: IdArg | IdSeqArg | None = None,
        external_id: XidArg | XidSeqArg | None = None,
        instance_id: InstArg | InstSeqArg | None = None,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg | None = None,
        granularity: str | None = None,
        timezone: TimeZoneLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool = False,
        ignore_unknown_ids: bool = False,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> DatapointsArray | DatapointsArrayList | None:
        """Like `retrieve`, but numpy arrays: `timestamp` datetime64[ns], float64 / object values, uint32 status codes.

        Examples:
            >>> arr = client.time_series.data.retrieve_arrays(id=1, start="2w-ago", end="now")  # doctest: +SKIP
            >>> arr.timestamp.dtype, arr.value.dtype  # doctest: +SKIP
            (dtype('<M8[ns]'), dtype('float64'))
        """
        return await self._arrays(id, external_id, instance_id, _settings(locals()), progress)

    async def query(
        self, query: DatapointsQuery | Sequence[DatapointsQuery], **options: Unpack[CallOptions]
    ) -> DatapointsList | list[DatapointsList]:
        """Run one or more `DatapointsQuery`, each with its own start / end / aggregates / granularity.

        Not in the official 8.22 SDK (which takes DatapointsQuery objects in `retrieve(id=...)`); kept for scripts
        written against earlier versions.

        Returns:
            A DatapointsList per query (a list of them when a list is given).

        Example:
            >>> from cognite.client.data_classes import DatapointsQuery
            >>> queries = [DatapointsQuery(id=1, start="2d-ago", end="now"),
            ...            DatapointsQuery(external_id="abc", start="10d-ago", end="now",
            ...                            aggregates=["average"], granularity="1m")]
            >>> res = client.time_series.data.query(queries)  # doctest: +SKIP
        """
        single = isinstance(query, DatapointsQuery)
        qs: list[DatapointsQuery] = [query] if isinstance(query, DatapointsQuery) else list(query)
        for q in qs:
            if not isinstance(q, DatapointsQuery):
                raise TypeError(f"query takes DatapointsQuery objects, got {type(q).__name__}")
        now = now_ms()
        built = [
            build_queries(id=q.id, external_id=q.external_id, instance_id=q.instance_id, defaults=q.defaults(), now=now)
            for q in qs
        ]
        flat = [sq for b in built for sq in b]
        results = iter(await self._fetch(flat))
        out = []
        for b in built:
            arrays = [DatapointsArray._from_result(r) for r in (next(results) for _ in b) if not r.missing]
            out.append(DatapointsList([a.to_datapoints() for a in arrays], cognite_client=self._cognite_client))
        return out[0] if single else out

    async def retrieve_dataframe(
        self,
        *,
        id: IdArg | IdSeqArg | None = None,
        external_id: XidArg | XidSeqArg | None = None,
        instance_id: InstArg | InstSeqArg | None = None,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg | None = None,
        granularity: str | None = None,
        timezone: TimeZoneLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        limit: int | None = None,
        include_outside_points: bool = False,
        ignore_unknown_ids: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        uniform_index: bool = False,
        include_status: bool = False,
        include_unit: bool = True,
        include_aggregate_name: bool = True,
        include_granularity_name: bool = False,
        include_numeric_states: bool = True,
        include_string_states: bool = True,
        expand_state_aggregates: bool = True,
        complete: str | None = None,
        column_names: str = "external_id",
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> pd.DataFrame:
        """A pandas DataFrame: one column per series (`<external id>|<aggregate>` for aggregates), indexed by time.

        Args:
            include_unit: put the series' unit external id in its column name (`<external id>|<unit>`), if it has one.
            include_numeric_states / include_string_states / expand_state_aggregates: for state time series, which
                this SDK does not read yet: accepted for compatibility, no effect.
            complete: "fill" puts every bucket in a uniform index and fills what is fillable (interpolation,
                step_interpolation, count, sum, total_variation); "fill,dropna" also drops rows that still have
                missing values. Aggregates only. (Not in the official SDK.)
            uniform_index: reindex to one row per granularity bucket from start to end (aggregates only).
            column_names: "external_id" (default; falls back to id), "id" or "instance_id". (Not in the official SDK.)
            (other arguments: see `retrieve`)

        Examples:
            >>> df = client.time_series.data.retrieve_dataframe(id=[1, 2, 3], start="2w-ago", end="now",  # doctest: +SKIP
            ...     aggregates=["average", "sum"], granularity="1h")
            >>> df = client.time_series.data.retrieve_dataframe(id=[1, 2, 3], start="2w-ago", end="now",  # doctest: +SKIP
            ...     aggregates=["interpolation"], granularity="1m", include_aggregate_name=False, complete="fill,dropna")
        """
        fill, dropna = _parse_complete(complete, aggregates, granularity)
        if (uniform_index or fill) and (granularity is None or granularity_ms(granularity) is None or timezone):
            raise ValueError(
                "uniform_index / complete need aggregates with a fixed granularity (s, m, h, d) and no timezone"
            )
        arrays = await self._arrays(id, external_id, instance_id, _settings(locals()), progress)
        items = [] if arrays is None else [arrays] if isinstance(arrays, DatapointsArray) else list(arrays)
        df = _join_frames(
            items, column_names, include_aggregate_name, include_granularity_name, include_status, include_unit
        )
        if uniform_index or fill:
            df = _uniform(df, granularity)  # type: ignore[arg-type]
        if fill:
            df = _fill(df, items, include_aggregate_name)
            if dropna:
                df = df.dropna()
        return df

    async def retrieve_dataframe_dict(
        self,
        *,
        id: IdArg | IdSeqArg | None = None,
        external_id: XidArg | XidSeqArg | None = None,
        instance_id: InstArg | InstSeqArg | None = None,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        aggregates: AggregatesArg,
        granularity: str,
        limit: int | None = None,
        ignore_unknown_ids: bool = False,
        complete: str | None = None,
        column_names: str = "external_id",
        **options: Unpack[CallOptions],
    ) -> dict[str, pd.DataFrame]:
        """One DataFrame per aggregate (keys: snake_case aggregate names), columns are the series.

        Not in the official 8.22 SDK; kept for scripts written against earlier versions.

        Example:
            >>> dfs = client.time_series.data.retrieve_dataframe_dict(id=[1, 2, 3], start="2w-ago", end="now",  # doctest: +SKIP
            ...     aggregates=["interpolation", "count"], granularity="1h", complete="fill,dropna")
            >>> dfs["interpolation"]  # doctest: +SKIP
        """
        if not aggregates or not granularity:
            raise ValueError("retrieve_dataframe_dict needs aggregates and granularity")
        df = await self.retrieve_dataframe(
            id=id,
            external_id=external_id,
            instance_id=instance_id,
            start=start,
            end=end,
            aggregates=aggregates,
            granularity=granularity,
            limit=limit,
            ignore_unknown_ids=ignore_unknown_ids,
            include_unit=False,
            complete=complete.replace(",dropna", "") if complete else None,
            column_names=column_names,
        )
        names = [to_snake(a) for a in ([aggregates] if isinstance(aggregates, str) else aggregates)]
        out: dict[str, pd.DataFrame] = {}
        for agg in dict.fromkeys(names):
            cols = [c for c in df.columns if str(c).rsplit("|", 1)[-1] == agg]
            sub = df.loc[:, cols]
            sub.columns = [str(c).rsplit("|", 1)[0] for c in cols]
            out[agg] = sub
        if complete and "dropna" in complete:
            frames = list(out.values())
            keep = frames[0].notna().all(axis=1).to_numpy()
            for sub in frames[1:]:
                keep = keep & sub.notna().all(axis=1).to_numpy()
            out = {k: v.iloc[keep] for k, v in out.items()}
        return out

    @overload
    def __call__(
        self,
        queries: DatapointsQuery,
        *,
        return_arrays: Literal[True] = True,
        chunk_size_datapoints: int = DEFAULT_CHUNK_SIZE_DATAPOINTS,
        chunk_size_time_series: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[DatapointsArray]: ...

    @overload
    def __call__(
        self,
        queries: Sequence[DatapointsQuery],
        *,
        return_arrays: Literal[True] = True,
        chunk_size_datapoints: int = DEFAULT_CHUNK_SIZE_DATAPOINTS,
        chunk_size_time_series: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[DatapointsArrayList]: ...

    @overload
    def __call__(
        self,
        queries: DatapointsQuery,
        *,
        return_arrays: Literal[False],
        chunk_size_datapoints: int = DEFAULT_CHUNK_SIZE_DATAPOINTS,
        chunk_size_time_series: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Datapoints]: ...

    @overload
    def __call__(
        self,
        queries: Sequence[DatapointsQuery],
        *,
        return_arrays: Literal[False],
        chunk_size_datapoints: int = DEFAULT_CHUNK_SIZE_DATAPOINTS,
        chunk_size_time_series: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[DatapointsList]: ...

    async def __call__(
        self,
        queries: DatapointsQuery | Sequence[DatapointsQuery],
        *,
        chunk_size_datapoints: int = DEFAULT_CHUNK_SIZE_DATAPOINTS,
        chunk_size_time_series: int | None = None,
        return_arrays: bool = True,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[DatapointsArray | DatapointsArrayList | Datapoints | DatapointsList]:
        """Iterate over very large ranges in chunks of `chunk_size_datapoints` per series (bounded memory).

        One `DatapointsQuery` yields one object per chunk; a sequence of queries yields lists, each chunk holding the
        next part of up to `chunk_size_time_series` series at a time (all at once by default).

        Example:
            >>> from cognite.client.data_classes import DatapointsQuery
            >>> for chunk in client.time_series.data(DatapointsQuery(id=1, start=0, end="now")):  # doctest: +SKIP
            ...     process(chunk.value)
        """
        if not isinstance(chunk_size_datapoints, int) or chunk_size_datapoints < 1:
            raise ValueError("chunk_size_datapoints must be a positive int")
        if chunk_size_time_series is not None and (
            not isinstance(chunk_size_time_series, int) or chunk_size_time_series < 1
        ):
            raise ValueError("chunk_size_time_series must be a positive int or None")
        single = isinstance(queries, DatapointsQuery)
        qs = [queries] if isinstance(queries, DatapointsQuery) else list(queries)
        now = now_ms()
        series = [
            sq
            for q in qs
            for sq in build_queries(
                id=q.id, external_id=q.external_id, instance_id=q.instance_id, defaults=q.defaults(), now=now
            )
        ]
        if any(sq.include_outside_points for sq in series):
            raise ValueError("include_outside_points is not supported when iterating")
        step = chunk_size_time_series or max(1, len(series))
        for i in range(0, len(series), step):
            group = [_SeriesCursor(sq) for sq in series[i : i + step]]
            while group:
                # the next chunk of every series of the group in one fetch (it packs series into requests)
                results = await self._fetch([c.next_query(chunk_size_datapoints) for c in group])
                parts = [c.take(r) for c, r in zip(group, results, strict=True)]
                got = [p for p in parts if p is not None and len(p)]
                group = [c for c in group if not c.done]
                if single:
                    for arr in got:
                        yield arr if return_arrays else arr.to_datapoints()
                elif got:
                    if return_arrays:
                        yield DatapointsArrayList(got, cognite_client=self._cognite_client)
                    else:
                        yield DatapointsList([a.to_datapoints() for a in got], cognite_client=self._cognite_client)

    # -- latest --------------------------------------------------------------------------------------------------
    @overload
    async def retrieve_latest(
        self,
        id: LatestIdArg,
        *,
        before: TimeLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> LatestDatapoint | None: ...

    @overload
    async def retrieve_latest(
        self,
        id: LatestIdSeqArg,
        *,
        before: TimeLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> LatestDatapointList: ...

    @overload
    async def retrieve_latest(
        self,
        *,
        external_id: LatestXidArg,
        before: TimeLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> LatestDatapoint | None: ...

    @overload
    async def retrieve_latest(
        self,
        *,
        external_id: LatestXidSeqArg,
        before: TimeLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> LatestDatapointList: ...

    @overload
    async def retrieve_latest(
        self,
        *,
        instance_id: LatestInstArg,
        before: TimeLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> LatestDatapoint | None: ...

    @overload
    async def retrieve_latest(
        self,
        *,
        instance_id: LatestInstSeqArg,
        before: TimeLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> LatestDatapointList: ...

    @overload
    async def retrieve_latest(
        self,
        *,
        id: LatestIdArg | LatestIdSeqArg | None,
        external_id: LatestXidArg | LatestXidSeqArg | None,
        instance_id: LatestInstArg | LatestInstSeqArg | None,
        before: TimeLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> LatestDatapointList: ...

    @overload
    async def retrieve_latest(
        self,
        *,
        id: LatestIdArg | LatestIdSeqArg | None,
        external_id: LatestXidArg | LatestXidSeqArg | None,
        before: TimeLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> LatestDatapointList: ...

    @overload
    async def retrieve_latest(
        self,
        *,
        id: LatestIdArg | LatestIdSeqArg | None,
        instance_id: LatestInstArg | LatestInstSeqArg | None,
        before: TimeLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> LatestDatapointList: ...

    @overload
    async def retrieve_latest(
        self,
        *,
        external_id: LatestXidArg | LatestXidSeqArg | None,
        instance_id: LatestInstArg | LatestInstSeqArg | None,
        before: TimeLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> LatestDatapointList: ...

    async def retrieve_latest(
        self,
        id: LatestIdArg | LatestIdSeqArg | None = None,
        external_id: LatestXidArg | LatestXidSeqArg | None = None,
        instance_id: LatestInstArg | LatestInstSeqArg | None = None,
        before: TimeLike | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        include_status: bool = False,
        ignore_bad_datapoints: bool = True,
        treat_uncertain_as_bad: bool = True,
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> LatestDatapoint | LatestDatapointList | None:
        """The latest datapoint (before `before`, default now) of one or more time series.

        Identifiers may be `LatestDatapointQuery` objects with their own `before` and options.

        Returns:
            A LatestDatapoint for one identifier (None if unknown and ignored), otherwise a LatestDatapointList. A
            series without datapoints before `before` gives a LatestDatapoint whose `timestamp` is None.

        Examples:
            >>> res = client.time_series.data.retrieve_latest(id=1)  # doctest: +SKIP
            >>> res.timestamp, res.value  # doctest: +SKIP
            >>> res = client.time_series.data.retrieve_latest(id=1, before="2d-ago")  # doctest: +SKIP
            >>> res = client.time_series.data.retrieve_latest(external_id=["abc", "def"])  # doctest: +SKIP
        """
        now = now_ms()
        common = {
            "before": before,
            "target_unit": target_unit,
            "target_unit_system": target_unit_system,
            "include_status": include_status,
            "ignore_bad_datapoints": ignore_bad_datapoints,
            "treat_uncertain_as_bad": treat_uncertain_as_bad,
        }
        items: list[dict[str, Any]] = []
        for kind, given in (("id", id), ("externalId", external_id), ("instanceId", instance_id)):
            for g in _latest_entries(given):
                opts = dict(common)
                if isinstance(g, LatestDatapointQuery):
                    opts.update({k: v for k, v in vars(g).items() if v is not None and k not in _IDENT_ATTRS})
                    k2, g = next((k, v) for k, v in _latest_ident(g))
                    ident = expand_identifiers(k2, g)[0][0]
                else:
                    ident = expand_identifiers(kind, g)[0][0]
                items.append({**ident, **_latest_body(opts, now)})
        if not items:
            raise ValueError("Give at least one of id, external_id or instance_id")
        chunks = [items[i : i + LATEST_LIMIT] for i in range(0, len(items), LATEST_LIMIT)]
        replies = await asyncio.gather(
            *(
                self._post_dps("/timeseries/data/latest", json={"items": c, "ignoreUnknownIds": ignore_unknown_ids})
                for c in chunks
            )
        )
        out = _latest_results(chunks, [r.json().get("items", []) for r in replies])
        given_all = [g for g in (id, external_id, instance_id) if g is not None]
        single = len(given_all) == 1 and not _is_many(given_all[0])
        if single:
            return out[0] if out else None
        return LatestDatapointList(out, cognite_client=self._cognite_client)

    # -- insert --------------------------------------------------------------------------------------------------
    async def _post_insert(self, body: bytes, content_type: str = "application/protobuf", **opts: Any) -> None:
        headers = {"content-type": content_type}
        from cognite.client.config import global_config

        if not global_config.disable_gzip and len(body) >= _GZIP_MIN_BYTES:
            body = await asyncio.to_thread(gzip.compress, body, 1)
            headers["content-encoding"] = "gzip"
        else:
            headers["content-encoding"] = "identity"
        await self._post_dps("/timeseries/data", content=body, headers=headers, **opts)

    async def _insert_parts(self, parts: list[Any], progress: bool = False) -> None:
        from cognite.client._datapoints import insert as ins  # only for inserts: reads do not load it

        bar = _progress_bar(progress, "datapoints inserted", total=sum(len(p) for p in parts))
        try:
            await ins.send_inserts(
                parts, self._post_insert, _max_workers("write"), bar.update if bar is not None else None
            )
        finally:
            if bar is not None:
                bar.close()

    async def insert(
        self,
        datapoints: DatapointsInsertArg,
        id: int | None = None,
        external_id: str | None = None,
        instance_id: NodeIdLike | None = None,
        *,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> None:
        """Insert datapoints into one time series (existing timestamps are overwritten).

        `datapoints`: a list of (timestamp, value[, status_code]) tuples, a list of dicts
        ({"timestamp", "value"[, "status"]}), a `Datapoints` / `DatapointsArray`, a (timestamps, values) pair of
        arrays, or an (n, 2) numpy array. Timestamps: ms since epoch, datetime (naive = local) or datetime64.

        Examples:
            >>> from datetime import datetime
            >>> client.time_series.data.insert([(datetime(2018, 1, 1), 1000), (datetime(2018, 1, 2), 2000)], id=1)  # doctest: +SKIP
            >>> client.time_series.data.insert([{"timestamp": 150000000000, "value": 1000}], external_id="def")  # doctest: +SKIP
        """
        if (
            isinstance(datapoints, (Datapoints, DatapointsArray))
            and id is None
            and external_id is None
            and instance_id is None
        ):
            ident = _ident_of(datapoints)
        else:
            ident = _single_ident(id, external_id, instance_id)
        from cognite.client._datapoints import insert as ins

        await self._insert_parts([ins.to_part(ident, datapoints)], progress)

    async def insert_multiple(
        self,
        datapoints: list[dict[str, str | int | list[Any] | Datapoints | DatapointsArray | NodeIdLike]]
        | list[Datapoints | DatapointsArray],
        *,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> None:
        """Insert datapoints into several time series; each entry names its series and holds its datapoints.

        Entries: {"id" | "externalId" | "external_id" | "instanceId": ..., "datapoints": <any shape `insert` takes>},
        or `Datapoints` / `DatapointsArray` objects.

        Example:
            >>> from datetime import datetime
            >>> client.time_series.data.insert_multiple([  # doctest: +SKIP
            ...     {"id": 1, "datapoints": [(datetime(2018, 1, 1), 1000), (datetime(2018, 1, 2), 2000)]},
            ...     {"externalId": "abc", "datapoints": [{"timestamp": 150000000000, "value": 1000}]}])
        """
        if not isinstance(datapoints, (list, tuple)):
            raise TypeError("insert_multiple takes a list of {'id'|'externalId': ..., 'datapoints': [...]} dicts")
        parts = []
        from cognite.client._datapoints import insert as ins

        for entry in datapoints:
            if isinstance(entry, (Datapoints, DatapointsArray)):
                parts.append(ins.to_part(_ident_of(entry), entry))
                continue
            if not isinstance(entry, dict) or "datapoints" not in entry:
                raise ValueError(f"Each entry needs an identifier and 'datapoints', got {entry!r:.200}")
            keys = [k for k in ("id", "externalId", "external_id", "instanceId", "instance_id") if k in entry]
            if len(keys) != 1:
                raise ValueError(
                    f"Each entry needs exactly one of id / externalId / instanceId, got keys {list(entry)}"
                )
            kind = {"external_id": "externalId", "instance_id": "instanceId"}.get(keys[0], keys[0])
            value = entry[keys[0]]
            if kind == "externalId" and not isinstance(value, str):
                value = str(value)  # seed example: {"externalId": 1, ...}
            ident = expand_identifiers(kind, value)[0][0]
            parts.append(ins.to_part(ident, entry["datapoints"]))
        await self._insert_parts(parts, progress)

    async def insert_dataframe(
        self,
        df: pd.DataFrame,
        dropna: bool = True,
        *,
        external_id_headers: bool | None = None,
        instance_id_headers: bool = False,
        progress: bool = False,
        **options: Unpack[CallOptions],
    ) -> None:
        """Insert every column of a DataFrame indexed by timestamps (DatetimeIndex or ms) into its time series.

        Column names are ids (int), external ids (str) or instance ids (NodeId / (space, external_id) tuples);
        `external_id_headers=True` reads all as external ids, `instance_id_headers=True` all as instance ids (both
        not in the official SDK). With `dropna` (default), NaNs are skipped per column; otherwise a NaN is an error
        (CDF only accepts NaN on Bad points).

        Example:
            >>> import numpy as np, pandas as pd
            >>> from datetime import datetime, timedelta
            >>> x = pd.DatetimeIndex([datetime(2018, 1, 1) + timedelta(days=d) for d in range(100)])
            >>> df = pd.DataFrame({123: np.random.normal(0, 1, 100)}, index=x)
            >>> client.time_series.data.insert_dataframe(df)  # doctest: +SKIP
        """
        import numpy as np
        import pandas as pd

        if not isinstance(df, pd.DataFrame):
            raise TypeError(f"insert_dataframe takes a pandas DataFrame, got {type(df).__name__}")
        idx = df.index
        if isinstance(idx, pd.DatetimeIndex):
            if idx.tz is not None:
                idx = idx.tz_convert("UTC").tz_localize(None)
            ts = idx.values.astype("datetime64[ms]").view(np.int64)
        elif pd.api.types.is_integer_dtype(idx.dtype):
            ts = np.asarray(idx, dtype=np.int64)
        else:
            raise ValueError("The DataFrame index must be a DatetimeIndex or integer ms timestamps")
        from cognite.client._datapoints import insert as ins

        parts = []
        for col in df.columns:
            if instance_id_headers or isinstance(col, tuple) or hasattr(col, "space"):
                ident = expand_identifiers("instanceId", col)[0][0]
            elif external_id_headers or (external_id_headers is None and isinstance(col, str)):
                ident = {"externalId": str(col)}
            else:
                try:
                    ident = {"id": int(col)}
                except (TypeError, ValueError):
                    raise ValueError(f"Column {col!r} is not an id; pass external_id_headers=True") from None
            values = df[col].to_numpy()
            keep = None
            if values.dtype.kind == "f":
                if np.isinf(values).any():
                    raise ValueError(f"Column {col!r} holds infinite values, which CDF does not accept")
                if dropna:
                    keep = ~np.isnan(values)
            elif dropna:
                keep = ~pd.isna(values)
            parts.append(
                ins.to_part(ident, (ts if keep is None else ts[keep], values if keep is None else values[keep]))
            )
        await self._insert_parts(parts, progress)

    async def insert_states(
        self, items: StateDatapointsInsert | Sequence[StateDatapointsInsert], **options: Unpack[CallOptions]
    ) -> None:
        """Insert datapoints into one or more state time series (public preview), each named by its instance id.

        A state is a (numeric, string) pair from the series' state set, e.g. ``(1, "on")``; a datapoint gives the
        numeric state, the string state or both, and may carry a status. Only a Bad datapoint may omit the state.
        All datapoints are validated before any request is sent; requests are chunked at CDF's insert limits
        (100k datapoints, 10k series) and sent with ``cdf-version: beta`` unless `cdf_version=` is given.

        Args:
            items (StateDatapointsInsert | Sequence[StateDatapointsInsert]): One ``StateDatapointsInsert`` per
                state time series: its ``instance_id`` and the datapoints to write.
            **options (Unpack[CallOptions]): Per-call options (``cdf_version``, ``headers``, ``timeout``).

        Examples:
            >>> from cognite.client.data_classes import StateDatapointsInsert, StateDatapointWrite, StatusCode
            >>> from cognite.client.data_classes.data_modeling import NodeId
            >>> client.time_series.data.insert_states(  # doctest: +SKIP
            ...     StateDatapointsInsert(
            ...         instance_id=NodeId("my-space", "pump-state"),
            ...         datapoints=[
            ...             StateDatapointWrite(1700000000000, 1),
            ...             StateDatapointWrite(1700000001000, string_value="off"),
            ...             StateDatapointWrite(1700000002000, status_code=StatusCode.Bad),
            ...         ],
            ...     )
            ... )
        """
        from cognite.client._datapoints import states
        from cognite.client.data_classes.datapoints import StateDatapointsInsert

        many = [items] if isinstance(items, StateDatapointsInsert) else items
        if isinstance(many, str) or not isinstance(many, Sequence):
            raise TypeError(
                f"insert_states takes a StateDatapointsInsert or a sequence of them, not {type(items).__name__}"
            )
        for item in many:
            if not isinstance(item, StateDatapointsInsert):
                raise TypeError(f"Each element of 'items' must be a StateDatapointsInsert, not {type(item).__name__}")
        parts = states.to_state_parts(many)
        call = CALL_OPTIONS.get()
        user_version = call is not None and (
            call.cdf_version is not None or any(k.lower() == "cdf-version" for k in call.headers)
        )
        post = functools.partial(
            self._post_insert,
            content_type="application/json",
            cdf_version=None if user_version else states.STATES_CDF_VERSION,
        )
        from cognite.client._datapoints import insert as ins

        await ins.send_inserts(parts, post, _max_workers("write"), encode=states.encode_state_request)

    # -- delete --------------------------------------------------------------------------------------------------
    async def delete_range(
        self,
        start: TimeLike,
        end: TimeLike,
        id: int | None = None,
        external_id: str | None = None,
        instance_id: NodeIdLike | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete the datapoints in [start, end) of one time series.

        Example:
            >>> client.time_series.data.delete_range(start="1w-ago", end="now", id=1)  # doctest: +SKIP
        """
        ident = _single_ident(id, external_id, instance_id)
        await self.delete_ranges([{**ident, "start": start, "end": end}])

    async def delete_ranges(self, ranges: list[dict[str, Any]], **options: Unpack[CallOptions]) -> None:
        """Delete datapoint ranges of several time series: [{"id" | "externalId" | "instanceId": ..., "start", "end"}].

        Example:
            >>> ranges = [{"id": 1, "start": "2d-ago", "end": "now"}, {"externalId": "abc", "start": "2d-ago", "end": "now"}]
            >>> client.time_series.data.delete_ranges(ranges)  # doctest: +SKIP
        """
        if not isinstance(ranges, (list, tuple)):
            raise TypeError("delete_ranges takes a list of dicts")
        now = now_ms()
        items = []
        for r in ranges:
            if not isinstance(r, dict) or "start" not in r or "end" not in r:
                raise ValueError(f"Each range needs an identifier, 'start' and 'end', got {r!r}")
            keys = [k for k in ("id", "externalId", "external_id", "instanceId", "instance_id") if k in r]
            if len(keys) != 1:
                raise ValueError(f"Each range needs exactly one of id / externalId / instanceId, got {r!r}")
            kind = {"external_id": "externalId", "instance_id": "instanceId"}.get(keys[0], keys[0])
            ident = expand_identifiers(kind, r[keys[0]])[0][0]
            a, b = to_ms(r["start"], now, name="start"), to_ms(r["end"], now, name="end")
            if b <= a:
                raise ValueError(f"end must be after start in {r!r}")
            items.append({**ident, "inclusiveBegin": a, "exclusiveEnd": b})
        chunks = [items[i : i + DELETE_LIMIT] for i in range(0, len(items), DELETE_LIMIT)]
        await asyncio.gather(*(self._post_dps("/timeseries/data/delete", json={"items": c}) for c in chunks))


_IDENT_ATTRS = ("id", "external_id", "instance_id")


def _latest_ident(q: LatestDatapointQuery) -> list[tuple[str, Any]]:
    return [
        (k, v) for k, v in (("id", q.id), ("externalId", q.external_id), ("instanceId", q.instance_id)) if v is not None
    ]


def _latest_body(opts: dict[str, Any], now: int) -> dict[str, Any]:
    body: dict[str, Any] = {"before": to_ms(opts["before"], now, name="before") if opts["before"] is not None else now}
    if opts.get("target_unit"):
        body["targetUnit"] = opts["target_unit"]
    if opts.get("target_unit_system"):
        body["targetUnitSystem"] = opts["target_unit_system"]
    if opts.get("include_status"):
        body["includeStatus"] = True
    if opts.get("ignore_bad_datapoints") is False:
        body["ignoreBadDataPoints"] = False
    if opts.get("treat_uncertain_as_bad") is False:
        body["treatUncertainAsBad"] = False
    return body


def _settings(arguments: dict[str, Any]) -> dict[str, Any]:
    """The per-series settings (what a DatapointsQuery may override) out of a retrieve method's `locals()`."""
    return {k: arguments[k] for k in _QUERY_SETTINGS}


def _is_many(given: Any) -> bool:
    """A sequence of identifiers (a (space, external_id) tuple is one instance id)."""
    if isinstance(given, (str, bytes, dict)) or not isinstance(given, Sequence):
        return False
    return not (isinstance(given, tuple) and len(given) == 2 and all(isinstance(x, str) for x in given))


def _latest_entries(given: Any) -> list[Any]:
    if given is None:
        return []
    return list(given) if _is_many(given) else [given]


def _ident_key(item: dict[str, Any]) -> tuple[Any, ...]:
    if "instanceId" in item:
        inst = item["instanceId"]
        return ("instanceId", inst.get("space"), inst.get("externalId"))
    if "id" in item and "externalId" not in item:
        return ("id", item["id"])
    return ("externalId", item.get("externalId"))


def _latest_results(chunks: list[list[dict[str, Any]]], replies: list[list[dict[str, Any]]]) -> list[LatestDatapoint]:
    """LatestDatapoints in request order; each gets the `before` its request item used (unknown ids are skipped), and
    a Good status where CDF leaves it out (as the official SDK does when the item asked for statuses)."""
    out = []
    for sent, got in zip(chunks, replies, strict=True):
        rest = iter(sent)
        for item in got:
            keys = {("id", item.get("id")), ("externalId", item.get("externalId"))}
            if item.get("instanceId"):
                keys.add(_ident_key({"instanceId": item["instanceId"]}))
            req = next((r for r in rest if _ident_key(r) in keys), None)  # replies keep the request order
            resource = {**item, "before": req["before"] if req is not None else None}
            if req is not None and req.get("includeStatus"):
                for dp in resource.get("datapoints", []):
                    dp.setdefault("status", {"code": 0, "symbol": "Good"})
            out.append(LatestDatapoint._load(resource))
    return out


class _SeriesCursor:
    """Where iteration over one series has got to: the query for its next chunk, and taking that chunk in."""

    def __init__(self, query: SeriesQuery) -> None:
        self.query, self.start, self.left = query, query.start, query.limit
        self.want = 0
        self.done = not self._more()

    def _more(self) -> bool:
        return self.start < self.query.end and (self.left is None or self.left > 0)

    def next_query(self, size: int) -> SeriesQuery:
        self.want = size if self.left is None else min(size, self.left)
        return _replace_range(self.query, self.start, self.want)

    def take(self, res: SeriesResult) -> DatapointsArray | None:
        sq = self.query
        if res.missing:
            self.done = True
            if sq.ignore_unknown_ids:
                return None
            raise CogniteNotFoundError("Time series not found", code=400, missing=[sq.identifier])
        arr = DatapointsArray._from_result(res)
        n = len(arr)
        if n < self.want:  # the fetcher followed every cursor: the range is exhausted
            self.done = True
            return arr
        last = int(arr.timestamp[-1].astype("datetime64[ms]").astype("int64"))
        self.start = last + (sq.gran_ms or 1) if not sq.is_raw else last + 1
        if self.left is not None:
            self.left -= n
        self.done = not self._more()
        return arr


def _single_ident(id: Any, external_id: Any, instance_id: Any) -> dict[str, Any]:
    given = [(k, v) for k, v in (("id", id), ("externalId", external_id), ("instanceId", instance_id)) if v is not None]
    if len(given) != 1:
        raise ValueError("Give exactly one of id, external_id and instance_id")
    return expand_identifiers(*given[0])[0][0]


def _ident_of(dps: Datapoints | DatapointsArray) -> dict[str, Any]:
    if dps.id is not None:
        return {"id": dps.id}
    if dps.external_id is not None:
        return {"externalId": dps.external_id}
    if dps.instance_id is not None:
        return expand_identifiers("instanceId", dps.instance_id)[0][0]
    raise ValueError("The Datapoints object has no id / external_id; pass id= or external_id=")


def _replace_range(q: SeriesQuery, start: int, limit: int) -> SeriesQuery:
    from dataclasses import replace

    return replace(q, start=start, limit=limit)


def _parse_complete(complete: str | None, aggregates: Any, granularity: Any) -> tuple[bool, bool]:
    if complete is None:
        return False, False
    opts = {c.strip() for c in str(complete).split(",") if c.strip()}
    if not opts <= {"fill", "dropna"} or "fill" not in opts:
        raise ValueError(f"complete must be 'fill' or 'fill,dropna', got {complete!r}")
    if not aggregates or not granularity:
        raise ValueError("complete needs aggregates and granularity")
    aggs = {to_snake(a) for a in ([aggregates] if isinstance(aggregates, str) else aggregates)}
    if "dropna" in opts and not aggs <= _FILLABLE:
        raise ValueError(f"complete='fill,dropna' supports only the aggregates {sorted(_FILLABLE)}, got {sorted(aggs)}")
    return True, "dropna" in opts


def _uniform(df: pd.DataFrame, granularity: str) -> pd.DataFrame:
    """One row per bucket from the first to the last bucket any series has (missing buckets become NaN rows)."""
    import pandas as pd

    step = granularity_ms(granularity)
    assert step is not None
    if not len(df):
        return df
    return df.reindex(pd.date_range(df.index[0], df.index[-1], freq=pd.Timedelta(milliseconds=step)))


def _fill(df: pd.DataFrame, items: list[DatapointsArray], include_aggregate_name: bool) -> pd.DataFrame:
    """Complete missing buckets: interpolate interpolation, forward-fill step_interpolation, zero for counts/sums."""
    df = df.copy()
    for col in df.columns:
        agg = str(col).rsplit("|", 1)[-1] if include_aggregate_name else _single_agg(items)
        if agg == "interpolation":
            df[col] = df[col].interpolate(method="time", limit_area="inside")
        elif agg == "step_interpolation":
            df[col] = df[col].ffill()
        elif agg in _ZERO_FILL or agg.startswith("duration_"):
            df[col] = df[col].fillna(0)
    return df


def _single_agg(items: list[DatapointsArray]) -> str:
    names = {a for it in items for a in it._aggregate_names()}
    return next(iter(names)) if len(names) == 1 else ""


def _progress_bar(enabled: bool, unit: str, total: int | None = None) -> Any:
    if not enabled:
        return None
    try:
        from tqdm.auto import tqdm
    except ImportError as e:  # pragma: no cover - optional extra
        raise ImportError("progress=True needs tqdm: pip install 'cognite-sdk-fast[progress]'") from e
    return tqdm(unit=" " + unit, unit_scale=True, total=total)
