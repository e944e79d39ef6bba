from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.document_aggregate_filter_bool_and import DocumentAggregateFilterBoolAnd
    from ..models.document_aggregate_filter_bool_not import DocumentAggregateFilterBoolNot
    from ..models.document_aggregate_filter_bool_or import DocumentAggregateFilterBoolOr
    from ..models.document_aggregate_filter_prefix import DocumentAggregateFilterPrefix
    from ..models.document_filter_bool_and import DocumentFilterBoolAnd
    from ..models.document_filter_bool_not import DocumentFilterBoolNot
    from ..models.document_filter_bool_or import DocumentFilterBoolOr
    from ..models.document_filter_contains_all import DocumentFilterContainsAll
    from ..models.document_filter_contains_any import DocumentFilterContainsAny
    from ..models.document_filter_equals import DocumentFilterEquals
    from ..models.document_filter_exists import DocumentFilterExists
    from ..models.document_filter_geo_json_disjoint import DocumentFilterGeoJsonDisjoint
    from ..models.document_filter_geo_json_intersects import DocumentFilterGeoJsonIntersects
    from ..models.document_filter_geo_json_within import DocumentFilterGeoJsonWithin
    from ..models.document_filter_in import DocumentFilterIn
    from ..models.document_filter_in_asset_subtree import DocumentFilterInAssetSubtree
    from ..models.document_filter_prefix import DocumentFilterPrefix
    from ..models.document_filter_range import DocumentFilterRange
    from ..models.document_filter_search import DocumentFilterSearch
    from ..models.document_search_in_aggregate_search import DocumentSearchInAggregateSearch
    from ..models.documents_aggregate_unique_properties_request_properties_item import (
        DocumentsAggregateUniquePropertiesRequestPropertiesItem,
    )


T = TypeVar("T", bound="DocumentsAggregateUniquePropertiesRequest")


