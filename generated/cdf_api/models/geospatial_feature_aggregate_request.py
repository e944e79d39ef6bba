from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.geospatial_feature_aggregate_request_aggregates_item import (
    GeospatialFeatureAggregateRequestAggregatesItem,
)
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.geospatial_aggregate_output import GeospatialAggregateOutput
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


T = TypeVar("T", bound="GeospatialFeatureAggregateRequest")


@_attrs_define
class GeospatialFeatureAggregateRequest(AdditionalProperties):
    """Feature Aggregation Request

    Attributes:
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
        aggregates (list[GeospatialFeatureAggregateRequestAggregatesItem] | Unset): This parameter is deprecated. Use
            `output` instead. Names of aggregate functions that are requested.
        property_ (str | Unset): This parameter is deprecated. Use `output` instead. Property name.
        output_srid (int | Unset): EPSG code, e.g. 4326. Only valid for geometry types. See
            https://en.wikipedia.org/wiki/Spatial_reference_system Example: 4326.
        group_by (list[str] | Unset): names of properties to be used for grouping by
        sort (list[str] | Unset): Sort result by the selected fields (properties or aggregates). Default sort order is
            ascending if not specified. Available sort direction: ASC, DESC, ASC_NULLS_FIRST, DESC_NULLS_FIRST,
            ASC_NULLS_LAST, DESC_NULLS_LAST.
        output (GeospatialAggregateOutput | Unset): A list of aggregations which are requested.
    """

    _FIT = {
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
        "aggregates": ("l", "s"),
        "property": "s",
        "outputSrid": "i",
        "groupBy": ("l", "s"),
        "sort": ("l", "s"),
        "output": ("m", "GeospatialAggregateOutput"),
    }
    _REQUIRED = ()

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
    aggregates: list[GeospatialFeatureAggregateRequestAggregatesItem] | Unset = UNSET
    property_: str | Unset = UNSET
    output_srid: int | Unset = UNSET
    group_by: list[str] | Unset = UNSET
    sort: list[str] | Unset = UNSET
    output: GeospatialAggregateOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_dimensionality_mismatch = self.allow_dimensionality_mismatch

        filter_: dict[str, Any] | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = self.filter_.to_dict()

        aggregates: list[str] | Unset = UNSET
        if not isinstance(self.aggregates, Unset):
            aggregates = []
            for aggregates_item_data in self.aggregates:
                aggregates_item = aggregates_item_data.value
                aggregates.append(aggregates_item)

        property_ = self.property_

        output_srid = self.output_srid

        group_by: list[str] | Unset = UNSET
        if not isinstance(self.group_by, Unset):
            group_by = self.group_by

        sort: list[str] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = self.sort

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_dimensionality_mismatch is not UNSET:
            field_dict["allowDimensionalityMismatch"] = allow_dimensionality_mismatch
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if aggregates is not UNSET:
            field_dict["aggregates"] = aggregates
        if property_ is not UNSET:
            field_dict["property"] = property_
        if output_srid is not UNSET:
            field_dict["outputSrid"] = output_srid
        if group_by is not UNSET:
            field_dict["groupBy"] = group_by
        if sort is not UNSET:
            field_dict["sort"] = sort
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_aggregate_output import GeospatialAggregateOutput  # noqa: PLC0415
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

        d = dict(src_dict)
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

        _aggregates = d.pop("aggregates", UNSET)
        aggregates: list[GeospatialFeatureAggregateRequestAggregatesItem] | Unset = UNSET
        if _aggregates is not UNSET:
            aggregates = []
            for aggregates_item_data in _aggregates:
                aggregates_item = GeospatialFeatureAggregateRequestAggregatesItem(aggregates_item_data)

                aggregates.append(aggregates_item)

        property_ = d.pop("property", UNSET)

        output_srid = d.pop("outputSrid", UNSET)

        group_by = cast(list[str], d.pop("groupBy", UNSET))

        sort = cast(list[str], d.pop("sort", UNSET))

        _output = d.pop("output", UNSET)
        output: GeospatialAggregateOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = GeospatialAggregateOutput.from_dict(_output)

        geospatial_feature_aggregate_request = cls(
            allow_dimensionality_mismatch=allow_dimensionality_mismatch,
            filter_=filter_,
            aggregates=aggregates,
            property_=property_,
            output_srid=output_srid,
            group_by=group_by,
            sort=sort,
            output=output,
        )

        geospatial_feature_aggregate_request.additional_properties = d
        return geospatial_feature_aggregate_request
