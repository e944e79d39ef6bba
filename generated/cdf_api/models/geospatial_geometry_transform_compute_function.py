from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.geospatial_geometry_transform_compute_function_st_transform import (
        GeospatialGeometryTransformComputeFunctionStTransform,
    )


T = TypeVar("T", bound="GeospatialGeometryTransformComputeFunction")


@_attrs_define
class GeospatialGeometryTransformComputeFunction(AdditionalProperties):
    """
    Attributes:
        st_transform (GeospatialGeometryTransformComputeFunctionStTransform):
    """

    _FIT = {"stTransform": ("m", "GeospatialGeometryTransformComputeFunctionStTransform")}
    _REQUIRED = ("stTransform",)

    st_transform: GeospatialGeometryTransformComputeFunctionStTransform
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        st_transform = self.st_transform.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stTransform": st_transform,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_geometry_transform_compute_function_st_transform import (
            GeospatialGeometryTransformComputeFunctionStTransform,  # noqa: PLC0415
        )

        d = dict(src_dict)
        st_transform = GeospatialGeometryTransformComputeFunctionStTransform.from_dict(d.pop("stTransform"))

        geospatial_geometry_transform_compute_function = cls(
            st_transform=st_transform,
        )

        geospatial_geometry_transform_compute_function.additional_properties = d
        return geospatial_geometry_transform_compute_function
