from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.geospatial_property import GeospatialProperty


T = TypeVar("T", bound="GeospatialMinAggregationOutput")


@_attrs_define
class GeospatialMinAggregationOutput(AdditionalProperties):
    """
    Attributes:
        min_ (GeospatialProperty):
    """

    _FIT = {"min": ("m", "GeospatialProperty")}
    _REQUIRED = ("min",)

    min_: GeospatialProperty
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_ = self.min_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "min": min_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_property import GeospatialProperty  # noqa: PLC0415

        d = dict(src_dict)
        min_ = GeospatialProperty.from_dict(d.pop("min"))

        geospatial_min_aggregation_output = cls(
            min_=min_,
        )

        geospatial_min_aggregation_output.additional_properties = d
        return geospatial_min_aggregation_output
