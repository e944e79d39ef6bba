from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.geospatial_property import GeospatialProperty


T = TypeVar("T", bound="GeospatialCountAggregationOutput")


@_attrs_define
class GeospatialCountAggregationOutput(AdditionalProperties):
    """
    Attributes:
        count (GeospatialProperty):
    """

    _FIT = {"count": ("m", "GeospatialProperty")}
    _REQUIRED = ("count",)

    count: GeospatialProperty
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_property import GeospatialProperty  # noqa: PLC0415

        d = dict(src_dict)
        count = GeospatialProperty.from_dict(d.pop("count"))

        geospatial_count_aggregation_output = cls(
            count=count,
        )

        geospatial_count_aggregation_output.additional_properties = d
        return geospatial_count_aggregation_output
