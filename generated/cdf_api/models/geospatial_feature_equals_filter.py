from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_property_and_value import GeospatialPropertyAndValue


T = TypeVar("T", bound="GeospatialFeatureEqualsFilter")


@_attrs_define
class GeospatialFeatureEqualsFilter(AdditionalProperties):
    """
    Attributes:
        equals (GeospatialPropertyAndValue | Unset):
    """

    _FIT = {"equals": ("m", "GeospatialPropertyAndValue")}
    _REQUIRED = ()

    equals: GeospatialPropertyAndValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        equals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.equals, Unset):
            equals = self.equals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if equals is not UNSET:
            field_dict["equals"] = equals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_property_and_value import GeospatialPropertyAndValue  # noqa: PLC0415

        d = dict(src_dict)
        _equals = d.pop("equals", UNSET)
        equals: GeospatialPropertyAndValue | Unset
        if isinstance(_equals, Unset):
            equals = UNSET
        else:
            equals = GeospatialPropertyAndValue.from_dict(_equals)

        geospatial_feature_equals_filter = cls(
            equals=equals,
        )

        geospatial_feature_equals_filter.additional_properties = d
        return geospatial_feature_equals_filter
