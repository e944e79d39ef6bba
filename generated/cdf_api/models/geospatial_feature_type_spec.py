from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_feature_type_spec_properties import GeospatialFeatureTypeSpecProperties
    from ..models.geospatial_feature_type_spec_search_spec import GeospatialFeatureTypeSpecSearchSpec


T = TypeVar("T", bound="GeospatialFeatureTypeSpec")


@_attrs_define
class GeospatialFeatureTypeSpec(AdditionalProperties):
    """
    Attributes:
        external_id (str):  Example: ocean_measures.
        properties (GeospatialFeatureTypeSpecProperties): Each property name has to match the following regexp pattern
            `/^[A-Za-z][A-Za-z0-9_]{0,31}$/`.\\ The number of properties is limited to 200 per feature type.
        data_set_id (int | Unset): The dataSet Id for the item.
        search_spec (GeospatialFeatureTypeSpecSearchSpec | Unset): Each index name has to match the following regexp
            pattern `/^[A-Za-z][A-Za-z0-9_]{0,31}$/`.\\ The number of indexes is limited to 10 per feature type.
    """

    _FIT = {
        "externalId": "s",
        "properties": ("m", "GeospatialFeatureTypeSpecProperties"),
        "dataSetId": "i",
        "searchSpec": ("m", "GeospatialFeatureTypeSpecSearchSpec"),
    }
    _REQUIRED = ("externalId", "properties")

    external_id: str
    properties: GeospatialFeatureTypeSpecProperties
    data_set_id: int | Unset = UNSET
    search_spec: GeospatialFeatureTypeSpecSearchSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        properties = self.properties.to_dict()

        data_set_id = self.data_set_id

        search_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search_spec, Unset):
            search_spec = self.search_spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "properties": properties,
            }
        )
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if search_spec is not UNSET:
            field_dict["searchSpec"] = search_spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_feature_type_spec_properties import GeospatialFeatureTypeSpecProperties  # noqa: PLC0415
        from ..models.geospatial_feature_type_spec_search_spec import GeospatialFeatureTypeSpecSearchSpec  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        properties = GeospatialFeatureTypeSpecProperties.from_dict(d.pop("properties"))

        data_set_id = d.pop("dataSetId", UNSET)

        _search_spec = d.pop("searchSpec", UNSET)
        search_spec: GeospatialFeatureTypeSpecSearchSpec | Unset
        if isinstance(_search_spec, Unset):
            search_spec = UNSET
        else:
            search_spec = GeospatialFeatureTypeSpecSearchSpec.from_dict(_search_spec)

        geospatial_feature_type_spec = cls(
            external_id=external_id,
            properties=properties,
            data_set_id=data_set_id,
            search_spec=search_spec,
        )

        geospatial_feature_type_spec.additional_properties = d
        return geospatial_feature_type_spec
