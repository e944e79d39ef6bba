"""Time series metadata (datapoints live in ``client.time_series.data``)."""

from __future__ import annotations

from datetime import datetime
from enum import auto
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    TimeSeriesFields,
    TimeSeriesFilterFields,
    TimeSeriesUpdateFields,
    TimeSeriesWriteFields,
)
from cognite.client.data_classes._navigation import client_of, run_sync
from cognite.client.data_classes._properties import CogniteSort, MetadataProperty

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from cognite.client.data_classes.assets import Asset
    from cognite.client.data_classes.datapoints import Datapoint, Datapoints, LatestDatapoint

__all__ = [
    "TimeSeries",
    "TimeSeriesFilter",
    "TimeSeriesList",
    "TimeSeriesUpdate",
    "TimeSeriesWrite",
    "TimeSeriesWriteList",
]


class TimeSeriesWrite(TimeSeriesWriteFields):
    """The writable part of a time series.

    Example:
        >>> from cognite.client.data_classes import TimeSeriesWrite
        >>> TimeSeriesWrite(external_id="t", is_string=False).dump()
        {'externalId': 't', 'isString': False}
    """


class TimeSeries(TimeSeriesFields):
    """A time series (fields from the spec's time series response schema).

    Example:
        >>> from cognite.client.data_classes import TimeSeries
        >>> TimeSeries(name="my ts", unit="kPa").dump()
        {'name': 'my ts', 'unit': 'kPa'}
    """

    async def asset_async(self) -> Asset | None:
        if self.asset_id is None:
            return None
        asset: Asset | None = await client_of(self).assets.retrieve(id=self.asset_id)
        return asset

    def asset(self) -> Asset | None:
        """The asset this time series is linked to (None when unlinked)."""
        return run_sync(client_of(self), self.asset_async())

    def plot(
        self, start: Any = "1d-ago", end: Any = "now", aggregates: Any = None, granularity: Any = None, **kwargs: Any
    ) -> Axes:
        """Plot datapoints (needs matplotlib and the datapoints API)."""
        client = client_of(self)
        ident = {"id": self.id} if self.id is not None else {"external_id": self.external_id}
        dps = run_sync(
            client,
            client.time_series.data.retrieve(
                start=start, end=end, aggregates=aggregates, granularity=granularity, **ident
            ),
        )
        axes: Axes = dps.plot(**kwargs)
        return axes

    def _ident(self) -> dict[str, Any]:
        if self.id is not None:
            return {"id": self.id}
        if self.external_id is not None:
            return {"external_id": self.external_id}
        if self.instance_id is not None:
            return {"instance_id": self.instance_id}
        raise ValueError("This time series has no id, external_id or instance_id")

    async def latest_async(self, before: int | str | datetime | None = None) -> LatestDatapoint | None:
        """The latest datapoint of this time series (before `before`, default now)."""
        latest: LatestDatapoint | None = await client_of(self).time_series.data.retrieve_latest(
            **self._ident(), before=before
        )
        return latest

    def latest(self, before: int | str | datetime | None = None) -> LatestDatapoint | None:
        """The latest datapoint of this time series (before `before`, default now).

        Example:
            >>> dp = client.time_series.retrieve(id=1).latest()  # doctest: +SKIP
        """
        return run_sync(client_of(self), self.latest_async(before))

    async def first_async(self) -> Datapoint | None:
        """The first datapoint of this time series (None if it has none)."""
        dps: Datapoints | None = await client_of(self).time_series.data.retrieve(**self._ident(), limit=1)
        return dps[0] if dps is not None and len(dps) else None

    def first(self) -> Datapoint | None:
        """The first datapoint of this time series (None if it has none).

        Example:
            >>> dp = client.time_series.retrieve(id=1).first()  # doctest: +SKIP
        """
        return run_sync(client_of(self), self.first_async())

    async def count_async(self) -> int:
        """The number of datapoints of this time series (sum of the daily `count` aggregate; numeric series only)."""
        if self.is_string:
            raise RuntimeError("String time series do not support count aggregates")
        dps: Datapoints | None = await client_of(self).time_series.data.retrieve(
            **self._ident(), aggregates="count", granularity="1000d"
        )
        return int(sum(dps.count or [])) if dps is not None else 0  # type: ignore[attr-defined]

    def count(self) -> int:
        """The number of datapoints of this time series.

        Example:
            >>> n = client.time_series.retrieve(id=1).count()  # doctest: +SKIP
        """
        return run_sync(client_of(self), self.count_async())


class TimeSeriesWriteList(CogniteResourceList[TimeSeriesWrite]):
    _RESOURCE = TimeSeriesWrite


class TimeSeriesList(WriteableCogniteResourceList[TimeSeries, TimeSeriesWriteList]):
    _RESOURCE = TimeSeries


class TimeSeriesUpdate(TimeSeriesUpdateFields):
    """Changes to one time series (from the spec's ``TimeSeriesPatch``)."""


class TimeSeriesFilter(TimeSeriesFilterFields):
    """Exact-match filter on time series."""


# -- properties and sort keys of the list / aggregate calls (the official SDK's names) ----------------------------


class TimeSeriesProperty(MetadataProperty):
    description = auto()
    external_id = auto()
    name = auto()  # type: ignore[assignment]
    unit = auto()
    unit_external_id = auto()
    unit_quantity = auto()
    asset_id = auto()
    asset_root_id = auto()
    created_time = auto()
    data_set_id = auto()
    id = auto()
    last_updated_time = auto()
    is_step = auto()
    is_string = auto()
    access_categories = auto()
    security_categories = auto()
    metadata = auto()


TimeSeriesPropertyLike: TypeAlias = "TimeSeriesProperty | str | list[str]"


class SortableTimeSeriesProperty(MetadataProperty):
    asset_id = auto()
    created_time = auto()
    data_set_id = auto()
    description = auto()
    external_id = auto()
    last_updated_time = auto()
    name = auto()  # type: ignore[assignment]


SortableTimeSeriesPropertyLike: TypeAlias = "SortableTimeSeriesProperty | str | list[str]"


class TimeSeriesSort(CogniteSort):
    """One sort key of ``client.time_series.list(sort=...)``.

    Example:
        >>> from cognite.client.data_classes.time_series import SortableTimeSeriesProperty, TimeSeriesSort
        >>> TimeSeriesSort(SortableTimeSeriesProperty.created_time).dump()
        {'property': ['createdTime'], 'order': 'asc', 'nulls': 'auto'}
    """

    def __init__(
        self,
        property: SortableTimeSeriesPropertyLike,
        order: Literal["asc", "desc"] = "asc",
        nulls: Literal["auto", "first", "last"] = "auto",
    ) -> None:
        super().__init__(property, order, nulls)
