from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_property_and_value import GeospatialPropertyAndValue


T = TypeVar("T", bound="GeospatialFeatureStContainsFilter")


@_attrs_define
class GeospatialFeatureStContainsFilter(AdditionalProperties):
    """
    Attributes:
        st_contains (GeospatialPropertyAndValue | Unset):
    """

    _FIT = {"stContains": ("m", "GeospatialPropertyAndValue")}
    _REQUIRED = ()

    st_contains: GeospatialPropertyAndValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        st_contains: dict[str, Any] | Unset = UNSET
        if not isinstance(self.st_contains, Unset):
            st_contains = self.st_contains.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if st_contains is not UNSET:
            field_dict["stContains"] = st_contains

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_property_and_value import GeospatialPropertyAndValue  # noqa: PLC0415

        d = dict(src_dict)
        _st_contains = d.pop("stContains", UNSET)
        st_contains: GeospatialPropertyAndValue | Unset
        if isinstance(_st_contains, Unset):
            st_contains = UNSET
        else:
            st_contains = GeospatialPropertyAndValue.from_dict(_st_contains)

        geospatial_feature_st_contains_filter = cls(
            st_contains=st_contains,
        )

        geospatial_feature_st_contains_filter.additional_properties = d
        return geospatial_feature_st_contains_filter
