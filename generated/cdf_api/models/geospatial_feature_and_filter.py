from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.geospatial_feature_contains_any_filter import GeospatialFeatureContainsAnyFilter
    from ..models.geospatial_feature_equals_filter import GeospatialFeatureEqualsFilter
    from ..models.geospatial_feature_in_filter import GeospatialFeatureInFilter
    from ..models.geospatial_feature_like_filter import GeospatialFeatureLikeFilter
    from ..models.geospatial_feature_missing_filter import GeospatialFeatureMissingFilter
    from ..models.geospatial_feature_not_filter import GeospatialFeatureNotFilter
    from ..models.geospatial_feature_or_filter import GeospatialFeatureOrFilter
    from ..models.geospatial_feature_range_filter import GeospatialFeatureRangeFilter
    from ..models.geospatial_feature_regex_filter import GeospatialFeatureRegexFilter
    from ..models.geospatial_feature_st_contains_filter import GeospatialFeatureStContainsFilter
    from ..models.geospatial_feature_st_contains_properly_filter import GeospatialFeatureStContainsProperlyFilter
    from ..models.geospatial_feature_st_intersects_3d_filter import GeospatialFeatureStIntersects3DFilter
    from ..models.geospatial_feature_st_intersects_filter import GeospatialFeatureStIntersectsFilter
    from ..models.geospatial_feature_st_within_distance_3d_filter import GeospatialFeatureStWithinDistance3DFilter
    from ..models.geospatial_feature_st_within_distance_filter import GeospatialFeatureStWithinDistanceFilter
    from ..models.geospatial_feature_st_within_filter import GeospatialFeatureStWithinFilter
    from ..models.geospatial_feature_st_within_properly_filter import GeospatialFeatureStWithinProperlyFilter


T = TypeVar("T", bound="GeospatialFeatureAndFilter")


