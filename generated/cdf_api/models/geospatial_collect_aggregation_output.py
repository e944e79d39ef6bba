from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.geospatial_property import GeospatialProperty


T = TypeVar("T", bound="GeospatialCollectAggregationOutput")


@_attrs_define
class GeospatialCollectAggregationOutput(AdditionalProperties):
    """
    Attributes:
        st_collect (GeospatialProperty):
    """

    _FIT = {"stCollect": ("m", "GeospatialProperty")}
    _REQUIRED = ("stCollect",)

    st_collect: GeospatialProperty
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        st_collect = self.st_collect.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stCollect": st_collect,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_property import GeospatialProperty  # noqa: PLC0415

        d = dict(src_dict)
        st_collect = GeospatialProperty.from_dict(d.pop("stCollect"))

        geospatial_collect_aggregation_output = cls(
            st_collect=st_collect,
        )

        geospatial_collect_aggregation_output.additional_properties = d
        return geospatial_collect_aggregation_output
