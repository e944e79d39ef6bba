from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.time_series_bool_filter_and import TimeSeriesBoolFilterAnd
    from ..models.time_series_bool_filter_not import TimeSeriesBoolFilterNot
    from ..models.time_series_bool_filter_or import TimeSeriesBoolFilterOr
    from ..models.time_series_contains_all_filter import TimeSeriesContainsAllFilter
    from ..models.time_series_contains_any_filter import TimeSeriesContainsAnyFilter
    from ..models.time_series_equals_filter import TimeSeriesEqualsFilter
    from ..models.time_series_exists_filter import TimeSeriesExistsFilter
    from ..models.time_series_in_filter import TimeSeriesInFilter
    from ..models.time_series_prefix_filter import TimeSeriesPrefixFilter
    from ..models.time_series_range_filter import TimeSeriesRangeFilter


T = TypeVar("T", bound="SubscriptionDTO")


@_attrs_define
class SubscriptionDTO(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        partition_count (int): The number of partitions in this subscriptions
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        name (str | Unset): The display name of this subscription.
        description (str | Unset): Description of this subscription.
        data_set_id (int | Unset): The dataSet Id for the item.
        time_series_count (int | Unset): The number of time series in the subscription.
        filter_ (TimeSeriesBoolFilterAnd | TimeSeriesBoolFilterNot | TimeSeriesBoolFilterOr |
            TimeSeriesContainsAllFilter | TimeSeriesContainsAnyFilter | TimeSeriesEqualsFilter | TimeSeriesExistsFilter |
            TimeSeriesInFilter | TimeSeriesPrefixFilter | TimeSeriesRangeFilter | Unset): A filter DSL (Domain Specific
            Language) to define advanced filter queries.

            At the top level, a `filter` expression is either a single Boolean filter or a
            single leaf filter. Boolean filters contain other Boolean filters and/or leaf filters. The
            total number of filters may be at most 100, and the depth (the greatest number of times
            filters have been nested inside each other) may be at most 10.
             Example: {'or': [{'not': {'and': [{'equals': {'property': ['metadata', 'manufacturer'], 'value': 'acme'}},
            {'in': {'property': ['name'], 'values': ['pump-1-temperature', 'motor-9-temperature']}}, {'range': {'property':
            ['dataSetId'], 'gte': 1, 'lt': 10}}]}}, {'and': [{'equals': {'property': ['assetId'], 'value': 1234}},
            {'equals': {'property': ['description'], 'value': 'Temperature in Celsius'}}]}]}.
    """

    _FIT = {
        "externalId": "s",
        "partitionCount": "i",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "name": "s",
        "description": "s",
        "dataSetId": "i",
        "timeSeriesCount": "i",
        "filter": (
            "u",
            (
                ("m", "TimeSeriesBoolFilterAnd"),
                ("m", "TimeSeriesBoolFilterOr"),
                ("m", "TimeSeriesBoolFilterNot"),
                ("m", "TimeSeriesEqualsFilter"),
                ("m", "TimeSeriesInFilter"),
                ("m", "TimeSeriesRangeFilter"),
                ("m", "TimeSeriesPrefixFilter"),
                ("m", "TimeSeriesExistsFilter"),
                ("m", "TimeSeriesContainsAnyFilter"),
                ("m", "TimeSeriesContainsAllFilter"),
            ),
        ),
    }
    _REQUIRED = ("externalId", "partitionCount", "createdTime", "lastUpdatedTime")

    external_id: str
    partition_count: int
    created_time: int
    last_updated_time: int
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    data_set_id: int | Unset = UNSET
    time_series_count: int | Unset = UNSET
    filter_: (
        TimeSeriesBoolFilterAnd
        | TimeSeriesBoolFilterNot
        | TimeSeriesBoolFilterOr
        | TimeSeriesContainsAllFilter
        | TimeSeriesContainsAnyFilter
        | TimeSeriesEqualsFilter
        | TimeSeriesExistsFilter
        | TimeSeriesInFilter
        | TimeSeriesPrefixFilter
        | TimeSeriesRangeFilter
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        partition_count = self.partition_count

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        name = self.name

        description = self.description

        data_set_id = self.data_set_id

        time_series_count = self.time_series_count

        filter_: dict[str, Any] | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "partitionCount": partition_count,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if time_series_count is not UNSET:
            field_dict["timeSeriesCount"] = time_series_count
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_series_bool_filter_and import TimeSeriesBoolFilterAnd  # noqa: PLC0415
        from ..models.time_series_bool_filter_not import TimeSeriesBoolFilterNot  # noqa: PLC0415
        from ..models.time_series_bool_filter_or import TimeSeriesBoolFilterOr  # noqa: PLC0415
        from ..models.time_series_contains_all_filter import TimeSeriesContainsAllFilter  # noqa: PLC0415
        from ..models.time_series_contains_any_filter import TimeSeriesContainsAnyFilter  # noqa: PLC0415
        from ..models.time_series_equals_filter import TimeSeriesEqualsFilter  # noqa: PLC0415
        from ..models.time_series_exists_filter import TimeSeriesExistsFilter  # noqa: PLC0415
        from ..models.time_series_in_filter import TimeSeriesInFilter  # noqa: PLC0415
        from ..models.time_series_prefix_filter import TimeSeriesPrefixFilter  # noqa: PLC0415
        from ..models.time_series_range_filter import TimeSeriesRangeFilter  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        partition_count = d.pop("partitionCount")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        data_set_id = d.pop("dataSetId", UNSET)

        time_series_count = d.pop("timeSeriesCount", UNSET)

        def _parse_filter_(
            data: object,
        ) -> (
            TimeSeriesBoolFilterAnd
            | TimeSeriesBoolFilterNot
            | TimeSeriesBoolFilterOr
            | TimeSeriesContainsAllFilter
            | TimeSeriesContainsAnyFilter
            | TimeSeriesEqualsFilter
            | TimeSeriesExistsFilter
            | TimeSeriesInFilter
            | TimeSeriesPrefixFilter
            | TimeSeriesRangeFilter
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_best(
                data,
                (
                    TimeSeriesBoolFilterAnd,
                    TimeSeriesBoolFilterOr,
                    TimeSeriesBoolFilterNot,
                    TimeSeriesEqualsFilter,
                    TimeSeriesInFilter,
                    TimeSeriesRangeFilter,
                    TimeSeriesPrefixFilter,
                    TimeSeriesExistsFilter,
                    TimeSeriesContainsAnyFilter,
                    TimeSeriesContainsAllFilter,
                ),
            )

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        subscription_dto = cls(
            external_id=external_id,
            partition_count=partition_count,
            created_time=created_time,
            last_updated_time=last_updated_time,
            name=name,
            description=description,
            data_set_id=data_set_id,
            time_series_count=time_series_count,
            filter_=filter_,
        )

        subscription_dto.additional_properties = d
        return subscription_dto
