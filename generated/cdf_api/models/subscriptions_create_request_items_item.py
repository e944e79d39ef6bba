from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.cognite_instance_id import CogniteInstanceId
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


T = TypeVar("T", bound="SubscriptionsCreateRequestItemsItem")


@_attrs_define
class SubscriptionsCreateRequestItemsItem(AdditionalProperties):
    """
    Attributes:
        external_id (str): Externally provided ID for the subscription. Must be unique.
        partition_count (int): The maximum effective parallelism of this subscription (the number of clients that can
            read from it concurrently) will be limited to this number, but a higher partition count will cause a higher time
            overhead.
        name (str | Unset): Human readable name of the subscription.
        description (str | Unset): A description of the subscription.
        data_set_id (int | Unset): The dataSet Id for the item.
        time_series_ids (list[str] | Unset): List of (external) ids of time series that this subscription will listen
            to. Not compatible with filter. The list can initially contain up to 100 time series. The subscription can be
            updated later, up to a total of 10,000 time series, by adding time series in batches.
        instance_ids (list[CogniteInstanceId] | Unset): List of instance ids of time series that this subscription will
            listen to. Not compatible with filter. The list can initially contain up to 100 time series. The subscription
            can be updated later, up to a total of 10,000 time series, by adding time series in batches.
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
        "name": "s",
        "description": "s",
        "dataSetId": "i",
        "timeSeriesIds": ("l", "s"),
        "instanceIds": ("l", ("m", "CogniteInstanceId")),
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
    _REQUIRED = ("externalId", "partitionCount")

    external_id: str
    partition_count: int
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    data_set_id: int | Unset = UNSET
    time_series_ids: list[str] | Unset = UNSET
    instance_ids: list[CogniteInstanceId] | Unset = UNSET
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

        name = self.name

        description = self.description

        data_set_id = self.data_set_id

        time_series_ids: list[str] | Unset = UNSET
        if not isinstance(self.time_series_ids, Unset):
            time_series_ids = self.time_series_ids

        instance_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instance_ids, Unset):
            instance_ids = []
            for instance_ids_item_data in self.instance_ids:
                instance_ids_item = instance_ids_item_data.to_dict()
                instance_ids.append(instance_ids_item)

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
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if time_series_ids is not UNSET:
            field_dict["timeSeriesIds"] = time_series_ids
        if instance_ids is not UNSET:
            field_dict["instanceIds"] = instance_ids
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_instance_id import CogniteInstanceId  # noqa: PLC0415
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

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        data_set_id = d.pop("dataSetId", UNSET)

        time_series_ids = cast(list[str], d.pop("timeSeriesIds", UNSET))

        _instance_ids = d.pop("instanceIds", UNSET)
        instance_ids: list[CogniteInstanceId] | Unset = UNSET
        if _instance_ids is not UNSET:
            instance_ids = []
            for instance_ids_item_data in _instance_ids:
                instance_ids_item = CogniteInstanceId.from_dict(instance_ids_item_data)

                instance_ids.append(instance_ids_item)

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

        subscriptions_create_request_items_item = cls(
            external_id=external_id,
            partition_count=partition_count,
            name=name,
            description=description,
            data_set_id=data_set_id,
            time_series_ids=time_series_ids,
            instance_ids=instance_ids,
            filter_=filter_,
        )

        subscriptions_create_request_items_item.additional_properties = d
        return subscriptions_create_request_items_item
