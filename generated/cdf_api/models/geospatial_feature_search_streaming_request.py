from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.geospatial_feature_and_filter import GeospatialFeatureAndFilter
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
    from ..models.geospatial_output_streaming import GeospatialOutputStreaming


T = TypeVar("T", bound="GeospatialFeatureSearchStreamingRequest")


@_attrs_define
class GeospatialFeatureSearchStreamingRequest(AdditionalProperties):
    """Search and streaming feature request

    Attributes:
        allow_crs_transformation (bool | Unset): Optional parameter indicating if input geometry properties should be
            transformed into the respective Coordinate Reference Systems defined in the feature type specification. If the
            parameter is true, then input geometries will be transformed when the input and output Coordinate Reference
            Systems differ. When it is false, then requests with geometries in Coordinate Reference System different from
            the ones defined in the feature type will result in bad request response code. Transformations apply to property
            geometries in case of create and update feature, as well as to geometries in spatial filters in search
            endpoints. Example: True.
        allow_dimensionality_mismatch (bool | Unset): Optional parameter indicating if the spatial filter operators
            allow input geometries with a different dimensionality than the properties they are applied to. For instance,
            when set to true, if a feature type has a property of type POLYGONZM (4D), its features can be filtered using
            the `stContains` operator and a POLYGON (2D) value. This option defaults to false if not specified. Example:
            True.
        filter_ (GeospatialFeatureAndFilter | GeospatialFeatureContainsAnyFilter | GeospatialFeatureEqualsFilter |
            GeospatialFeatureInFilter | GeospatialFeatureLikeFilter | GeospatialFeatureMissingFilter |
            GeospatialFeatureNotFilter | GeospatialFeatureOrFilter | GeospatialFeatureRangeFilter |
            GeospatialFeatureRegexFilter | GeospatialFeatureStContainsFilter | GeospatialFeatureStContainsProperlyFilter |
            GeospatialFeatureStIntersects3DFilter | GeospatialFeatureStIntersectsFilter |
            GeospatialFeatureStWithinDistance3DFilter | GeospatialFeatureStWithinDistanceFilter |
            GeospatialFeatureStWithinFilter | GeospatialFeatureStWithinProperlyFilter | Unset):
        limit (float | Unset):
        output (GeospatialOutputStreaming | Unset): Desired output specification for streaming. Example:
            {'jsonStreamFormat': 'LENGTH_PREFIXED', 'properties': {'*': {}, 'geometry1': {'srid': 4326}, 'geometry2':
            {'srid': 3857}}}.
    """

    _FIT = {
        "allowCrsTransformation": "b",
        "allowDimensionalityMismatch": "b",
        "filter": (
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
        "limit": "n",
        "output": ("m", "GeospatialOutputStreaming"),
    }
    _REQUIRED = ()

    allow_crs_transformation: bool | Unset = UNSET
    allow_dimensionality_mismatch: bool | Unset = UNSET
    filter_: (
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
        | Unset
    ) = UNSET
    limit: float | Unset = UNSET
    output: GeospatialOutputStreaming | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_crs_transformation = self.allow_crs_transformation

        allow_dimensionality_mismatch = self.allow_dimensionality_mismatch

        filter_: dict[str, Any] | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = self.filter_.to_dict()

        limit = self.limit

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_crs_transformation is not UNSET:
            field_dict["allowCrsTransformation"] = allow_crs_transformation
        if allow_dimensionality_mismatch is not UNSET:
            field_dict["allowDimensionalityMismatch"] = allow_dimensionality_mismatch
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_feature_and_filter import GeospatialFeatureAndFilter  # noqa: PLC0415
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
        from ..models.geospatial_output_streaming import GeospatialOutputStreaming  # noqa: PLC0415

        d = dict(src_dict)
        allow_crs_transformation = d.pop("allowCrsTransformation", UNSET)

        allow_dimensionality_mismatch = d.pop("allowDimensionalityMismatch", UNSET)

        def _parse_filter_(
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
            | Unset
        ):
            if isinstance(data, Unset):
                return data
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

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        limit = d.pop("limit", UNSET)

        _output = d.pop("output", UNSET)
        output: GeospatialOutputStreaming | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = GeospatialOutputStreaming.from_dict(_output)

        geospatial_feature_search_streaming_request = cls(
            allow_crs_transformation=allow_crs_transformation,
            allow_dimensionality_mismatch=allow_dimensionality_mismatch,
            filter_=filter_,
            limit=limit,
            output=output,
        )

        geospatial_feature_search_streaming_request.additional_properties = d
        return geospatial_feature_search_streaming_request
