"""Time series metadata (datapoints live in ``client.time_series.data``)."""

from __future__ import annotations

from typing import Any

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    TimeSeriesFields,
    TimeSeriesFilterFields,
    TimeSeriesUpdateFields,
    TimeSeriesWriteFields,
)
from cognite.client.data_classes._navigation import client_of, run_sync

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

    async def asset_async(self) -> Any:
        if self.asset_id is None:
            return None
        return await client_of(self).assets.retrieve(id=self.asset_id)

    def asset(self) -> Any:
        """The asset this time series is linked to (None when unlinked)."""
        return run_sync(client_of(self), self.asset_async())

    def plot(
        self, start: Any = "1d-ago", end: Any = "now", aggregates: Any = None, granularity: Any = None, **kwargs: Any
    ) -> Any:
        """Plot datapoints (needs matplotlib and the datapoints API)."""
        client = client_of(self)
        ident = {"id": self.id} if self.id is not None else {"external_id": self.external_id}
        dps = run_sync(
            client,
            client.time_series.data.retrieve(
                start=start, end=end, aggregates=aggregates, granularity=granularity, **ident
            ),
        )
        return dps.plot(**kwargs)


class TimeSeriesWriteList(CogniteResourceList[TimeSeriesWrite]):
    _RESOURCE = TimeSeriesWrite


class TimeSeriesList(WriteableCogniteResourceList[TimeSeries, TimeSeriesWriteList]):
    _RESOURCE = TimeSeries


class TimeSeriesUpdate(TimeSeriesUpdateFields):
    """Changes to one time series (from the spec's ``TimeSeriesPatch``)."""


class TimeSeriesFilter(TimeSeriesFilterFields):
    """Exact-match filter on time series."""
