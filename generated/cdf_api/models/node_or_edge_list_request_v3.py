from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.instance_type import InstanceType
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.contains_all_filter_v3 import ContainsAllFilterV3
    from ..models.contains_any_filter_v3 import ContainsAnyFilterV3
    from ..models.data_models_bool_filter_and import DataModelsBoolFilterAnd
    from ..models.data_models_bool_filter_not import DataModelsBoolFilterNot
    from ..models.data_models_bool_filter_or import DataModelsBoolFilterOr
    from ..models.data_models_nested_filter import DataModelsNestedFilter
    from ..models.debug_parameters import DebugParameters
    from ..models.dms_exists_filter import DMSExistsFilter
    from ..models.equals_filter_v3 import EqualsFilterV3
    from ..models.has_existing_data_filter_v3 import HasExistingDataFilterV3
    from ..models.in_filter_v3 import InFilterV3
    from ..models.instance_reference_filter_v3 import InstanceReferenceFilterV3
    from ..models.match_all_filter import MatchAllFilter
    from ..models.overlaps_filter_v3 import OverlapsFilterV3
    from ..models.prefix_filter_v3 import PrefixFilterV3
    from ..models.property_sort_v3 import PropertySortV3
    from ..models.range_filter_v3 import RangeFilterV3
    from ..models.source_selector_without_properties_v3_item import SourceSelectorWithoutPropertiesV3Item


T = TypeVar("T", bound="NodeOrEdgeListRequestV3")


