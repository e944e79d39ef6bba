from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_property_reference import GeospatialPropertyReference


T = TypeVar("T", bound="GeospatialFeatureMissingFilter")


@_attrs_define
class GeospatialFeatureMissingFilter(AdditionalProperties):
    """
    Attributes:
        missing (GeospatialPropertyReference | Unset): References a feature property in the context of a filter The
            support for arrays is forward looking for when the geospatial api will have complex properties.
    """

    _FIT = {"missing": ("m", "GeospatialPropertyReference")}
    _REQUIRED = ()

    missing: GeospatialPropertyReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        missing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.missing, Unset):
            missing = self.missing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if missing is not UNSET:
            field_dict["missing"] = missing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_property_reference import GeospatialPropertyReference  # noqa: PLC0415

        d = dict(src_dict)
        _missing = d.pop("missing", UNSET)
        missing: GeospatialPropertyReference | Unset
        if isinstance(_missing, Unset):
            missing = UNSET
        else:
            missing = GeospatialPropertyReference.from_dict(_missing)

        geospatial_feature_missing_filter = cls(
            missing=missing,
        )

        geospatial_feature_missing_filter.additional_properties = d
        return geospatial_feature_missing_filter
