from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_property_and_value import GeospatialPropertyAndValue


T = TypeVar("T", bound="GeospatialFeatureStIntersects3DFilter")


@_attrs_define
class GeospatialFeatureStIntersects3DFilter(AdditionalProperties):
    """
    Attributes:
        st_intersects_3_d (GeospatialPropertyAndValue | Unset):
    """

    _FIT = {"stIntersects3d": ("m", "GeospatialPropertyAndValue")}
    _REQUIRED = ()

    st_intersects_3_d: GeospatialPropertyAndValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        st_intersects_3_d: dict[str, Any] | Unset = UNSET
        if not isinstance(self.st_intersects_3_d, Unset):
            st_intersects_3_d = self.st_intersects_3_d.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if st_intersects_3_d is not UNSET:
            field_dict["stIntersects3d"] = st_intersects_3_d

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_property_and_value import GeospatialPropertyAndValue  # noqa: PLC0415

        d = dict(src_dict)
        _st_intersects_3_d = d.pop("stIntersects3d", UNSET)
        st_intersects_3_d: GeospatialPropertyAndValue | Unset
        if isinstance(_st_intersects_3_d, Unset):
            st_intersects_3_d = UNSET
        else:
            st_intersects_3_d = GeospatialPropertyAndValue.from_dict(_st_intersects_3_d)

        geospatial_feature_st_intersects_3d_filter = cls(
            st_intersects_3_d=st_intersects_3_d,
        )

        geospatial_feature_st_intersects_3d_filter.additional_properties = d
        return geospatial_feature_st_intersects_3d_filter
