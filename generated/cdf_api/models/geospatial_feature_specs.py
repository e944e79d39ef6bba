from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_feature_spec import GeospatialFeatureSpec


T = TypeVar("T", bound="GeospatialFeatureSpecs")


@_attrs_define
class GeospatialFeatureSpecs(AdditionalProperties):
    """
    Attributes:
        items (list[GeospatialFeatureSpec]):
        allow_crs_transformation (bool | Unset): Optional parameter indicating if input geometry properties should be
            transformed into the respective Coordinate Reference Systems defined in the feature type specification. If the
            parameter is true, then input geometries will be transformed when the input and output Coordinate Reference
            Systems differ. When it is false, then requests with geometries in Coordinate Reference System different from
            the ones defined in the feature type will result in bad request response code. Transformations apply to property
            geometries in case of create and update feature, as well as to geometries in spatial filters in search
            endpoints. Example: True.
    """

    _FIT = {"items": ("l", ("m", "GeospatialFeatureSpec")), "allowCrsTransformation": "b"}
    _REQUIRED = ("items",)

    items: list[GeospatialFeatureSpec]
    allow_crs_transformation: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        allow_crs_transformation = self.allow_crs_transformation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if allow_crs_transformation is not UNSET:
            field_dict["allowCrsTransformation"] = allow_crs_transformation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_feature_spec import GeospatialFeatureSpec  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = GeospatialFeatureSpec.from_dict(items_item_data)

            items.append(items_item)

        allow_crs_transformation = d.pop("allowCrsTransformation", UNSET)

        geospatial_feature_specs = cls(
            items=items,
            allow_crs_transformation=allow_crs_transformation,
        )

        geospatial_feature_specs.additional_properties = d
        return geospatial_feature_specs
