from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_property_and_value import GeospatialPropertyAndValue


T = TypeVar("T", bound="GeospatialFeatureStIntersectsFilter")


@_attrs_define
class GeospatialFeatureStIntersectsFilter(AdditionalProperties):
    """
    Attributes:
        st_intersects (GeospatialPropertyAndValue | Unset):
    """

    _FIT = {"stIntersects": ("m", "GeospatialPropertyAndValue")}
    _REQUIRED = ()

    st_intersects: GeospatialPropertyAndValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        st_intersects: dict[str, Any] | Unset = UNSET
        if not isinstance(self.st_intersects, Unset):
            st_intersects = self.st_intersects.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if st_intersects is not UNSET:
            field_dict["stIntersects"] = st_intersects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_property_and_value import GeospatialPropertyAndValue  # noqa: PLC0415

        d = dict(src_dict)
        _st_intersects = d.pop("stIntersects", UNSET)
        st_intersects: GeospatialPropertyAndValue | Unset
        if isinstance(_st_intersects, Unset):
            st_intersects = UNSET
        else:
            st_intersects = GeospatialPropertyAndValue.from_dict(_st_intersects)

        geospatial_feature_st_intersects_filter = cls(
            st_intersects=st_intersects,
        )

        geospatial_feature_st_intersects_filter.additional_properties = d
        return geospatial_feature_st_intersects_filter
