from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.geospatial_property import GeospatialProperty


T = TypeVar("T", bound="GeospatialUnionAggregationOutput")


@_attrs_define
class GeospatialUnionAggregationOutput(AdditionalProperties):
    """
    Attributes:
        st_union (GeospatialProperty):
    """

    _FIT = {"stUnion": ("m", "GeospatialProperty")}
    _REQUIRED = ("stUnion",)

    st_union: GeospatialProperty
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        st_union = self.st_union.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stUnion": st_union,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_property import GeospatialProperty  # noqa: PLC0415

        d = dict(src_dict)
        st_union = GeospatialProperty.from_dict(d.pop("stUnion"))

        geospatial_union_aggregation_output = cls(
            st_union=st_union,
        )

        geospatial_union_aggregation_output.additional_properties = d
        return geospatial_union_aggregation_output
