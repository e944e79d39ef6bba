"""Small value objects shared by several resources (time ranges, geo locations, aggregate counts)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from cognite.client.data_classes._base import CogniteObject, load_one


def _to_ms(value: Any) -> Any:
    """ms since epoch from an int, a float, a datetime or a time-shift string ("1d-ago", "now")."""
    if type(value) is int:
        return value
    from cognite.client.utils._time import timestamp_to_ms

    return timestamp_to_ms(value)


class TimestampRange(CogniteObject):
    """Range between two timestamps (inclusive): ms since epoch, datetimes or strings such as ``"2d-ago"``.

    Example:
        >>> from datetime import datetime, timezone
        >>> from cognite.client.data_classes import TimestampRange
        >>> TimestampRange(min=0, max=datetime(1970, 1, 1, 0, 0, 1, tzinfo=timezone.utc)).dump()
        {'max': 1000, 'min': 0}
    """

    _read_model = "EpochTimestampRange"
    _positional = ("max", "min")  # the official order
    _nested = {"min": _to_ms, "max": _to_ms}  # also for wire dicts given to filters: {"min": "2d-ago"}

    def __init__(
        self,
        max: int | float | str | datetime | None = None,
        min: int | float | str | datetime | None = None,
        *,
        cognite_client: Any = None,
    ) -> None:
        super().__init__(
            max=None if max is None else _to_ms(max),
            min=None if min is None else _to_ms(min),
            cognite_client=cognite_client,
        )


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


class GeometryFilter(CogniteObject):
    _fields = ("type", "coordinates")
    _positional = ("type", "coordinates")


class GeoLocationFilter(CogniteObject):
    _read_model = "GeoLocationFilter"
    _positional = ("relation", "shape")
    _nested = {"shape": load_one(GeometryFilter)}


class Geometry(CogniteObject):
    _fields = ("type", "coordinates", "geometries")
    _positional = ("type", "coordinates")


class GeoLocation(CogniteObject):
    """GeoJSON Feature attached to an asset or file.

    Example:
        >>> from cognite.client.data_classes import GeoLocation, Geometry
        >>> GeoLocation(type="Feature", geometry=Geometry(type="Point", coordinates=[1, 2])).dump()["geometry"]
        {'type': 'Point', 'coordinates': [1, 2]}
    """

    _fields = ("type", "geometry", "properties")
    _positional = ("type", "geometry", "properties")
    _nested = {"geometry": load_one(Geometry)}
