from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_property_and_values import GeospatialPropertyAndValues


T = TypeVar("T", bound="GeospatialFeatureContainsAnyFilter")


@_attrs_define
class GeospatialFeatureContainsAnyFilter(AdditionalProperties):
    """
    Attributes:
        contains_any (GeospatialPropertyAndValues | Unset):
    """

    _FIT = {"containsAny": ("m", "GeospatialPropertyAndValues")}
    _REQUIRED = ()

    contains_any: GeospatialPropertyAndValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contains_any: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contains_any, Unset):
            contains_any = self.contains_any.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contains_any is not UNSET:
            field_dict["containsAny"] = contains_any

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_property_and_values import GeospatialPropertyAndValues  # noqa: PLC0415

        d = dict(src_dict)
        _contains_any = d.pop("containsAny", UNSET)
        contains_any: GeospatialPropertyAndValues | Unset
        if isinstance(_contains_any, Unset):
            contains_any = UNSET
        else:
            contains_any = GeospatialPropertyAndValues.from_dict(_contains_any)

        geospatial_feature_contains_any_filter = cls(
            contains_any=contains_any,
        )

        geospatial_feature_contains_any_filter.additional_properties = d
        return geospatial_feature_contains_any_filter
