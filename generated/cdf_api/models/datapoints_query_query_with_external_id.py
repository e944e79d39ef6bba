from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aggregate import Aggregate
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DatapointsQueryQueryWithExternalId")


@_attrs_define
class DatapointsQueryQueryWithExternalId(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
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
        aggregates (list[Aggregate] | Unset): Specify the aggregates to return. Omit to use top-level value.
        granularity (str | Unset): The granularity size and granularity of the aggregates. Omit to use top-level value.
            Example: 1h.
        target_unit (str | Unset): The [unit](<https://docs.cognite.com/dev/concepts/resource_types/units/>) externalId
            of the data points returned. If the time series does not have a unitExternalId that can be converted to the
            targetUnit, an error will be returned. Cannot be used with targetUnitSystem. Example: temperature:deg_f.
        target_unit_system (str | Unset): The [unit
            system](<https://docs.cognite.com/dev/concepts/resource_types/units/>) of the data points returned. Cannot be
            used with targetUnit. Example: imperial.
        include_outside_points (bool | Unset): Defines whether to include the last data point before the requested time
            period and the first one after. This option can be useful for interpolating data. It's not available for
            aggregates or cursors.
            Note: If there are more than `limit` data points in the time period, we will omit the excess data points and
            then append the first data point after the time period, thus causing a gap with omitted data points. When this
            is the case, we return up to `limit+2` data points.
            When doing manual paging (sequentially requesting smaller intervals instead of requesting a larger interval and
            using cursors to get all the data points) with this field set to true, the `start` of the each subsequent
            request should be one millisecond more than the `timestamp` of the _second-to-last_ data point from the previous
            response. This is because the last data point in most cases will be the extra point from outside the interval.
        include_status (bool | Unset): Show the [status
            code](<https://docs.cognite.com/dev/concepts/reference/status_codes>) for each data point in the response.
            _Good_ (code = 0) status codes are always omitted.
            Only relevant for raw data points queries and 'minDatapoint'/'maxDatapoint' aggregates.
        ignore_bad_data_points (bool | Unset): Treat data points with a _Bad_ status code as if they do not exist.

            If set to false, raw queries will include bad data points in the response, and
            aggregates will in general omit the time period between a bad data point and the next good data point.
            Also, the period between a bad data point and the previous good data point will be considered constant.

            Note that bad data points may contain the string values 'NaN', 'Infinity', or '-Infinity', or be null (omitted).
        treat_uncertain_as_bad (bool | Unset): Treat data points with _Uncertain_ status codes as _Bad_. If false, treat
            data points with _Uncertain_ status codes as _Good_.
            Used for both raw queries and aggregates.
        cursor (str | Unset): To retrieve next page, insert the `nextCursor` from a previous response. Be sure to match
            with the corresponding time series. Not compatible with `includeOutsidePoints`.
        time_zone (str | Unset): Which time zone to align aggregates to. Omit to use top-level value.
             Example: Europe/Oslo or UTC+05:30.
    """

    _FIT = {
        "externalId": "s",
        "start": ("u", ("i", "s")),
        "end": ("u", ("i", "s")),
        "limit": "i",
        "aggregates": ("l", "s"),
        "granularity": "s",
        "targetUnit": "s",
        "targetUnitSystem": "s",
        "includeOutsidePoints": "b",
        "includeStatus": "b",
        "ignoreBadDataPoints": "b",
        "treatUncertainAsBad": "b",
        "cursor": "s",
        "timeZone": "s",
    }
    _REQUIRED = ("externalId",)

    external_id: str
    start: int | str | Unset = UNSET
    end: int | str | Unset = UNSET
    limit: int | Unset = UNSET
    aggregates: list[Aggregate] | Unset = UNSET
    granularity: str | Unset = UNSET
    target_unit: str | Unset = UNSET
    target_unit_system: str | Unset = UNSET
    include_outside_points: bool | Unset = UNSET
    include_status: bool | Unset = UNSET
    ignore_bad_data_points: bool | Unset = UNSET
    treat_uncertain_as_bad: bool | Unset = UNSET
    cursor: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

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

        target_unit = self.target_unit

        target_unit_system = self.target_unit_system

        include_outside_points = self.include_outside_points

        include_status = self.include_status

        ignore_bad_data_points = self.ignore_bad_data_points

        treat_uncertain_as_bad = self.treat_uncertain_as_bad

        cursor = self.cursor

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
            }
        )
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
        if target_unit is not UNSET:
            field_dict["targetUnit"] = target_unit
        if target_unit_system is not UNSET:
            field_dict["targetUnitSystem"] = target_unit_system
        if include_outside_points is not UNSET:
            field_dict["includeOutsidePoints"] = include_outside_points
        if include_status is not UNSET:
            field_dict["includeStatus"] = include_status
        if ignore_bad_data_points is not UNSET:
            field_dict["ignoreBadDataPoints"] = ignore_bad_data_points
        if treat_uncertain_as_bad is not UNSET:
            field_dict["treatUncertainAsBad"] = treat_uncertain_as_bad
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

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

        target_unit = d.pop("targetUnit", UNSET)

        target_unit_system = d.pop("targetUnitSystem", UNSET)

        include_outside_points = d.pop("includeOutsidePoints", UNSET)

        include_status = d.pop("includeStatus", UNSET)

        ignore_bad_data_points = d.pop("ignoreBadDataPoints", UNSET)

        treat_uncertain_as_bad = d.pop("treatUncertainAsBad", UNSET)

        cursor = d.pop("cursor", UNSET)

        time_zone = d.pop("timeZone", UNSET)

        datapoints_query_query_with_external_id = cls(
            external_id=external_id,
            start=start,
            end=end,
            limit=limit,
            aggregates=aggregates,
            granularity=granularity,
            target_unit=target_unit,
            target_unit_system=target_unit_system,
            include_outside_points=include_outside_points,
            include_status=include_status,
            ignore_bad_data_points=ignore_bad_data_points,
            treat_uncertain_as_bad=treat_uncertain_as_bad,
            cursor=cursor,
            time_zone=time_zone,
        )

        datapoints_query_query_with_external_id.additional_properties = d
        return datapoints_query_query_with_external_id