@_attrs_define
class NodeOrEdgeListRequestV3(AdditionalProperties):
    """
    Attributes:
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        limit (int | Unset): Limits the number of results to return.
        sort (list[PropertySortV3] | Unset):
        include_typing (bool | Unset): Should we return property type information as part of the result?
        sources (list[SourceSelectorWithoutPropertiesV3Item] | Unset): Retrieve properties from the listed - by
            reference - views. The node/edge must have data in all the sources defined in the list.
        instance_type (InstanceType | Unset): The type of instance
        debug (DebugParameters | Unset): Return query debug notices.
        filter_ (ContainsAllFilterV3 | ContainsAnyFilterV3 | DataModelsBoolFilterAnd | DataModelsBoolFilterNot |
            DataModelsBoolFilterOr | DataModelsNestedFilter | DMSExistsFilter | EqualsFilterV3 | HasExistingDataFilterV3 |
            InFilterV3 | InstanceReferenceFilterV3 | MatchAllFilter | OverlapsFilterV3 | PrefixFilterV3 | RangeFilterV3 |
            Unset): A filter Domain Specific Language (DSL) used to create advanced filter queries. Example: {'and': [{'in':
            {'property': ['tag'], 'values': [10011, 10011]}}, {'range': {'property': ['weight'], 'gte': 0}}]}.
    """

    _FIT = {
        "cursor": "s",
        "limit": "i",
        "sort": ("l", ("m", "PropertySortV3")),
        "includeTyping": "b",
        "sources": ("l", ("m", "SourceSelectorWithoutPropertiesV3Item")),
        "instanceType": "s",
        "debug": ("m", "DebugParameters"),
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
    }
    _REQUIRED = ()

    cursor: str | Unset = UNSET
    limit: int | Unset = UNSET
    sort: list[PropertySortV3] | Unset = UNSET
    include_typing: bool | Unset = UNSET
    sources: list[SourceSelectorWithoutPropertiesV3Item] | Unset = UNSET
    instance_type: InstanceType | Unset = UNSET
    debug: DebugParameters | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cursor = self.cursor

        limit = self.limit

        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item = sort_item_data.to_dict()
                sort.append(sort_item)

        include_typing = self.include_typing

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for componentsschemas_source_selector_without_properties_v3_item_data in self.sources:
                componentsschemas_source_selector_without_properties_v3_item = (
                    componentsschemas_source_selector_without_properties_v3_item_data.to_dict()
                )
                sources.append(componentsschemas_source_selector_without_properties_v3_item)

        instance_type: str | Unset = UNSET
        if not isinstance(self.instance_type, Unset):
            instance_type = self.instance_type.value

        debug: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug, Unset):
            debug = self.debug.to_dict()

        filter_: dict[str, Any] | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if limit is not UNSET:
            field_dict["limit"] = limit
        if sort is not UNSET:
            field_dict["sort"] = sort
        if include_typing is not UNSET:
            field_dict["includeTyping"] = include_typing
        if sources is not UNSET:
            field_dict["sources"] = sources
        if instance_type is not UNSET:
            field_dict["instanceType"] = instance_type
        if debug is not UNSET:
            field_dict["debug"] = debug
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contains_all_filter_v3 import ContainsAllFilterV3  # noqa: PLC0415
        from ..models.contains_any_filter_v3 import ContainsAnyFilterV3  # noqa: PLC0415
        from ..models.data_models_bool_filter_and import DataModelsBoolFilterAnd  # noqa: PLC0415
        from ..models.data_models_bool_filter_not import DataModelsBoolFilterNot  # noqa: PLC0415
        from ..models.data_models_bool_filter_or import DataModelsBoolFilterOr  # noqa: PLC0415
        from ..models.data_models_nested_filter import DataModelsNestedFilter  # noqa: PLC0415
        from ..models.debug_parameters import DebugParameters  # noqa: PLC0415
        from ..models.dms_exists_filter import DMSExistsFilter  # noqa: PLC0415
        from ..models.equals_filter_v3 import EqualsFilterV3  # noqa: PLC0415
        from ..models.has_existing_data_filter_v3 import HasExistingDataFilterV3  # noqa: PLC0415
        from ..models.in_filter_v3 import InFilterV3  # noqa: PLC0415
        from ..models.instance_reference_filter_v3 import InstanceReferenceFilterV3  # noqa: PLC0415
        from ..models.match_all_filter import MatchAllFilter  # noqa: PLC0415
        from ..models.overlaps_filter_v3 import OverlapsFilterV3  # noqa: PLC0415
        from ..models.prefix_filter_v3 import PrefixFilterV3  # noqa: PLC0415
        from ..models.property_sort_v3 import PropertySortV3  # noqa: PLC0415
        from ..models.range_filter_v3 import RangeFilterV3  # noqa: PLC0415
        from ..models.source_selector_without_properties_v3_item import SourceSelectorWithoutPropertiesV3Item  # noqa: PLC0415

        d = dict(src_dict)
        cursor = d.pop("cursor", UNSET)

        limit = d.pop("limit", UNSET)

        _sort = d.pop("sort", UNSET)
        sort: list[PropertySortV3] | Unset = UNSET
        if _sort is not UNSET:
            sort = []
            for sort_item_data in _sort:
                sort_item = PropertySortV3.from_dict(sort_item_data)

                sort.append(sort_item)

        include_typing = d.pop("includeTyping", UNSET)

        _sources = d.pop("sources", UNSET)
        sources: list[SourceSelectorWithoutPropertiesV3Item] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for componentsschemas_source_selector_without_properties_v3_item_data in _sources:
                componentsschemas_source_selector_without_properties_v3_item = (
                    SourceSelectorWithoutPropertiesV3Item.from_dict(
                        componentsschemas_source_selector_without_properties_v3_item_data
                    )
                )

                sources.append(componentsschemas_source_selector_without_properties_v3_item)

        _instance_type = d.pop("instanceType", UNSET)
        instance_type: InstanceType | Unset
        if isinstance(_instance_type, Unset):
            instance_type = UNSET
        else:
            instance_type = InstanceType(_instance_type)

        _debug = d.pop("debug", UNSET)
        debug: DebugParameters | Unset
        if isinstance(_debug, Unset):
            debug = UNSET
        else:
            debug = DebugParameters.from_dict(_debug)

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

        node_or_edge_list_request_v3 = cls(
            cursor=cursor,
            limit=limit,
            sort=sort,
            include_typing=include_typing,
            sources=sources,
            instance_type=instance_type,
            debug=debug,
            filter_=filter_,
        )

        node_or_edge_list_request_v3.additional_properties = d
        return node_or_edge_list_request_v3
