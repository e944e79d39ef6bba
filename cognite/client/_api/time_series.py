"""Time series API (metadata): CRUD, list, search, aggregates. Datapoints are ``client.time_series.data``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI, check_id_lists
from cognite.client._api._mixins import AggregateMixin, CrudMixin
from cognite.client._api_registry import Accessor
from cognite.client._mechanisms.identifiers import identifier_items
from cognite.client.data_classes.time_series import (
    TimeSeries,
    TimeSeriesFilter,
    TimeSeriesList,
    TimeSeriesUpdate,
    TimeSeriesWrite,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api.datapoints import DatapointsAPI
    from cognite.client._api.datapoints_subscriptions import DatapointsSubscriptionAPI
    from cognite.client._api.synthetic_time_series import SyntheticDatapointsAPI
    from cognite.client._api_client import CallOptions
    from cognite.client.data_classes.filters import Filter
    from cognite.client.data_classes.shared import TimestampRange
    from cognite.client.data_classes.time_series import (
        SortableTimeSeriesProperty,
        TimeSeriesProperty,
        TimeSeriesSort,
    )
    from cognite.client.utils.useful_types import NodeIdLike, SequenceNotStr

SortSpec: TypeAlias = "TimeSeriesSort | str | SortableTimeSeriesProperty | tuple[str, Literal['asc', 'desc']] | tuple[str, Literal['asc', 'desc'], Literal['auto', 'first', 'last']]"


class TimeSeriesAPI(
    CrudMixin[TimeSeries, TimeSeriesWrite, TimeSeriesList, TimeSeriesUpdate],
    AggregateMixin,
    ResourceAPI[TimeSeries, TimeSeriesList],
):
    """``client.time_series``"""

    data: Accessor[DatapointsAPI] = Accessor()
    synthetic: Accessor[SyntheticDatapointsAPI] = Accessor()
    subscriptions: Accessor[DatapointsSubscriptionAPI] = Accessor()

    _RESOURCE_PATH = "/timeseries"
    _resource_cls = TimeSeries
    _list_cls = TimeSeriesList
    _update_cls = TimeSeriesUpdate
    _filter_cls = TimeSeriesFilter

    @overload
    def __call__(
        self,
        chunk_size: None = None,
        name: str | None = None,
        unit: str | None = None,
        unit_external_id: str | None = None,
        unit_quantity: str | None = None,
        is_string: bool | None = None,
        is_step: bool | None = None,
        asset_ids: Sequence[int] | None = None,
        asset_external_ids: SequenceNotStr[str] | None = None,
        asset_subtree_ids: int | Sequence[int] | None = None,
        asset_subtree_external_ids: str | SequenceNotStr[str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        metadata: dict[str, Any] | None = None,
        external_id_prefix: str | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        limit: int | None = None,
        advanced_filter: Filter | dict[str, Any] | None = None,
        sort: SortSpec | list[SortSpec] | None = None,
        partitions: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[TimeSeries]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        name: str | None = None,
        unit: str | None = None,
        unit_external_id: str | None = None,
        unit_quantity: str | None = None,
        is_string: bool | None = None,
        is_step: bool | None = None,
        asset_ids: Sequence[int] | None = None,
        asset_external_ids: SequenceNotStr[str] | None = None,
        asset_subtree_ids: int | Sequence[int] | None = None,
        asset_subtree_external_ids: str | SequenceNotStr[str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        metadata: dict[str, Any] | None = None,
        external_id_prefix: str | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        limit: int | None = None,
        advanced_filter: Filter | dict[str, Any] | None = None,
        sort: SortSpec | list[SortSpec] | None = None,
        partitions: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[TimeSeriesList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        name: str | None = None,
        unit: str | None = None,
        unit_external_id: str | None = None,
        unit_quantity: str | None = None,
        is_string: bool | None = None,
        is_step: bool | None = None,
        asset_ids: Sequence[int] | None = None,
        asset_external_ids: SequenceNotStr[str] | None = None,
        asset_subtree_ids: int | Sequence[int] | None = None,
        asset_subtree_external_ids: str | SequenceNotStr[str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        metadata: dict[str, Any] | None = None,
        external_id_prefix: str | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        limit: int | None = None,
        advanced_filter: Filter | dict[str, Any] | None = None,
        sort: SortSpec | list[SortSpec] | None = None,
        partitions: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[TimeSeries] | AsyncIterator[TimeSeriesList]:
        """Iterate over time series (or lists of ``chunk_size``), filtered like ``list`` (``partitions``: fetched
        in parallel, an addition to the official parameters).

        Example:
            >>> for ts in client.time_series(unit="kPa"):  # doctest: +SKIP
            ...     ts
        """
        return self._iterate(chunk_size, self._list_filter(locals()), limit, partitions, advanced_filter, sort)

    @overload
    async def create(self, time_series: TimeSeries | TimeSeriesWrite, **options: Unpack[CallOptions]) -> TimeSeries: ...
    @overload
    async def create(
        self, time_series: Sequence[TimeSeries] | Sequence[TimeSeriesWrite], **options: Unpack[CallOptions]
    ) -> TimeSeriesList: ...
    async def create(
        self,
        time_series: TimeSeries | TimeSeriesWrite | Sequence[TimeSeries] | Sequence[TimeSeriesWrite],
        **options: Unpack[CallOptions],
    ) -> TimeSeries | TimeSeriesList:
        """Create one time series or several (split into requests of 1000).

        Example:
            >>> from cognite.client.data_classes import TimeSeriesWrite
            >>> res = client.time_series.create(TimeSeriesWrite(external_id="ts1", name="pressure"))  # doctest: +SKIP
        """
        return await self._create(time_series)

    async def retrieve(
        self,
        id: int | None = None,
        external_id: str | None = None,
        instance_id: NodeIdLike | None = None,
        **options: Unpack[CallOptions],
    ) -> TimeSeries | None:
        """One time series by id, external id or instance id (a node of the data model); None if missing.

        Example:
            >>> ts = client.time_series.retrieve(external_id="ts1")  # doctest: +SKIP
        """
        if instance_id is None:
            return await self._retrieve_one(id=id, external_id=external_id)
        if id is not None or external_id is not None:
            raise ValueError("Give exactly one of id, external_id and instance_id")
        return await self._retrieve(identifier_items(instance_ids=instance_id)[0], load=self._load)

    async def retrieve_multiple(  # type: ignore[override]  # official: instance_ids before ignore_unknown_ids
        self,
        ids: Sequence[int] | None = None,
        external_ids: SequenceNotStr[str] | None = None,
        instance_ids: Sequence[NodeIdLike] | None = None,
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> TimeSeriesList:
        """Several time series by ids, external ids and/or instance ids.

        Example:
            >>> res = client.time_series.retrieve_multiple(ids=[1, 2], external_ids=["ts1"])  # doctest: +SKIP
        """
        check_id_lists(ids, external_ids)
        return await self._retrieve_ids(ids, external_ids, ignore_unknown_ids, instance_ids=instance_ids)

    async def list(
        self,
        name: str | None = None,
        unit: str | None = None,
        unit_external_id: str | None = None,
        unit_quantity: str | None = None,
        is_string: bool | None = None,
        is_step: bool | None = None,
        asset_ids: Sequence[int] | None = None,
        asset_external_ids: SequenceNotStr[str] | None = None,
        asset_subtree_ids: int | Sequence[int] | None = None,
        asset_subtree_external_ids: str | SequenceNotStr[str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        metadata: dict[str, Any] | None = None,
        external_id_prefix: str | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        partitions: int | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        advanced_filter: Filter | dict[str, Any] | None = None,
        sort: SortSpec | list[SortSpec] | TimeSeriesProperty | None = None,
        include_metadata: bool = True,
        **options: Unpack[CallOptions],
    ) -> TimeSeriesList:
        """List time series matching the filters (``include_metadata=False`` drops metadata: the older form, kept).

        Example:
            >>> ts = client.time_series.list(unit="kPa", limit=None, partitions=4)  # doctest: +SKIP
        """
        flt = self._list_filter(locals(), "include_metadata")
        res = await self._list_filtered(flt, limit, partitions, advanced_filter=advanced_filter, sort=sort)
        if not include_metadata:
            for ts in res:
                ts.metadata = None
        return res

    async def aggregate_count(  # type: ignore[override]  # time series count takes no property (official)
        self,
        advanced_filter: Filter | dict[str, Any] | None = None,
        filter: TimeSeriesFilter | dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> int:
        """Number of time series matching the filters.

        Example:
            >>> n = client.time_series.aggregate_count(filter={"unit": "kPa"})  # doctest: +SKIP
        """
        return await self._count(None, advanced_filter, filter)

    async def search(
        self,
        name: str | None = None,
        description: str | None = None,
        query: str | None = None,
        filter: TimeSeriesFilter | dict[str, Any] | None = None,
        limit: int = 25,
        **options: Unpack[CallOptions],
    ) -> TimeSeriesList:
        """Fuzzy search on name / description / query, with an exact-match filter.

        Example:
            >>> res = client.time_series.search(name="some name")  # doctest: +SKIP
        """
        return await self._search({"name": name, "description": description, "query": query}, filter, limit)
