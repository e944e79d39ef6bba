from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.geospatial_feature_type_property import GeospatialFeatureTypeProperty


T = TypeVar("T", bound="GeospatialUpdateFeatureTypeSpecUpdatePropertiesAdd")


@_attrs_define
class GeospatialUpdateFeatureTypeSpecUpdatePropertiesAdd(AdditionalProperties):
    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, GeospatialFeatureTypeProperty] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_feature_type_property import GeospatialFeatureTypeProperty  # noqa: PLC0415

        d = dict(src_dict)
        geospatial_update_feature_type_spec_update_properties_add = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = GeospatialFeatureTypeProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        geospatial_update_feature_type_spec_update_properties_add.additional_properties = additional_properties
        return geospatial_update_feature_type_spec_update_properties_add
