from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.geospatial_property import GeospatialProperty


T = TypeVar("T", bound="GeospatialConvexHullAggregationOutput")


@_attrs_define
class GeospatialConvexHullAggregationOutput(AdditionalProperties):
    """
    Attributes:
        st_convex_hull (GeospatialProperty):
    """

    _FIT = {"stConvexHull": ("m", "GeospatialProperty")}
    _REQUIRED = ("stConvexHull",)

    st_convex_hull: GeospatialProperty
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        st_convex_hull = self.st_convex_hull.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stConvexHull": st_convex_hull,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_property import GeospatialProperty  # noqa: PLC0415

        d = dict(src_dict)
        st_convex_hull = GeospatialProperty.from_dict(d.pop("stConvexHull"))

        geospatial_convex_hull_aggregation_output = cls(
            st_convex_hull=st_convex_hull,
        )

        geospatial_convex_hull_aggregation_output.additional_properties = d
        return geospatial_convex_hull_aggregation_output
