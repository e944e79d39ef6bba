from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.geospatial_property import GeospatialProperty


T = TypeVar("T", bound="GeospatialSumAggregationOutput")


@_attrs_define
class GeospatialSumAggregationOutput(AdditionalProperties):
    """
    Attributes:
        sum_ (GeospatialProperty):
    """

    _FIT = {"sum": ("m", "GeospatialProperty")}
    _REQUIRED = ("sum",)

    sum_: GeospatialProperty
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sum_ = self.sum_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sum": sum_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_property import GeospatialProperty  # noqa: PLC0415

        d = dict(src_dict)
        sum_ = GeospatialProperty.from_dict(d.pop("sum"))

        geospatial_sum_aggregation_output = cls(
            sum_=sum_,
        )

        geospatial_sum_aggregation_output.additional_properties = d
        return geospatial_sum_aggregation_output
