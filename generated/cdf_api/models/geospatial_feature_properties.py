from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.geospatial_feature_properties_option_2 import GeospatialFeaturePropertiesOption2


T = TypeVar("T", bound="GeospatialFeatureProperties")


@_attrs_define
class GeospatialFeatureProperties(AdditionalProperties):
    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, bool | float | GeospatialFeaturePropertiesOption2 | list[int] | str] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.geospatial_feature_properties_option_2 import GeospatialFeaturePropertiesOption2  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, GeospatialFeaturePropertiesOption2):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, list):
                field_dict[prop_name] = prop

            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_feature_properties_option_2 import GeospatialFeaturePropertiesOption2  # noqa: PLC0415

        d = dict(src_dict)
        geospatial_feature_properties = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> bool | float | GeospatialFeaturePropertiesOption2 | list[int] | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_2 = GeospatialFeaturePropertiesOption2.from_dict(data)

                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    additional_property_type_4 = cast(list[int], data)

                    return additional_property_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | float | GeospatialFeaturePropertiesOption2 | list[int] | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        geospatial_feature_properties.additional_properties = additional_properties
        return geospatial_feature_properties
