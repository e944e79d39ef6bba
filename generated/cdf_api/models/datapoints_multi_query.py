from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aggregate import Aggregate
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.datapoints_query_query_with_external_id import DatapointsQueryQueryWithExternalId
    from ..models.datapoints_query_query_with_instance_id import DatapointsQueryQueryWithInstanceId
    from ..models.datapoints_query_query_with_internal_id import DatapointsQueryQueryWithInternalId


T = TypeVar("T", bound="DatapointsMultiQuery")


@_attrs_define
class DatapointsMultiQuery(AdditionalProperties):
    """
    Attributes:
        items (list[DatapointsQueryQueryWithExternalId | DatapointsQueryQueryWithInstanceId |
            DatapointsQueryQueryWithInternalId]):
        ignore_unknown_ids (bool | Unset): Ignore IDs and external IDs that are not found
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
        limit (int | Unset): Returns up to this number of data points. The maximum is 100000 non-aggregated data points
            and 10000 aggregated data points in total across all queries in a single request.
        aggregates (list[Aggregate] | Unset): Specify the aggregates to return. Omit to return data points without
            aggregation.
        granularity (str | Unset): The time granularity size and unit to aggregate over. Valid entries are 'month, day,
            hour, minute, second', or short forms 'mo, d, h, m, s', or a multiple of these indicated by a number as a
            prefix. For 'second' and 'minute', the multiple must be an integer between 1 and 120 inclusive; for 'hour',
            'day', and 'month', the multiple must be an integer between 1 and 100000 inclusive. For example, a granularity
            '5m' means that aggregates are calculated over 5 minutes. This field is required if aggregates are specified.
            Example: 1h.
        include_outside_points (bool | Unset): Defines whether to include the last data point before the requested
            time period and the first one after. This option can be
            useful for interpolating data. It's not available for aggregates or cursors.

            Note: If there are more than `limit` data points in the time period, we will omit
            the excess data points and then append the first data point after the time period,
            thus causing a gap with omitted data points. When this is the case, we return
            up to `limit+2` data points.

            When doing manual paging (sequentially requesting smaller intervals instead of
            requesting a larger interval and using cursors to get all the data points) with this
            field set to true, the `start` of the each subsequent request should be one
            millisecond more than the `timestamp` of the _second-to-last_ data point from the
            previous response. This is because the last data point in most cases will be the
            extra point from outside the interval.
        time_zone (str | Unset): For aggregates of granularity 'hour' and longer, which [time
            zone](<https://docs.cognite.com/dev/concepts/aggregation/calendar>) should we align to.
            Align to the start of the hour, start of the day or start of the month.
            For time zones of type Region/Location, the aggregate duration can vary, typically due to daylight saving time.
            For time zones of type UTC+/-HH:MM, use increments of 15 minutes.

            Note: Time zones with minute offsets (e.g. UTC+05:30 or Asia/Kolkata) may take longer to execute. Historical
            time zones, with offsets not multiples of 15 minutes, are not supported. Example: Europe/Oslo or UTC+05:30.
    """

    _FIT = {
        "items": (
            "l",
            (
                "u",
                (
                    ("m", "DatapointsQueryQueryWithInternalId"),
                    ("m", "DatapointsQueryQueryWithExternalId"),
                    ("m", "DatapointsQueryQueryWithInstanceId"),
                ),
            ),
        ),
        "ignoreUnknownIds": "b",
        "start": ("u", ("i", "s")),
        "end": ("u", ("i", "s")),
        "limit": "i",
        "aggregates": ("l", "s"),
        "granularity": "s",
        "includeOutsidePoints": "b",
        "timeZone": "s",
    }
    _REQUIRED = ("items",)

    items: list[
        DatapointsQueryQueryWithExternalId | DatapointsQueryQueryWithInstanceId | DatapointsQueryQueryWithInternalId
    ]
    ignore_unknown_ids: bool | Unset = UNSET
    start: int | str | Unset = UNSET
    end: int | str | Unset = UNSET
    limit: int | Unset = UNSET
    aggregates: list[Aggregate] | Unset = UNSET
    granularity: str | Unset = UNSET
    include_outside_points: bool | Unset = UNSET
    time_zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            items_item = items_item_data.to_dict()

            items.append(items_item)

        ignore_unknown_ids = self.ignore_unknown_ids

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

        aggregates: list[str] | Unset = UNSET
        if not isinstance(self.aggregates, Unset):
            aggregates = []
            for aggregates_item_data in self.aggregates:
                aggregates_item = aggregates_item_data.value
                aggregates.append(aggregates_item)

        granularity = self.granularity

        include_outside_points = self.include_outside_points

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if ignore_unknown_ids is not UNSET:
            field_dict["ignoreUnknownIds"] = ignore_unknown_ids
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if limit is not UNSET:
            field_dict["limit"] = limit
        if aggregates is not UNSET:
            field_dict["aggregates"] = aggregates
        if granularity is not UNSET:
            field_dict["granularity"] = granularity
        if include_outside_points is not UNSET:
            field_dict["includeOutsidePoints"] = include_outside_points
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.datapoints_query_query_with_external_id import DatapointsQueryQueryWithExternalId  # noqa: PLC0415
        from ..models.datapoints_query_query_with_instance_id import DatapointsQueryQueryWithInstanceId  # noqa: PLC0415
        from ..models.datapoints_query_query_with_internal_id import DatapointsQueryQueryWithInternalId  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> (
                DatapointsQueryQueryWithExternalId
                | DatapointsQueryQueryWithInstanceId
                | DatapointsQueryQueryWithInternalId
            ):
                return parse_best(
                    data,
                    (
                        DatapointsQueryQueryWithInternalId,
                        DatapointsQueryQueryWithExternalId,
                        DatapointsQueryQueryWithInstanceId,
                    ),
                )

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        ignore_unknown_ids = d.pop("ignoreUnknownIds", UNSET)

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

        _aggregates = d.pop("aggregates", UNSET)
        aggregates: list[Aggregate] | Unset = UNSET
        if _aggregates is not UNSET:
            aggregates = []
            for aggregates_item_data in _aggregates:
                aggregates_item = Aggregate(aggregates_item_data)

                aggregates.append(aggregates_item)

        granularity = d.pop("granularity", UNSET)

        include_outside_points = d.pop("includeOutsidePoints", UNSET)

        time_zone = d.pop("timeZone", UNSET)

        datapoints_multi_query = cls(
            items=items,
            ignore_unknown_ids=ignore_unknown_ids,
            start=start,
            end=end,
            limit=limit,
            aggregates=aggregates,
            granularity=granularity,
            include_outside_points=include_outside_points,
            time_zone=time_zone,
        )

        datapoints_multi_query.additional_properties = d
        return datapoints_multi_query
