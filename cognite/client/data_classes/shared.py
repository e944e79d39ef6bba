"""Small value objects shared by several resources (time ranges, geo locations, aggregate counts)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from cognite.client.data_classes._generated import (
    GeoLocationFields,
    GeoLocationFilterFields,
    GeometryFields,
    GeometryFilterFields,
    TimestampRangeFields,
)


def _to_ms(value: Any) -> Any:
    """ms since epoch from an int, a float, a datetime or a time-shift string ("1d-ago", "now")."""
    if type(value) is int:
        return value
    from cognite.client.utils._time import timestamp_to_ms

    return timestamp_to_ms(value)


class TimestampRange(TimestampRangeFields):
    """Range between two timestamps in ms since epoch (inclusive).

    Example:
        >>> from datetime import datetime, timezone
        >>> from cognite.client.data_classes import TimestampRange
        >>> TimestampRange(min=0, max=10).dump()
        {'max': 10, 'min': 0}
        >>> TimestampRange(min=datetime(2020, 1, 1, tzinfo=timezone.utc)).dump()
        {'min': 1577836800000}
    """

    _nested = {"min": _to_ms, "max": _to_ms}  # also for wire dicts given to filters: {"min": "2d-ago"}

    def __init__(
        self, max: int | float | str | datetime | None = None, min: int | float | str | datetime | None = None
    ) -> None:
        # as the official SDK: "2d-ago", "now", datetimes and float ms become epoch ms
        super().__init__(None if max is None else _to_ms(max), None if min is None else _to_ms(min))


class AggregateResult(dict):  # type: ignore[type-arg]
    """One aggregate group, e.g. ``{"count": 10}``; a dict with attribute access."""

    def __getattr__(self, item: str) -> Any:
        try:
            return self[item]
        except KeyError:
            raise AttributeError(item) from None

    @property
    def count(self) -> int:  # type: ignore[override]
        return int(self.get("count") or 0)


class GeometryFilter(GeometryFilterFields):
    """A GeoJSON geometry to filter by."""


class GeoLocationFilter(GeoLocationFilterFields):
    """Match geo locations by a spatial relation to a shape."""


class Geometry(GeometryFields):
    """A GeoJSON geometry."""


class GeoLocation(GeoLocationFields):
    """GeoJSON Feature attached to an asset or file.

    Example:
        >>> from cognite.client.data_classes import GeoLocation, Geometry
        >>> GeoLocation(type="Feature", geometry=Geometry(type="Point", coordinates=[1, 2])).dump()["geometry"]
        {'type': 'Point', 'coordinates': [1, 2]}
    """
