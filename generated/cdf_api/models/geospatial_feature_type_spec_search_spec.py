from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.geospatial_index_spec import GeospatialIndexSpec


T = TypeVar("T", bound="GeospatialFeatureTypeSpecSearchSpec")


@_attrs_define
class GeospatialFeatureTypeSpecSearchSpec(AdditionalProperties):
    """Each index name has to match the following regexp pattern `/^[A-Za-z][A-Za-z0-9_]{0,31}$/`.\\ The number of indexes
    is limited to 10 per feature type.

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, GeospatialIndexSpec] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_index_spec import GeospatialIndexSpec  # noqa: PLC0415

        d = dict(src_dict)
        geospatial_feature_type_spec_search_spec = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = GeospatialIndexSpec.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        geospatial_feature_type_spec_search_spec.additional_properties = additional_properties
        return geospatial_feature_type_spec_search_spec
