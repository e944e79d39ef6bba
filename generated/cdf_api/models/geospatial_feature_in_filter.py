from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_property_and_values import GeospatialPropertyAndValues


T = TypeVar("T", bound="GeospatialFeatureInFilter")


@_attrs_define
class GeospatialFeatureInFilter(AdditionalProperties):
    """
    Attributes:
        in_ (GeospatialPropertyAndValues | Unset):
    """

    _FIT = {"in": ("m", "GeospatialPropertyAndValues")}
    _REQUIRED = ()

    in_: GeospatialPropertyAndValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.in_, Unset):
            in_ = self.in_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if in_ is not UNSET:
            field_dict["in"] = in_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_property_and_values import GeospatialPropertyAndValues  # noqa: PLC0415

        d = dict(src_dict)
        _in_ = d.pop("in", UNSET)
        in_: GeospatialPropertyAndValues | Unset
        if isinstance(_in_, Unset):
            in_ = UNSET
        else:
            in_ = GeospatialPropertyAndValues.from_dict(_in_)

        geospatial_feature_in_filter = cls(
            in_=in_,
        )

        geospatial_feature_in_filter.additional_properties = d
        return geospatial_feature_in_filter
