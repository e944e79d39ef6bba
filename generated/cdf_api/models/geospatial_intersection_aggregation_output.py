from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.geospatial_property import GeospatialProperty


T = TypeVar("T", bound="GeospatialIntersectionAggregationOutput")


@_attrs_define
class GeospatialIntersectionAggregationOutput(AdditionalProperties):
    """
    Attributes:
        st_intersection (GeospatialProperty):
    """

    _FIT = {"stIntersection": ("m", "GeospatialProperty")}
    _REQUIRED = ("stIntersection",)

    st_intersection: GeospatialProperty
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        st_intersection = self.st_intersection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stIntersection": st_intersection,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_property import GeospatialProperty  # noqa: PLC0415

        d = dict(src_dict)
        st_intersection = GeospatialProperty.from_dict(d.pop("stIntersection"))

        geospatial_intersection_aggregation_output = cls(
            st_intersection=st_intersection,
        )

        geospatial_intersection_aggregation_output.additional_properties = d
        return geospatial_intersection_aggregation_output
