from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.contains_all_filter import ContainsAllFilter
    from ..models.contains_any_filter import ContainsAnyFilter
    from ..models.equals_filter import EqualsFilter
    from ..models.event_bool_filter_and import EventBoolFilterAnd
    from ..models.event_bool_filter_or import EventBoolFilterOr
    from ..models.exists_filter import ExistsFilter
    from ..models.generic_range_filter import GenericRangeFilter
    from ..models.in_filter import InFilter
    from ..models.prefix_filter import PrefixFilter
    from ..models.search_filter import SearchFilter


T = TypeVar("T", bound="EventBoolFilterNot")


@_attrs_define
class EventBoolFilterNot(AdditionalProperties):
    """
    Attributes:
        not_ (ContainsAllFilter | ContainsAnyFilter | EqualsFilter | EventBoolFilterAnd | EventBoolFilterNot |
            EventBoolFilterOr | ExistsFilter | GenericRangeFilter | InFilter | PrefixFilter | SearchFilter): A filter DSL
            (Domain Specific Language) to define advanced filter queries.

            See more information about filtering DSL [here](https://docs.cognite.com/dev/concepts/resource_filtering_dsl/
            "filtering DSL").

            Supported properties:

              | Property                        | Type                                    |
              |---------------------------------|-----------------------------------------|
              | `["assetIds"]`                  | array of [number]                       |
              | `["createdTime"]`               | number                                  |
              | `["dataSetId"]`                 | number                                  |
              | `["endTime"]`                   | number                                  |
              | `["id"]`                        | number                                  |
              | `["lastUpdatedTime"]`           | number                                  |
              | `["startTime"]`                 | number                                  |
              | `["description"]`               | string                                  |
              | `["externalId"]`                | string                                  |
              | `["metadata"]`                  | string                                  |
              | `["metadata", "someCustomKey"]` | string                                  |
              | `["source"]`                    | string                                  |
              | `["subtype"]`                   | string                                  |
              | `["type"]`                      | string                                  |

              Note: Filtering on the `["metadata"]` property has the following logic:
              If a value of any metadata keys in an event matches the filter, the event matches the filter. Example: {'or':
            [{'not': {'and': [{'equals': {'property': ['metadata', 'severity'], 'value': 'medium'}}, {'in': {'property':
            ['source'], 'values': ['inspection protocol', 'incident report']}}, {'range': {'property': ['dataSetId'], 'gte':
            1, 'lt': 10}}]}}, {'and': [{'equals': {'property': ['type'], 'value': 'equipment malfunction'}}, {'equals':
            {'property': ['subtype'], 'value': 'mechanical failure'}}]}, {'search': {'property': ['description'], 'value':
            'outage'}}]}.
    """

    _FIT = {
        "not": (
            "u",
            (
                ("m", "EventBoolFilterAnd"),
                ("m", "EventBoolFilterOr"),
                ("m", "EventBoolFilterNot"),
                ("m", "EqualsFilter"),
                ("m", "InFilter"),
                ("m", "GenericRangeFilter"),
                ("m", "PrefixFilter"),
                ("m", "ExistsFilter"),
                ("m", "ContainsAnyFilter"),
                ("m", "ContainsAllFilter"),
                ("m", "SearchFilter"),
            ),
        )
    }
    _REQUIRED = ("not",)

    not_: (
        ContainsAllFilter
        | ContainsAnyFilter
        | EqualsFilter
        | EventBoolFilterAnd
        | EventBoolFilterNot
        | EventBoolFilterOr
        | ExistsFilter
        | GenericRangeFilter
        | InFilter
        | PrefixFilter
        | SearchFilter
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        not_: dict[str, Any]
        not_ = self.not_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "not": not_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contains_all_filter import ContainsAllFilter  # noqa: PLC0415
        from ..models.contains_any_filter import ContainsAnyFilter  # noqa: PLC0415
        from ..models.equals_filter import EqualsFilter  # noqa: PLC0415
        from ..models.event_bool_filter_and import EventBoolFilterAnd  # noqa: PLC0415
        from ..models.event_bool_filter_or import EventBoolFilterOr  # noqa: PLC0415
        from ..models.exists_filter import ExistsFilter  # noqa: PLC0415
        from ..models.generic_range_filter import GenericRangeFilter  # noqa: PLC0415
        from ..models.in_filter import InFilter  # noqa: PLC0415
        from ..models.prefix_filter import PrefixFilter  # noqa: PLC0415
        from ..models.search_filter import SearchFilter  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_not_(
            data: object,
        ) -> (
            ContainsAllFilter
            | ContainsAnyFilter
            | EqualsFilter
            | EventBoolFilterAnd
            | EventBoolFilterNot
            | EventBoolFilterOr
            | ExistsFilter
            | GenericRangeFilter
            | InFilter
            | PrefixFilter
            | SearchFilter
        ):
            return parse_best(
                data,
                (
                    EventBoolFilterAnd,
                    EventBoolFilterOr,
                    EventBoolFilterNot,
                    EqualsFilter,
                    InFilter,
                    GenericRangeFilter,
                    PrefixFilter,
                    ExistsFilter,
                    ContainsAnyFilter,
                    ContainsAllFilter,
                    SearchFilter,
                ),
            )

        not_ = _parse_not_(d.pop("not"))

        event_bool_filter_not = cls(
            not_=not_,
        )

        event_bool_filter_not.additional_properties = d
        return event_bool_filter_not
