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


T = TypeVar("T", bound="DocumentSearchFilter")


@_attrs_define
class DocumentSearchFilter(AdditionalProperties):
    """Filter with exact match

    Attributes:
        filter_ (DocumentFilterBoolAnd | DocumentFilterBoolNot | DocumentFilterBoolOr | DocumentFilterContainsAll |
            DocumentFilterContainsAny | DocumentFilterEquals | DocumentFilterExists | DocumentFilterGeoJsonDisjoint |
            DocumentFilterGeoJsonIntersects | DocumentFilterGeoJsonWithin | DocumentFilterIn | DocumentFilterInAssetSubtree
            | DocumentFilterPrefix | DocumentFilterRange | DocumentFilterSearch | Unset): A JSON based filtering language.
            See detailed documentation above.
    """

    _FIT = {
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
        )
    }
    _REQUIRED = ()

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_: dict[str, Any] | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

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

        d = dict(src_dict)

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

        document_search_filter = cls(
            filter_=filter_,
        )

        document_search_filter.additional_properties = d
        return document_search_filter