@_attrs_define
class DocumentsAggregateUniquePropertiesRequest(AdditionalProperties):
    """Top unique metadata property names

    Attributes:
        aggregate (Literal['uniqueProperties']):
        properties (list[DocumentsAggregateUniquePropertiesRequestPropertiesItem]): List of properties for which you
            want to get the nested property names. The only supported property is currently `["sourceFile", "metadata"]`.
        search (DocumentSearchInAggregateSearch | Unset):
        filter_ (DocumentFilterBoolAnd | DocumentFilterBoolNot | DocumentFilterBoolOr | DocumentFilterContainsAll |
            DocumentFilterContainsAny | DocumentFilterEquals | DocumentFilterExists | DocumentFilterGeoJsonDisjoint |
            DocumentFilterGeoJsonIntersects | DocumentFilterGeoJsonWithin | DocumentFilterIn | DocumentFilterInAssetSubtree
            | DocumentFilterPrefix | DocumentFilterRange | DocumentFilterSearch | Unset): A JSON based filtering language.
            See detailed documentation above.
        aggregate_filter (DocumentAggregateFilterBoolAnd | DocumentAggregateFilterBoolNot |
            DocumentAggregateFilterBoolOr | DocumentAggregateFilterPrefix | Unset): A JSON based filtering language. See
            detailed documentation above.
        limit (int | Unset): Maximum number of items.
    """

    _FIT = {
        "aggregate": ("c", "uniqueProperties"),
        "properties": ("l", ("m", "DocumentsAggregateUniquePropertiesRequestPropertiesItem")),
        "search": ("m", "DocumentSearchInAggregateSearch"),
        "filter": (
            "u",
            (
                ("m", "DocumentFilterBoolAnd"),
                ("m", "DocumentFilterBoolOr"),
                ("m", "DocumentFilterBoolNot"),
                ("m", "DocumentFilterEquals"),
                ("m", "DocumentFilterIn"),
                ("m", "DocumentFilterContainsAny"),
                ("m", "DocumentFilterContainsAll"),
                ("m", "DocumentFilterRange"),
                ("m", "DocumentFilterPrefix"),
                ("m", "DocumentFilterSearch"),
                ("m", "DocumentFilterExists"),
                ("m", "DocumentFilterGeoJsonIntersects"),
                ("m", "DocumentFilterGeoJsonDisjoint"),
                ("m", "DocumentFilterGeoJsonWithin"),
                ("m", "DocumentFilterInAssetSubtree"),
            ),
        ),
        "aggregateFilter": (
            "u",
            (
                ("m", "DocumentAggregateFilterBoolAnd"),
                ("m", "DocumentAggregateFilterBoolOr"),
                ("m", "DocumentAggregateFilterBoolNot"),
                ("m", "DocumentAggregateFilterPrefix"),
            ),
        ),
        "limit": "i",
    }
    _REQUIRED = ("aggregate", "properties")

    aggregate: Literal["uniqueProperties"]
    properties: list[DocumentsAggregateUniquePropertiesRequestPropertiesItem]
    search: DocumentSearchInAggregateSearch | Unset = UNSET
    filter_: (
        DocumentFilterBoolAnd
        | DocumentFilterBoolNot
        | DocumentFilterBoolOr
        | DocumentFilterContainsAll
        | DocumentFilterContainsAny
        | DocumentFilterEquals
        | DocumentFilterExists
        | DocumentFilterGeoJsonDisjoint
        | DocumentFilterGeoJsonIntersects
        | DocumentFilterGeoJsonWithin
        | DocumentFilterIn
        | DocumentFilterInAssetSubtree
        | DocumentFilterPrefix
        | DocumentFilterRange
        | DocumentFilterSearch
        | Unset
    ) = UNSET
    aggregate_filter: (
        DocumentAggregateFilterBoolAnd
        | DocumentAggregateFilterBoolNot
        | DocumentAggregateFilterBoolOr
        | DocumentAggregateFilterPrefix
        | Unset
    ) = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggregate = self.aggregate

        properties = []
        for properties_item_data in self.properties:
            properties_item = properties_item_data.to_dict()
            properties.append(properties_item)

        search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search, Unset):
            search = self.search.to_dict()

        filter_: dict[str, Any] | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = self.filter_.to_dict()

        aggregate_filter: dict[str, Any] | Unset
        if isinstance(self.aggregate_filter, Unset):
            aggregate_filter = UNSET
        else:
            aggregate_filter = self.aggregate_filter.to_dict()

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aggregate": aggregate,
                "properties": properties,
            }
        )
        if search is not UNSET:
            field_dict["search"] = search
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if aggregate_filter is not UNSET:
            field_dict["aggregateFilter"] = aggregate_filter
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_aggregate_filter_bool_and import DocumentAggregateFilterBoolAnd  # noqa: PLC0415
        from ..models.document_aggregate_filter_bool_not import DocumentAggregateFilterBoolNot  # noqa: PLC0415
        from ..models.document_aggregate_filter_bool_or import DocumentAggregateFilterBoolOr  # noqa: PLC0415
        from ..models.document_aggregate_filter_prefix import DocumentAggregateFilterPrefix  # noqa: PLC0415
        from ..models.document_filter_bool_and import DocumentFilterBoolAnd  # noqa: PLC0415
        from ..models.document_filter_bool_not import DocumentFilterBoolNot  # noqa: PLC0415
        from ..models.document_filter_bool_or import DocumentFilterBoolOr  # noqa: PLC0415
        from ..models.document_filter_contains_all import DocumentFilterContainsAll  # noqa: PLC0415
        from ..models.document_filter_contains_any import DocumentFilterContainsAny  # noqa: PLC0415
        from ..models.document_filter_equals import DocumentFilterEquals  # noqa: PLC0415
        from ..models.document_filter_exists import DocumentFilterExists  # noqa: PLC0415
        from ..models.document_filter_geo_json_disjoint import DocumentFilterGeoJsonDisjoint  # noqa: PLC0415
        from ..models.document_filter_geo_json_intersects import DocumentFilterGeoJsonIntersects  # noqa: PLC0415
        from ..models.document_filter_geo_json_within import DocumentFilterGeoJsonWithin  # noqa: PLC0415
        from ..models.document_filter_in import DocumentFilterIn  # noqa: PLC0415
        from ..models.document_filter_in_asset_subtree import DocumentFilterInAssetSubtree  # noqa: PLC0415
        from ..models.document_filter_prefix import DocumentFilterPrefix  # noqa: PLC0415
        from ..models.document_filter_range import DocumentFilterRange  # noqa: PLC0415
        from ..models.document_filter_search import DocumentFilterSearch  # noqa: PLC0415
        from ..models.document_search_in_aggregate_search import DocumentSearchInAggregateSearch  # noqa: PLC0415
        from ..models.documents_aggregate_unique_properties_request_properties_item import (
            DocumentsAggregateUniquePropertiesRequestPropertiesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        aggregate = cast(Literal["uniqueProperties"], d.pop("aggregate"))
        if aggregate != "uniqueProperties":
            raise ValueError(f"aggregate must match const 'uniqueProperties', got '{aggregate}'")

        properties = []
        _properties = d.pop("properties")
        for properties_item_data in _properties:
            properties_item = DocumentsAggregateUniquePropertiesRequestPropertiesItem.from_dict(properties_item_data)

            properties.append(properties_item)

        _search = d.pop("search", UNSET)
        search: DocumentSearchInAggregateSearch | Unset
        if isinstance(_search, Unset):
            search = UNSET
        else:
            search = DocumentSearchInAggregateSearch.from_dict(_search)

        def _parse_filter_(
            data: object,
        ) -> (
            DocumentFilterBoolAnd
            | DocumentFilterBoolNot
            | DocumentFilterBoolOr
            | DocumentFilterContainsAll
            | DocumentFilterContainsAny
            | DocumentFilterEquals
            | DocumentFilterExists
            | DocumentFilterGeoJsonDisjoint
            | DocumentFilterGeoJsonIntersects
            | DocumentFilterGeoJsonWithin
            | DocumentFilterIn
            | DocumentFilterInAssetSubtree
            | DocumentFilterPrefix
            | DocumentFilterRange
            | DocumentFilterSearch
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_best(
                data,
                (
                    DocumentFilterBoolAnd,
                    DocumentFilterBoolOr,
                    DocumentFilterBoolNot,
                    DocumentFilterEquals,
                    DocumentFilterIn,
                    DocumentFilterContainsAny,
                    DocumentFilterContainsAll,
                    DocumentFilterRange,
                    DocumentFilterPrefix,
                    DocumentFilterSearch,
                    DocumentFilterExists,
                    DocumentFilterGeoJsonIntersects,
                    DocumentFilterGeoJsonDisjoint,
                    DocumentFilterGeoJsonWithin,
                    DocumentFilterInAssetSubtree,
                ),
            )

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        def _parse_aggregate_filter(
            data: object,
        ) -> (
            DocumentAggregateFilterBoolAnd
            | DocumentAggregateFilterBoolNot
            | DocumentAggregateFilterBoolOr
            | DocumentAggregateFilterPrefix
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_best(
                data,
                (
                    DocumentAggregateFilterBoolAnd,
                    DocumentAggregateFilterBoolOr,
                    DocumentAggregateFilterBoolNot,
                    DocumentAggregateFilterPrefix,
                ),
            )

        aggregate_filter = _parse_aggregate_filter(d.pop("aggregateFilter", UNSET))

        limit = d.pop("limit", UNSET)

        documents_aggregate_unique_properties_request = cls(
            aggregate=aggregate,
            properties=properties,
            search=search,
            filter_=filter_,
            aggregate_filter=aggregate_filter,
            limit=limit,
        )

        documents_aggregate_unique_properties_request.additional_properties = d
        return documents_aggregate_unique_properties_request
