from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_property_and_value import GeospatialPropertyAndValue


T = TypeVar("T", bound="GeospatialFeatureStContainsProperlyFilter")


@_attrs_define
class GeospatialFeatureStContainsProperlyFilter(AdditionalProperties):
    """
    Attributes:
        st_contains_properly (GeospatialPropertyAndValue | Unset):
    """

    _FIT = {"stContainsProperly": ("m", "GeospatialPropertyAndValue")}
    _REQUIRED = ()

    st_contains_properly: GeospatialPropertyAndValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        st_contains_properly: dict[str, Any] | Unset = UNSET
        if not isinstance(self.st_contains_properly, Unset):
            st_contains_properly = self.st_contains_properly.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if st_contains_properly is not UNSET:
            field_dict["stContainsProperly"] = st_contains_properly

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_property_and_value import GeospatialPropertyAndValue  # noqa: PLC0415

        d = dict(src_dict)
        _st_contains_properly = d.pop("stContainsProperly", UNSET)
        st_contains_properly: GeospatialPropertyAndValue | Unset
        if isinstance(_st_contains_properly, Unset):
            st_contains_properly = UNSET
        else:
            st_contains_properly = GeospatialPropertyAndValue.from_dict(_st_contains_properly)

        geospatial_feature_st_contains_properly_filter = cls(
            st_contains_properly=st_contains_properly,
        )

        geospatial_feature_st_contains_properly_filter.additional_properties = d
        return geospatial_feature_st_contains_properly_filter
