from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SyntheticQuery")


@_attrs_define
class SyntheticQuery(AdditionalProperties):
    """Synthetic query description

    Attributes:
        expression (str): query definition. For limits, see the [guide to synthetic time
            series](https://docs.cognite.com/dev/concepts/resource_types/synthetic_timeseries#limits). Example: (5 +
            TS{externalId='hello'}) / TS{id=123, aggregate='average', granularity='1h'} * TS{space='dm space',
            externalId='dm id'}.
        start (int | str | Unset): Get datapoints starting from, and including, this time. The format is N[timeunit]-ago
            where
            timeunit is w,d,h,m,s. Example: '2d-ago' gets datapoints that are up to 2 days
            old. You can also specify time in milliseconds since epoch. Note that for aggregates, the start time is rounded
            down to a whole granularity unit (in UTC timezone). Daily granularities (d)
            are rounded to 0:00 AM; hourly granularities (h) to the start of the hour, etc.
        end (int | str | Unset): Get datapoints up to, but excluding, this point in time. Same format as for start. Note
            that when using aggregates, the end will be rounded up such that the last aggregate represents a full
            aggregation interval containing the original end, where the interval is the granularity unit times the
            granularity multiplier. For granularity 2d, the aggregation interval is 2 days, if end was originally 3 days
            after the start, it will be rounded to 4 days after the start.
        limit (int | Unset): Return up to this number of datapoints Example: 100.
        time_zone (str | Unset): For aggregates of granularity 'hour' and longer, which [time
            zone](<https://docs.cognite.com/dev/concepts/aggregation/calendar>) should we align to. Align to the start of
            the hour, start of the day or start of the month. For time zones of type Region/Location, the aggregate duration
            can vary, typically due to daylight saving time. For time zones of type UTC+/-HH:MM, use increments of 15
            minutes.
             Example: Europe/Oslo or UTC+05:30.
    """

    _FIT = {"expression": "s", "start": ("u", ("i", "s")), "end": ("u", ("i", "s")), "limit": "i", "timeZone": "s"}
    _REQUIRED = ("expression",)

    expression: str
    start: int | str | Unset = UNSET
    end: int | str | Unset = UNSET
    limit: int | Unset = UNSET
    time_zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expression = self.expression

        start: int | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        else:
            start = self.start

        end: int | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        limit = self.limit

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expression": expression,
            }
        )
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if limit is not UNSET:
            field_dict["limit"] = limit
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expression = d.pop("expression")

        def _parse_start(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        def _parse_end(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        limit = d.pop("limit", UNSET)

        time_zone = d.pop("timeZone", UNSET)

        synthetic_query = cls(
            expression=expression,
            start=start,
            end=end,
            limit=limit,
            time_zone=time_zone,
        )

        synthetic_query.additional_properties = d
        return synthetic_query
