from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.aggregates_definition import AggregatesDefinition
    from ..models.contains_all_filter_v3 import ContainsAllFilterV3
    from ..models.contains_any_filter_v3 import ContainsAnyFilterV3
    from ..models.data_models_bool_filter_and import DataModelsBoolFilterAnd
    from ..models.data_models_bool_filter_not import DataModelsBoolFilterNot
    from ..models.data_models_bool_filter_or import DataModelsBoolFilterOr
    from ..models.data_models_nested_filter import DataModelsNestedFilter
    from ..models.dms_exists_filter import DMSExistsFilter
    from ..models.equals_filter_v3 import EqualsFilterV3
    from ..models.has_existing_data_filter_v3 import HasExistingDataFilterV3
    from ..models.in_filter_v3 import InFilterV3
    from ..models.instance_reference_filter_v3 import InstanceReferenceFilterV3
    from ..models.match_all_filter import MatchAllFilter
    from ..models.overlaps_filter_v3 import OverlapsFilterV3
    from ..models.prefix_filter_v3 import PrefixFilterV3
    from ..models.range_filter_v3 import RangeFilterV3
    from ..models.target_unit import TargetUnit
    from ..models.view_reference import ViewReference


T = TypeVar("T", bound="AggregationRequestV2")


@_attrs_define
class AggregationRequestV2(AdditionalProperties):
    """
    Attributes:
        aggregates (AggregatesDefinition): A dictionary of requested aggregates with client defined names/identifiers.

            <u>Example:</u>

            ```
            {
              "my_aggr_1": {
                "min": {"property": ["room", "size"]}
              },
              "my_aggr_2": {
                "max": {"property": ["room", "size"]}
              },
            }
            ``` Example: {'my_avg_aggregate1': {'avg': {'property': ['mySpace', 'myContainer', 'manufacturer']}},
            'my_terms_aggregate2': {'uniqueValues': {'property': ['mySpace', 'myContainer', 'manufacturer'], 'aggregates':
            {'my_sub_aggregate1': {'min': {'property': ['mySpace', 'myContainer', 'price']}}, 'my_sub_aggregate2': {'max':
            {'property': ['mySpace', 'myContainer', 'price']}}, 'my_sub_aggregate3': {'uniqueValues': {'property':
            ['mySpace', 'myContainer', 'region']}}}}}}.
        view (ViewReference): Reference to a view
        query (str | Unset): Optional query string. The API will parse the query string, and use it to match the text
            properties on elements to use for the aggregate(s).
        properties (list[str] | Unset): Optional list (array) of properties you want to apply the query above to. If you
            do not list any properties, you search through text fields by default.
        filter_ (ContainsAllFilterV3 | ContainsAnyFilterV3 | DataModelsBoolFilterAnd | DataModelsBoolFilterNot |
            DataModelsBoolFilterOr | DataModelsNestedFilter | DMSExistsFilter | EqualsFilterV3 | HasExistingDataFilterV3 |
            InFilterV3 | InstanceReferenceFilterV3 | MatchAllFilter | OverlapsFilterV3 | PrefixFilterV3 | RangeFilterV3 |
            Unset): A filter Domain Specific Language (DSL) used to create advanced filter queries. Example: {'and': [{'in':
            {'property': ['tag'], 'values': [10011, 10011]}}, {'range': {'property': ['weight'], 'gte': 0}}]}.
        target_units (list[TargetUnit] | Unset): Properties to convert to another unit. The API can only convert to
            another unit, if a unit has been defined as part of the type on the underlying container being queried.
        include_typing (bool | Unset): Should we return property type information as part of the result?
    """

    _FIT = {
        "aggregates": ("m", "AggregatesDefinition"),
        "view": ("m", "ViewReference"),
        "query": "s",
        "properties": ("l", "s"),
        "filter": (
            "u",
            (
                ("m", "DataModelsBoolFilterAnd"),
                ("m", "DataModelsBoolFilterOr"),
                ("m", "DataModelsBoolFilterNot"),
                ("m", "EqualsFilterV3"),
                ("m", "InFilterV3"),
                ("m", "RangeFilterV3"),
                ("m", "PrefixFilterV3"),
                ("m", "DMSExistsFilter"),
                ("m", "ContainsAnyFilterV3"),
                ("m", "ContainsAllFilterV3"),
                ("m", "MatchAllFilter"),
                ("m", "DataModelsNestedFilter"),
                ("m", "OverlapsFilterV3"),
                ("m", "HasExistingDataFilterV3"),
                ("m", "InstanceReferenceFilterV3"),
            ),
        ),
        "targetUnits": ("l", ("m", "TargetUnit")),
        "includeTyping": "b",
    }
    _REQUIRED = ("aggregates", "view")

    aggregates: AggregatesDefinition
    view: ViewReference
    query: str | Unset = UNSET
    properties: list[str] | Unset = UNSET
    filter_: (
        ContainsAllFilterV3
        | ContainsAnyFilterV3
        | DataModelsBoolFilterAnd
        | DataModelsBoolFilterNot
        | DataModelsBoolFilterOr
        | DataModelsNestedFilter
        | DMSExistsFilter
        | EqualsFilterV3
        | HasExistingDataFilterV3
        | InFilterV3
        | InstanceReferenceFilterV3
        | MatchAllFilter
        | OverlapsFilterV3
        | PrefixFilterV3
        | RangeFilterV3
        | Unset
    ) = UNSET
    target_units: list[TargetUnit] | Unset = UNSET
    include_typing: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggregates = self.aggregates.to_dict()

        view = self.view.to_dict()

        query = self.query

        properties: list[str] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties

        filter_: dict[str, Any] | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = self.filter_.to_dict()

        target_units: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.target_units, Unset):
            target_units = []
            for componentsschemas_target_units_item_data in self.target_units:
                componentsschemas_target_units_item = componentsschemas_target_units_item_data.to_dict()
                target_units.append(componentsschemas_target_units_item)

        include_typing = self.include_typing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aggregates": aggregates,
                "view": view,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query
        if properties is not UNSET:
            field_dict["properties"] = properties
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if target_units is not UNSET:
            field_dict["targetUnits"] = target_units
        if include_typing is not UNSET:
            field_dict["includeTyping"] = include_typing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregates_definition import AggregatesDefinition  # noqa: PLC0415
        from ..models.contains_all_filter_v3 import ContainsAllFilterV3  # noqa: PLC0415
        from ..models.contains_any_filter_v3 import ContainsAnyFilterV3  # noqa: PLC0415
        from ..models.data_models_bool_filter_and import DataModelsBoolFilterAnd  # noqa: PLC0415
        from ..models.data_models_bool_filter_not import DataModelsBoolFilterNot  # noqa: PLC0415
        from ..models.data_models_bool_filter_or import DataModelsBoolFilterOr  # noqa: PLC0415
        from ..models.data_models_nested_filter import DataModelsNestedFilter  # noqa: PLC0415
        from ..models.dms_exists_filter import DMSExistsFilter  # noqa: PLC0415
        from ..models.equals_filter_v3 import EqualsFilterV3  # noqa: PLC0415
        from ..models.has_existing_data_filter_v3 import HasExistingDataFilterV3  # noqa: PLC0415
        from ..models.in_filter_v3 import InFilterV3  # noqa: PLC0415
        from ..models.instance_reference_filter_v3 import InstanceReferenceFilterV3  # noqa: PLC0415
        from ..models.match_all_filter import MatchAllFilter  # noqa: PLC0415
        from ..models.overlaps_filter_v3 import OverlapsFilterV3  # noqa: PLC0415
        from ..models.prefix_filter_v3 import PrefixFilterV3  # noqa: PLC0415
        from ..models.range_filter_v3 import RangeFilterV3  # noqa: PLC0415
        from ..models.target_unit import TargetUnit  # noqa: PLC0415
        from ..models.view_reference import ViewReference  # noqa: PLC0415

        d = dict(src_dict)
        aggregates = AggregatesDefinition.from_dict(d.pop("aggregates"))

        view = ViewReference.from_dict(d.pop("view"))

        query = d.pop("query", UNSET)

        properties = cast(list[str], d.pop("properties", UNSET))

        def _parse_filter_(
            data: object,
        ) -> (
            ContainsAllFilterV3
            | ContainsAnyFilterV3
            | DataModelsBoolFilterAnd
            | DataModelsBoolFilterNot
            | DataModelsBoolFilterOr
            | DataModelsNestedFilter
            | DMSExistsFilter
            | EqualsFilterV3
            | HasExistingDataFilterV3
            | InFilterV3
            | InstanceReferenceFilterV3
            | MatchAllFilter
            | OverlapsFilterV3
            | PrefixFilterV3
            | RangeFilterV3
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_best(
                data,
                (
                    DataModelsBoolFilterAnd,
                    DataModelsBoolFilterOr,
                    DataModelsBoolFilterNot,
                    EqualsFilterV3,
                    InFilterV3,
                    RangeFilterV3,
                    PrefixFilterV3,
                    DMSExistsFilter,
                    ContainsAnyFilterV3,
                    ContainsAllFilterV3,
                    MatchAllFilter,
                    DataModelsNestedFilter,
                    OverlapsFilterV3,
                    HasExistingDataFilterV3,
                    InstanceReferenceFilterV3,
                ),
            )

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        _target_units = d.pop("targetUnits", UNSET)
        target_units: list[TargetUnit] | Unset = UNSET
        if _target_units is not UNSET:
            target_units = []
            for componentsschemas_target_units_item_data in _target_units:
                componentsschemas_target_units_item = TargetUnit.from_dict(componentsschemas_target_units_item_data)

                target_units.append(componentsschemas_target_units_item)

        include_typing = d.pop("includeTyping", UNSET)

        aggregation_request_v2 = cls(
            aggregates=aggregates,
            view=view,
            query=query,
            properties=properties,
            filter_=filter_,
            target_units=target_units,
            include_typing=include_typing,
        )

        aggregation_request_v2.additional_properties = d
        return aggregation_request_v2
