from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.aggregates_definition_ila import AggregatesDefinitionIla
    from ..models.bool_filter_ila_and import BoolFilterIlaAnd
    from ..models.bool_filter_ila_not import BoolFilterIlaNot
    from ..models.bool_filter_ila_or import BoolFilterIlaOr
    from ..models.contains_all_filter_ila import ContainsAllFilterIla
    from ..models.contains_any_filter_ila import ContainsAnyFilterIla
    from ..models.equals_filter_ila import EqualsFilterIla
    from ..models.exists_filter_ila import ExistsFilterIla
    from ..models.has_data_filter_ila import HasDataFilterIla
    from ..models.in_filter_ila import InFilterIla
    from ..models.last_updated_time_filter import LastUpdatedTimeFilter
    from ..models.match_all_filter import MatchAllFilter
    from ..models.prefix_filter_ila import PrefixFilterIla
    from ..models.range_filter_ila import RangeFilterIla


T = TypeVar("T", bound="AggregateRecordsRequest")


@_attrs_define
class AggregateRecordsRequest(AdditionalProperties):
    """Defines an aggregation request. This will let you aggregate supported data types. The request
    supports filters, and allows optional search matching.

        Attributes:
            aggregates (AggregatesDefinitionIla):  Example: {'my_avg_aggregate1': {'avg': {'property': ['mySpace',
                'myContainer', 'manufacturer']}}, 'my_terms_aggregate2': {'uniqueValues': {'property': ['mySpace',
                'myContainer', 'manufacturer'], 'aggregates': {'my_sub_aggregate1': {'min': {'property': ['mySpace',
                'myContainer', 'price']}}, 'my_sub_aggregate2': {'max': {'property': ['mySpace', 'myContainer', 'price']}},
                'my_sub_aggregate3': {'uniqueValues': {'property': ['mySpace', 'myContainer', 'region']}}}}}}.
            last_updated_time (LastUpdatedTimeFilter | Unset): Matches records with the last updated time within the
                provided range.
                This attribute is mandatory for immutable streams but it's optional for **mutable** streams.
                The maximum time interval that can be defined by the attribute
                is limited by the stream settings. If more data needs to be queried than allowed by the stream
                settings, it should be done with multiple requests. For example, if stream allows querying
                up to 1 month of data, but a quarterly report is needed, the solution is to make 3 requests, one for
                each month, and then aggregate the responses.

                The range must include at least a left (`gt` or `gte`) bound.
                It is not allowed to specify two upper or lower bounds, e.g. `gte` and `gt`, in the same filter.

                  `gte`: Greater than or equal to.
                  `gt`: Greater than.
                  `lte`: Less than or equal to.
                  `lt`: Less than.

                **Note:** `lastUpdatedTime` is a CDF generated timestamp that marks the moment a record is stored in the API

                The range bounds can be specified in two formats:
                - **String**: An ISO-8601 formatted date-time string (e.g., `2030-05-15T18:00:00.00Z`).
                - **Integer**: The number of milliseconds since the Unix epoch (e.g., `1705341600000`).
                 Example: {'gt': 1705341600000, 'lt': '2030-05-15T18:00:00.00Z'}.
            filter_ (BoolFilterIlaAnd | BoolFilterIlaNot | BoolFilterIlaOr | ContainsAllFilterIla | ContainsAnyFilterIla |
                EqualsFilterIla | ExistsFilterIla | HasDataFilterIla | InFilterIla | MatchAllFilter | PrefixFilterIla |
                RangeFilterIla | Unset): A filter Domain Specific Language (DSL) used to create advanced filter queries.

                **Note:** the max number of nodes in the filter tree is 100 and the max tree depth is 10.
                 Example: {'and': [{'containsAll': {'property': ['mySpace', 'myContainer', 'myProperty'], 'values': [10011,
                10012]}}, {'range': {'property': ['my_space', 'my_container', 'my_weight'], 'gte': 0}}]}.
    """

    _FIT = {
        "aggregates": ("m", "AggregatesDefinitionIla"),
        "lastUpdatedTime": ("m", "LastUpdatedTimeFilter"),
        "filter": (
            "u",
            (
                ("m", "BoolFilterIlaAnd"),
                ("m", "BoolFilterIlaOr"),
                ("m", "BoolFilterIlaNot"),
                ("m", "MatchAllFilter"),
                ("m", "ExistsFilterIla"),
                ("m", "EqualsFilterIla"),
                ("m", "HasDataFilterIla"),
                ("m", "PrefixFilterIla"),
                ("m", "RangeFilterIla"),
                ("m", "InFilterIla"),
                ("m", "ContainsAllFilterIla"),
                ("m", "ContainsAnyFilterIla"),
            ),
        ),
    }
    _REQUIRED = ("aggregates",)

    aggregates: AggregatesDefinitionIla
    last_updated_time: LastUpdatedTimeFilter | Unset = UNSET
    filter_: (
        BoolFilterIlaAnd
        | BoolFilterIlaNot
        | BoolFilterIlaOr
        | ContainsAllFilterIla
        | ContainsAnyFilterIla
        | EqualsFilterIla
        | ExistsFilterIla
        | HasDataFilterIla
        | InFilterIla
        | MatchAllFilter
        | PrefixFilterIla
        | RangeFilterIla
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggregates = self.aggregates.to_dict()

        last_updated_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_updated_time, Unset):
            last_updated_time = self.last_updated_time.to_dict()

        filter_: dict[str, Any] | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aggregates": aggregates,
            }
        )
        if last_updated_time is not UNSET:
            field_dict["lastUpdatedTime"] = last_updated_time
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregates_definition_ila import AggregatesDefinitionIla  # noqa: PLC0415
        from ..models.bool_filter_ila_and import BoolFilterIlaAnd  # noqa: PLC0415
        from ..models.bool_filter_ila_not import BoolFilterIlaNot  # noqa: PLC0415
        from ..models.bool_filter_ila_or import BoolFilterIlaOr  # noqa: PLC0415
        from ..models.contains_all_filter_ila import ContainsAllFilterIla  # noqa: PLC0415
        from ..models.contains_any_filter_ila import ContainsAnyFilterIla  # noqa: PLC0415
        from ..models.equals_filter_ila import EqualsFilterIla  # noqa: PLC0415
        from ..models.exists_filter_ila import ExistsFilterIla  # noqa: PLC0415
        from ..models.has_data_filter_ila import HasDataFilterIla  # noqa: PLC0415
        from ..models.in_filter_ila import InFilterIla  # noqa: PLC0415
        from ..models.last_updated_time_filter import LastUpdatedTimeFilter  # noqa: PLC0415
        from ..models.match_all_filter import MatchAllFilter  # noqa: PLC0415
        from ..models.prefix_filter_ila import PrefixFilterIla  # noqa: PLC0415
        from ..models.range_filter_ila import RangeFilterIla  # noqa: PLC0415

        d = dict(src_dict)
        aggregates = AggregatesDefinitionIla.from_dict(d.pop("aggregates"))

        _last_updated_time = d.pop("lastUpdatedTime", UNSET)
        last_updated_time: LastUpdatedTimeFilter | Unset
        if isinstance(_last_updated_time, Unset):
            last_updated_time = UNSET
        else:
            last_updated_time = LastUpdatedTimeFilter.from_dict(_last_updated_time)

        def _parse_filter_(
            data: object,
        ) -> (
            BoolFilterIlaAnd
            | BoolFilterIlaNot
            | BoolFilterIlaOr
            | ContainsAllFilterIla
            | ContainsAnyFilterIla
            | EqualsFilterIla
            | ExistsFilterIla
            | HasDataFilterIla
            | InFilterIla
            | MatchAllFilter
            | PrefixFilterIla
            | RangeFilterIla
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_best(
                data,
                (
                    BoolFilterIlaAnd,
                    BoolFilterIlaOr,
                    BoolFilterIlaNot,
                    MatchAllFilter,
                    ExistsFilterIla,
                    EqualsFilterIla,
                    HasDataFilterIla,
                    PrefixFilterIla,
                    RangeFilterIla,
                    InFilterIla,
                    ContainsAllFilterIla,
                    ContainsAnyFilterIla,
                ),
            )

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        aggregate_records_request = cls(
            aggregates=aggregates,
            last_updated_time=last_updated_time,
            filter_=filter_,
        )

        aggregate_records_request.additional_properties = d
        return aggregate_records_request
