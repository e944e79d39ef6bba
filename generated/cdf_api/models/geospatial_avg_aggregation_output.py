from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.geospatial_property import GeospatialProperty


T = TypeVar("T", bound="GeospatialAvgAggregationOutput")


@_attrs_define
class GeospatialAvgAggregationOutput(AdditionalProperties):
    """
    Attributes:
        avg (GeospatialProperty):
    """

    _FIT = {"avg": ("m", "GeospatialProperty")}
    _REQUIRED = ("avg",)

    avg: GeospatialProperty
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg = self.avg.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avg": avg,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_property import GeospatialProperty  # noqa: PLC0415

        d = dict(src_dict)
        avg = GeospatialProperty.from_dict(d.pop("avg"))

        geospatial_avg_aggregation_output = cls(
            avg=avg,
        )

        geospatial_avg_aggregation_output.additional_properties = d
        return geospatial_avg_aggregation_output
