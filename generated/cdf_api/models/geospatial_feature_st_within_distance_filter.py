from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_property_value_and_distance import GeospatialPropertyValueAndDistance


T = TypeVar("T", bound="GeospatialFeatureStWithinDistanceFilter")


@_attrs_define
class GeospatialFeatureStWithinDistanceFilter(AdditionalProperties):
    """
    Attributes:
        st_within_distance (GeospatialPropertyValueAndDistance | Unset):
    """

    _FIT = {"stWithinDistance": ("m", "GeospatialPropertyValueAndDistance")}
    _REQUIRED = ()

    st_within_distance: GeospatialPropertyValueAndDistance | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        st_within_distance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.st_within_distance, Unset):
            st_within_distance = self.st_within_distance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if st_within_distance is not UNSET:
            field_dict["stWithinDistance"] = st_within_distance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_property_value_and_distance import GeospatialPropertyValueAndDistance  # noqa: PLC0415

        d = dict(src_dict)
        _st_within_distance = d.pop("stWithinDistance", UNSET)
        st_within_distance: GeospatialPropertyValueAndDistance | Unset
        if isinstance(_st_within_distance, Unset):
            st_within_distance = UNSET
        else:
            st_within_distance = GeospatialPropertyValueAndDistance.from_dict(_st_within_distance)

        geospatial_feature_st_within_distance_filter = cls(
            st_within_distance=st_within_distance,
        )

        geospatial_feature_st_within_distance_filter.additional_properties = d
        return geospatial_feature_st_within_distance_filter
