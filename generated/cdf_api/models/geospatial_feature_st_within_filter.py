from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_property_and_value import GeospatialPropertyAndValue


T = TypeVar("T", bound="GeospatialFeatureStWithinFilter")


@_attrs_define
class GeospatialFeatureStWithinFilter(AdditionalProperties):
    """
    Attributes:
        st_within (GeospatialPropertyAndValue | Unset):
    """

    _FIT = {"stWithin": ("m", "GeospatialPropertyAndValue")}
    _REQUIRED = ()

    st_within: GeospatialPropertyAndValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        st_within: dict[str, Any] | Unset = UNSET
        if not isinstance(self.st_within, Unset):
            st_within = self.st_within.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if st_within is not UNSET:
            field_dict["stWithin"] = st_within

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_property_and_value import GeospatialPropertyAndValue  # noqa: PLC0415

        d = dict(src_dict)
        _st_within = d.pop("stWithin", UNSET)
        st_within: GeospatialPropertyAndValue | Unset
        if isinstance(_st_within, Unset):
            st_within = UNSET
        else:
            st_within = GeospatialPropertyAndValue.from_dict(_st_within)

        geospatial_feature_st_within_filter = cls(
            st_within=st_within,
        )

        geospatial_feature_st_within_filter.additional_properties = d
        return geospatial_feature_st_within_filter
