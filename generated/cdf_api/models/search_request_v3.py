from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.instance_type import InstanceType
from ..models.search_operator import SearchOperator
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
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
    from ..models.search_sort import SearchSort
    from ..models.target_unit import TargetUnit
    from ..models.view_reference import ViewReference


T = TypeVar("T", bound="SearchRequestV3")


@_attrs_define
class SearchRequestV3(AdditionalProperties):
    """
    Attributes:
        view (ViewReference): Reference to a view
        limit (int | Unset): Limits the number of results to return.
        query (str | Unset): Query string that will be parsed and used for search.
        instance_type (InstanceType | Unset): The type of instance
        properties (list[str] | Unset): Optional array of properties you want to search through.  If you do not specify
            one or more properties, the service will search all text fields within the view.
        target_units (list[TargetUnit] | Unset): Properties to convert to another unit. The API can only convert to
            another unit, if a unit has been defined as part of the type on the underlying container being queried.
        filter_ (ContainsAllFilterV3 | ContainsAnyFilterV3 | DataModelsBoolFilterAnd | DataModelsBoolFilterNot |
            DataModelsBoolFilterOr | DataModelsNestedFilter | DMSExistsFilter | EqualsFilterV3 | HasExistingDataFilterV3 |
            InFilterV3 | InstanceReferenceFilterV3 | MatchAllFilter | OverlapsFilterV3 | PrefixFilterV3 | RangeFilterV3 |
            Unset): A filter Domain Specific Language (DSL) used to create advanced filter queries. Example: {'and': [{'in':
            {'property': ['tag'], 'values': [10011, 10011]}}, {'range': {'property': ['weight'], 'gte': 0}}]}.
        include_typing (bool | Unset): Should we return property type information as part of the result?
        sort (list[SearchSort] | Unset):
        operator (SearchOperator | Unset): Controls how multiple search terms are combined when matching documents.
            - **OR** (default): A document matches if it contains *any* of the query terms
              in the searchable fields. This typically returns more results but with lower precision.

            - **AND**: A document matches only if it contains *all* of the query terms
              across the searchable fields. This typically returns fewer results but with higher relevance.
    """

    _FIT = {
        "view": ("m", "ViewReference"),
        "limit": "i",
        "query": "s",
        "instanceType": "s",
        "properties": ("l", "s"),
        "targetUnits": ("l", ("m", "TargetUnit")),
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
        "includeTyping": "b",
        "sort": ("l", ("m", "SearchSort")),
        "operator": "s",
    }
    _REQUIRED = ("view",)

    view: ViewReference
    limit: int | Unset = UNSET
    query: str | Unset = UNSET
    instance_type: InstanceType | Unset = UNSET
    properties: list[str] | Unset = UNSET
    target_units: list[TargetUnit] | Unset = UNSET
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
    include_typing: bool | Unset = UNSET
    sort: list[SearchSort] | Unset = UNSET
    operator: SearchOperator | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        view = self.view.to_dict()

        limit = self.limit

        query = self.query

        instance_type: str | Unset = UNSET
        if not isinstance(self.instance_type, Unset):
            instance_type = self.instance_type.value

        properties: list[str] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties

        target_units: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.target_units, Unset):
            target_units = []
            for componentsschemas_target_units_item_data in self.target_units:
                componentsschemas_target_units_item = componentsschemas_target_units_item_data.to_dict()
                target_units.append(componentsschemas_target_units_item)

        filter_: dict[str, Any] | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = self.filter_.to_dict()

        include_typing = self.include_typing

        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item = sort_item_data.to_dict()
                sort.append(sort_item)

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "view": view,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if query is not UNSET:
            field_dict["query"] = query
        if instance_type is not UNSET:
            field_dict["instanceType"] = instance_type
        if properties is not UNSET:
            field_dict["properties"] = properties
        if target_units is not UNSET:
            field_dict["targetUnits"] = target_units
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if include_typing is not UNSET:
            field_dict["includeTyping"] = include_typing
        if sort is not UNSET:
            field_dict["sort"] = sort
        if operator is not UNSET:
            field_dict["operator"] = operator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
        from ..models.search_sort import SearchSort  # noqa: PLC0415
        from ..models.target_unit import TargetUnit  # noqa: PLC0415
        from ..models.view_reference import ViewReference  # noqa: PLC0415

        d = dict(src_dict)
        view = ViewReference.from_dict(d.pop("view"))

        limit = d.pop("limit", UNSET)

        query = d.pop("query", UNSET)

        _instance_type = d.pop("instanceType", UNSET)
        instance_type: InstanceType | Unset
        if isinstance(_instance_type, Unset):
            instance_type = UNSET
        else:
            instance_type = InstanceType(_instance_type)

        properties = cast(list[str], d.pop("properties", UNSET))

        _target_units = d.pop("targetUnits", UNSET)
        target_units: list[TargetUnit] | Unset = UNSET
        if _target_units is not UNSET:
            target_units = []
            for componentsschemas_target_units_item_data in _target_units:
                componentsschemas_target_units_item = TargetUnit.from_dict(componentsschemas_target_units_item_data)

                target_units.append(componentsschemas_target_units_item)

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

        include_typing = d.pop("includeTyping", UNSET)

        _sort = d.pop("sort", UNSET)
        sort: list[SearchSort] | Unset = UNSET
        if _sort is not UNSET:
            sort = []
            for sort_item_data in _sort:
                sort_item = SearchSort.from_dict(sort_item_data)

                sort.append(sort_item)

        _operator = d.pop("operator", UNSET)
        operator: SearchOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = SearchOperator(_operator)

        search_request_v3 = cls(
            view=view,
            limit=limit,
            query=query,
            instance_type=instance_type,
            properties=properties,
            target_units=target_units,
            filter_=filter_,
            include_typing=include_typing,
            sort=sort,
            operator=operator,
        )

        search_request_v3.additional_properties = d
        return search_request_v3
