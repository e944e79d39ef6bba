"""Small value objects shared by several resources (time ranges, geo locations, aggregate counts)."""

from __future__ import annotations

from typing import Any

from cognite.client.data_classes._generated import (
    GeoLocationFields,
    GeoLocationFilterFields,
    GeometryFields,
    GeometryFilterFields,
    TimestampRangeFields,
)


class TimestampRange(TimestampRangeFields):
    """Range between two timestamps in ms since epoch (inclusive).

    Example:
        >>> from cognite.client.data_classes import TimestampRange
        >>> TimestampRange(min=0, max=10).dump()
        {'max': 10, 'min': 0}
    """


class AggregateResult(dict):  # type: ignore[type-arg]
    """One aggregate group, e.g. ``{"count": 10}``; a dict with attribute access."""

    def __getattr__(self, item: str) -> Any:
        try:
            return self[item]
        except KeyError:
            raise AttributeError(item) from None

    @property
    def count(self) -> Any:  # type: ignore[override]
        return self.get("count")


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
