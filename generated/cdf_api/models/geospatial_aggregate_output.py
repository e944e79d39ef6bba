from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.geospatial_avg_aggregation_output import GeospatialAvgAggregationOutput
    from ..models.geospatial_centroid_aggregation_output import GeospatialCentroidAggregationOutput
    from ..models.geospatial_collect_aggregation_output import GeospatialCollectAggregationOutput
    from ..models.geospatial_convex_hull_aggregation_output import GeospatialConvexHullAggregationOutput
    from ..models.geospatial_count_aggregation_output import GeospatialCountAggregationOutput
    from ..models.geospatial_intersection_aggregation_output import GeospatialIntersectionAggregationOutput
    from ..models.geospatial_max_aggregation_output import GeospatialMaxAggregationOutput
    from ..models.geospatial_min_aggregation_output import GeospatialMinAggregationOutput
    from ..models.geospatial_sum_aggregation_output import GeospatialSumAggregationOutput
    from ..models.geospatial_union_aggregation_output import GeospatialUnionAggregationOutput
    from ..models.geospatial_variance_aggregation_output import GeospatialVarianceAggregationOutput


T = TypeVar("T", bound="GeospatialAggregateOutput")


@_attrs_define
class GeospatialAggregateOutput(AdditionalProperties):
    """A list of aggregations which are requested."""

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[
        str,
        GeospatialAvgAggregationOutput
        | GeospatialCentroidAggregationOutput
        | GeospatialCollectAggregationOutput
        | GeospatialConvexHullAggregationOutput
        | GeospatialCountAggregationOutput
        | GeospatialIntersectionAggregationOutput
        | GeospatialMaxAggregationOutput
        | GeospatialMinAggregationOutput
        | GeospatialSumAggregationOutput
        | GeospatialUnionAggregationOutput
        | GeospatialVarianceAggregationOutput,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_avg_aggregation_output import GeospatialAvgAggregationOutput  # noqa: PLC0415
        from ..models.geospatial_centroid_aggregation_output import GeospatialCentroidAggregationOutput  # noqa: PLC0415
        from ..models.geospatial_collect_aggregation_output import GeospatialCollectAggregationOutput  # noqa: PLC0415
        from ..models.geospatial_convex_hull_aggregation_output import GeospatialConvexHullAggregationOutput  # noqa: PLC0415
        from ..models.geospatial_count_aggregation_output import GeospatialCountAggregationOutput  # noqa: PLC0415
        from ..models.geospatial_intersection_aggregation_output import GeospatialIntersectionAggregationOutput  # noqa: PLC0415
        from ..models.geospatial_max_aggregation_output import GeospatialMaxAggregationOutput  # noqa: PLC0415
        from ..models.geospatial_min_aggregation_output import GeospatialMinAggregationOutput  # noqa: PLC0415
        from ..models.geospatial_sum_aggregation_output import GeospatialSumAggregationOutput  # noqa: PLC0415
        from ..models.geospatial_union_aggregation_output import GeospatialUnionAggregationOutput  # noqa: PLC0415
        from ..models.geospatial_variance_aggregation_output import GeospatialVarianceAggregationOutput  # noqa: PLC0415

        d = dict(src_dict)
        geospatial_aggregate_output = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                GeospatialAvgAggregationOutput
                | GeospatialCentroidAggregationOutput
                | GeospatialCollectAggregationOutput
                | GeospatialConvexHullAggregationOutput
                | GeospatialCountAggregationOutput
                | GeospatialIntersectionAggregationOutput
                | GeospatialMaxAggregationOutput
                | GeospatialMinAggregationOutput
                | GeospatialSumAggregationOutput
                | GeospatialUnionAggregationOutput
                | GeospatialVarianceAggregationOutput
            ):
                return parse_best(
                    data,
                    (
                        GeospatialMaxAggregationOutput,
                        GeospatialMinAggregationOutput,
                        GeospatialSumAggregationOutput,
                        GeospatialCountAggregationOutput,
                        GeospatialAvgAggregationOutput,
                        GeospatialVarianceAggregationOutput,
                        GeospatialCentroidAggregationOutput,
                        GeospatialCollectAggregationOutput,
                        GeospatialConvexHullAggregationOutput,
                        GeospatialIntersectionAggregationOutput,
                        GeospatialUnionAggregationOutput,
                    ),
                )

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        geospatial_aggregate_output.additional_properties = additional_properties
        return geospatial_aggregate_output
