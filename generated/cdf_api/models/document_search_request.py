from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
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
    from ..models.document_search_search import DocumentSearchSearch
    from ..models.document_sort_item import DocumentSortItem


T = TypeVar("T", bound="DocumentSearchRequest")


@_attrs_define
class DocumentSearchRequest(AdditionalProperties):
    """
    Attributes:
        search (DocumentSearchSearch | Unset):
        filter_ (DocumentFilterBoolAnd | DocumentFilterBoolNot | DocumentFilterBoolOr | DocumentFilterContainsAll |
            DocumentFilterContainsAny | DocumentFilterEquals | DocumentFilterExists | DocumentFilterGeoJsonDisjoint |
            DocumentFilterGeoJsonIntersects | DocumentFilterGeoJsonWithin | DocumentFilterIn | DocumentFilterInAssetSubtree
            | DocumentFilterPrefix | DocumentFilterRange | DocumentFilterSearch | Unset): A JSON based filtering language.
            See detailed documentation above.
        sort (list[DocumentSortItem] | Unset): List of properties to sort by. Currently only supports 1 property.
        limit (int | Unset): Maximum number of items. When using highlights the maximum value is reduced to 20.
        cursor (str | Unset): Cursor for paging through results.
        highlight (bool | Unset): Whether or not matches in search results should be highlighted.
    """

    _FIT = {
        "search": ("m", "DocumentSearchSearch"),
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
        "sort": ("l", ("m", "DocumentSortItem")),
        "limit": "i",
        "cursor": "s",
        "highlight": "b",
    }
    _REQUIRED = ()

    search: DocumentSearchSearch | Unset = UNSET
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
    sort: list[DocumentSortItem] | Unset = UNSET
    limit: int | Unset = UNSET
    cursor: str | Unset = UNSET
    highlight: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search, Unset):
            search = self.search.to_dict()

        filter_: dict[str, Any] | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = self.filter_.to_dict()

        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item = sort_item_data.to_dict()
                sort.append(sort_item)

        limit = self.limit

        cursor = self.cursor

        highlight = self.highlight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search is not UNSET:
            field_dict["search"] = search
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if sort is not UNSET:
            field_dict["sort"] = sort
        if limit is not UNSET:
            field_dict["limit"] = limit
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if highlight is not UNSET:
            field_dict["highlight"] = highlight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
        from ..models.document_search_search import DocumentSearchSearch  # noqa: PLC0415
        from ..models.document_sort_item import DocumentSortItem  # noqa: PLC0415

        d = dict(src_dict)
        _search = d.pop("search", UNSET)
        search: DocumentSearchSearch | Unset
        if isinstance(_search, Unset):
            search = UNSET
        else:
            search = DocumentSearchSearch.from_dict(_search)

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

        _sort = d.pop("sort", UNSET)
        sort: list[DocumentSortItem] | Unset = UNSET
        if _sort is not UNSET:
            sort = []
            for sort_item_data in _sort:
                sort_item = DocumentSortItem.from_dict(sort_item_data)

                sort.append(sort_item)

        limit = d.pop("limit", UNSET)

        cursor = d.pop("cursor", UNSET)

        highlight = d.pop("highlight", UNSET)

        document_search_request = cls(
            search=search,
            filter_=filter_,
            sort=sort,
            limit=limit,
            cursor=cursor,
            highlight=highlight,
        )

        document_search_request.additional_properties = d
        return document_search_request
