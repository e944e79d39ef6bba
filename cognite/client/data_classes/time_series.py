"""Time series metadata (datapoints live in ``client.time_series.data``)."""

from __future__ import annotations

from enum import auto
from typing import Any, Literal, TypeAlias

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    TimeSeriesFields,
    TimeSeriesFilterFields,
    TimeSeriesUpdateFields,
    TimeSeriesWriteFields,
)
from cognite.client.data_classes._navigation import client_of, run_sync
from cognite.client.data_classes._properties import CogniteSort, EnumProperty

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


# -- properties and sort keys of the list / aggregate calls (the official SDK's names) ----------------------------


class TimeSeriesProperty(EnumProperty):
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

    @staticmethod
    def metadata_key(key: str) -> list[str]:
        return ["metadata", key]


TimeSeriesPropertyLike: TypeAlias = "TimeSeriesProperty | str | list[str]"


class SortableTimeSeriesProperty(EnumProperty):
    asset_id = auto()
    created_time = auto()
    data_set_id = auto()
    description = auto()
    external_id = auto()
    last_updated_time = auto()
    name = auto()  # type: ignore[assignment]

    @staticmethod
    def metadata_key(key: str) -> list[str]:
        return ["metadata", key]


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