@_attrs_define
class GeospatialFeatureAndFilter(AdditionalProperties):
    """
    Attributes:
        and_ (list[GeospatialFeatureAndFilter | GeospatialFeatureContainsAnyFilter | GeospatialFeatureEqualsFilter |
            GeospatialFeatureInFilter | GeospatialFeatureLikeFilter | GeospatialFeatureMissingFilter |
            GeospatialFeatureNotFilter | GeospatialFeatureOrFilter | GeospatialFeatureRangeFilter |
            GeospatialFeatureRegexFilter | GeospatialFeatureStContainsFilter | GeospatialFeatureStContainsProperlyFilter |
            GeospatialFeatureStIntersects3DFilter | GeospatialFeatureStIntersectsFilter |
            GeospatialFeatureStWithinDistance3DFilter | GeospatialFeatureStWithinDistanceFilter |
            GeospatialFeatureStWithinFilter | GeospatialFeatureStWithinProperlyFilter] | Unset):
    """

    _FIT = {
        "and": (
            "l",
            (
                "u",
                (
                    ("m", "GeospatialFeatureNotFilter"),
                    ("m", "GeospatialFeatureAndFilter"),
                    ("m", "GeospatialFeatureOrFilter"),
                    ("m", "GeospatialFeatureEqualsFilter"),
                    ("m", "GeospatialFeatureMissingFilter"),
                    ("m", "GeospatialFeatureLikeFilter"),
                    ("m", "GeospatialFeatureRegexFilter"),
                    ("m", "GeospatialFeatureRangeFilter"),
                    ("m", "GeospatialFeatureContainsAnyFilter"),
                    ("m", "GeospatialFeatureInFilter"),
                    ("m", "GeospatialFeatureStIntersectsFilter"),
                    ("m", "GeospatialFeatureStIntersects3DFilter"),
                    ("m", "GeospatialFeatureStWithinFilter"),
                    ("m", "GeospatialFeatureStWithinProperlyFilter"),
                    ("m", "GeospatialFeatureStContainsFilter"),
                    ("m", "GeospatialFeatureStContainsProperlyFilter"),
                    ("m", "GeospatialFeatureStWithinDistanceFilter"),
                    ("m", "GeospatialFeatureStWithinDistance3DFilter"),
                ),
            ),
        )
    }
    _REQUIRED = ()

    and_: (
        list[
            GeospatialFeatureAndFilter
            | GeospatialFeatureContainsAnyFilter
            | GeospatialFeatureEqualsFilter
            | GeospatialFeatureInFilter
            | GeospatialFeatureLikeFilter
            | GeospatialFeatureMissingFilter
            | GeospatialFeatureNotFilter
            | GeospatialFeatureOrFilter
            | GeospatialFeatureRangeFilter
            | GeospatialFeatureRegexFilter
            | GeospatialFeatureStContainsFilter
            | GeospatialFeatureStContainsProperlyFilter
            | GeospatialFeatureStIntersects3DFilter
            | GeospatialFeatureStIntersectsFilter
            | GeospatialFeatureStWithinDistance3DFilter
            | GeospatialFeatureStWithinDistanceFilter
            | GeospatialFeatureStWithinFilter
            | GeospatialFeatureStWithinProperlyFilter
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        and_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.and_, Unset):
            and_ = []
            for and_item_data in self.and_:
                and_item: dict[str, Any]
                and_item = and_item_data.to_dict()

                and_.append(and_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if and_ is not UNSET:
            field_dict["and"] = and_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_feature_contains_any_filter import GeospatialFeatureContainsAnyFilter  # noqa: PLC0415
        from ..models.geospatial_feature_equals_filter import GeospatialFeatureEqualsFilter  # noqa: PLC0415
        from ..models.geospatial_feature_in_filter import GeospatialFeatureInFilter  # noqa: PLC0415
        from ..models.geospatial_feature_like_filter import GeospatialFeatureLikeFilter  # noqa: PLC0415
        from ..models.geospatial_feature_missing_filter import GeospatialFeatureMissingFilter  # noqa: PLC0415
        from ..models.geospatial_feature_not_filter import GeospatialFeatureNotFilter  # noqa: PLC0415
        from ..models.geospatial_feature_or_filter import GeospatialFeatureOrFilter  # noqa: PLC0415
        from ..models.geospatial_feature_range_filter import GeospatialFeatureRangeFilter  # noqa: PLC0415
        from ..models.geospatial_feature_regex_filter import GeospatialFeatureRegexFilter  # noqa: PLC0415
        from ..models.geospatial_feature_st_contains_filter import GeospatialFeatureStContainsFilter  # noqa: PLC0415
        from ..models.geospatial_feature_st_contains_properly_filter import GeospatialFeatureStContainsProperlyFilter  # noqa: PLC0415
        from ..models.geospatial_feature_st_intersects_3d_filter import GeospatialFeatureStIntersects3DFilter  # noqa: PLC0415
        from ..models.geospatial_feature_st_intersects_filter import GeospatialFeatureStIntersectsFilter  # noqa: PLC0415
        from ..models.geospatial_feature_st_within_distance_3d_filter import GeospatialFeatureStWithinDistance3DFilter  # noqa: PLC0415
        from ..models.geospatial_feature_st_within_distance_filter import GeospatialFeatureStWithinDistanceFilter  # noqa: PLC0415
        from ..models.geospatial_feature_st_within_filter import GeospatialFeatureStWithinFilter  # noqa: PLC0415
        from ..models.geospatial_feature_st_within_properly_filter import GeospatialFeatureStWithinProperlyFilter  # noqa: PLC0415

        d = dict(src_dict)
        _and_ = d.pop("and", UNSET)
        and_: (
            list[
                GeospatialFeatureAndFilter
                | GeospatialFeatureContainsAnyFilter
                | GeospatialFeatureEqualsFilter
                | GeospatialFeatureInFilter
                | GeospatialFeatureLikeFilter
                | GeospatialFeatureMissingFilter
                | GeospatialFeatureNotFilter
                | GeospatialFeatureOrFilter
                | GeospatialFeatureRangeFilter
                | GeospatialFeatureRegexFilter
                | GeospatialFeatureStContainsFilter
                | GeospatialFeatureStContainsProperlyFilter
                | GeospatialFeatureStIntersects3DFilter
                | GeospatialFeatureStIntersectsFilter
                | GeospatialFeatureStWithinDistance3DFilter
                | GeospatialFeatureStWithinDistanceFilter
                | GeospatialFeatureStWithinFilter
                | GeospatialFeatureStWithinProperlyFilter
            ]
            | Unset
        ) = UNSET
        if _and_ is not UNSET:
            and_ = []
            for and_item_data in _and_:

                def _parse_and_item(
                    data: object,
                ) -> (
                    GeospatialFeatureAndFilter
                    | GeospatialFeatureContainsAnyFilter
                    | GeospatialFeatureEqualsFilter
                    | GeospatialFeatureInFilter
                    | GeospatialFeatureLikeFilter
                    | GeospatialFeatureMissingFilter
                    | GeospatialFeatureNotFilter
                    | GeospatialFeatureOrFilter
                    | GeospatialFeatureRangeFilter
                    | GeospatialFeatureRegexFilter
                    | GeospatialFeatureStContainsFilter
                    | GeospatialFeatureStContainsProperlyFilter
                    | GeospatialFeatureStIntersects3DFilter
                    | GeospatialFeatureStIntersectsFilter
                    | GeospatialFeatureStWithinDistance3DFilter
                    | GeospatialFeatureStWithinDistanceFilter
                    | GeospatialFeatureStWithinFilter
                    | GeospatialFeatureStWithinProperlyFilter
                ):
                    return parse_best(
                        data,
                        (
                            GeospatialFeatureNotFilter,
                            GeospatialFeatureAndFilter,
                            GeospatialFeatureOrFilter,
                            GeospatialFeatureEqualsFilter,
                            GeospatialFeatureMissingFilter,
                            GeospatialFeatureLikeFilter,
                            GeospatialFeatureRegexFilter,
                            GeospatialFeatureRangeFilter,
                            GeospatialFeatureContainsAnyFilter,
                            GeospatialFeatureInFilter,
                            GeospatialFeatureStIntersectsFilter,
                            GeospatialFeatureStIntersects3DFilter,
                            GeospatialFeatureStWithinFilter,
                            GeospatialFeatureStWithinProperlyFilter,
                            GeospatialFeatureStContainsFilter,
                            GeospatialFeatureStContainsProperlyFilter,
                            GeospatialFeatureStWithinDistanceFilter,
                            GeospatialFeatureStWithinDistance3DFilter,
                        ),
                    )

                and_item = _parse_and_item(and_item_data)

                and_.append(and_item)

        geospatial_feature_and_filter = cls(
            and_=and_,
        )

        geospatial_feature_and_filter.additional_properties = d
        return geospatial_feature_and_filter
