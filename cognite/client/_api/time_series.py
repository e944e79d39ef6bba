"""Time series API (metadata): CRUD, list, search, aggregates. Datapoints are ``client.time_series.data``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._api._mixins import AggregateMixin, CreateMixin, CrudMixin
from cognite.client.data_classes.time_series import TimeSeries, TimeSeriesFilter, TimeSeriesList, TimeSeriesUpdate


class TimeSeriesAPI(CreateMixin, CrudMixin, AggregateMixin, ResourceAPI):
    """``client.time_series``"""

    _RESOURCE_PATH = "/timeseries"
    _resource_cls = TimeSeries
    _list_cls = TimeSeriesList
    _update_cls = TimeSeriesUpdate
    _filter_cls = TimeSeriesFilter

    async def list(
        self,
        name: str | None = None,
        unit: str | None = None,
        unit_external_id: str | None = None,
        is_string: bool | None = None,
        is_step: bool | None = None,
        asset_ids: Sequence[int] | None = None,
        asset_external_ids: Sequence[str] | None = None,
        asset_subtree_ids: int | Sequence[int] | None = None,
        asset_subtree_external_ids: str | Sequence[str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | Sequence[str] | None = None,
        metadata: dict[str, str] | None = None,
        external_id_prefix: str | None = None,
        created_time: Any = None,
        last_updated_time: Any = None,
        partitions: int | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        include_metadata: bool = True,
    ) -> TimeSeriesList:
        """List time series matching the filters.

        Example:
            >>> ts = client.time_series.list(unit="kPa", limit=None, partitions=4)  # doctest: +SKIP
        """
        flt = self._list_filter(locals(), "include_metadata")
        res = await self._list_filtered(flt, limit, partitions)
        if not include_metadata:
            for ts in res:
                ts.metadata = None
        return res

    async def search(
        self,
        name: str | None = None,
        description: str | None = None,
        query: str | None = None,
        filter: Any = None,
        limit: int = 100,
    ) -> TimeSeriesList:
        """Fuzzy search on name / description / query, with an exact-match filter.

        Example:
            >>> res = client.time_series.search(name="some name")  # doctest: +SKIP
        """
        return await self._search({"name": name, "description": description, "query": query}, filter, limit)
