from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.geospatial_property import GeospatialProperty


T = TypeVar("T", bound="GeospatialCentroidAggregationOutput")


@_attrs_define
class GeospatialCentroidAggregationOutput(AdditionalProperties):
    """
    Attributes:
        st_centroid (GeospatialProperty):
    """

    _FIT = {"stCentroid": ("m", "GeospatialProperty")}
    _REQUIRED = ("stCentroid",)

    st_centroid: GeospatialProperty
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        st_centroid = self.st_centroid.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stCentroid": st_centroid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_property import GeospatialProperty  # noqa: PLC0415

        d = dict(src_dict)
        st_centroid = GeospatialProperty.from_dict(d.pop("stCentroid"))

        geospatial_centroid_aggregation_output = cls(
            st_centroid=st_centroid,
        )

        geospatial_centroid_aggregation_output.additional_properties = d
        return geospatial_centroid_aggregation_output
