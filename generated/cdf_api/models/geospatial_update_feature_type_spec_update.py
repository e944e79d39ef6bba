from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.geospatial_update_feature_type_spec_update_properties import (
        GeospatialUpdateFeatureTypeSpecUpdateProperties,
    )
    from ..models.geospatial_update_feature_type_spec_update_search_spec import (
        GeospatialUpdateFeatureTypeSpecUpdateSearchSpec,
    )
    from ..models.remove_field import RemoveField
    from ..models.set_long_field import SetLongField


T = TypeVar("T", bound="GeospatialUpdateFeatureTypeSpecUpdate")


@_attrs_define
class GeospatialUpdateFeatureTypeSpecUpdate(AdditionalProperties):
    """
    Attributes:
        data_set_id (RemoveField | SetLongField | Unset): Set a new value for the long, or remove the value.
        properties (GeospatialUpdateFeatureTypeSpecUpdateProperties | Unset): List of properties to be added, deleted or
            modified in an existing feature type. Each property name has to match the following regexp pattern
            `/^[A-Za-z][A-Za-z0-9_]{0,31}$/`.\\ The total number of properties is limited to 100 per feature type. There
            must not be any property name overlap in `add`, `remove` and `modify` fields.
        search_spec (GeospatialUpdateFeatureTypeSpecUpdateSearchSpec | Unset): Each index name has to match the
            following regexp pattern `/^[A-Za-z][A-Za-z0-9_]{0,31}$/`.\\ The total number of indexes is limited to 5 per
            feature type.
    """

    _FIT = {
        "dataSetId": ("u", (("m", "SetLongField"), ("m", "RemoveField"))),
        "properties": ("m", "GeospatialUpdateFeatureTypeSpecUpdateProperties"),
        "searchSpec": ("m", "GeospatialUpdateFeatureTypeSpecUpdateSearchSpec"),
    }
    _REQUIRED = ()

    data_set_id: RemoveField | SetLongField | Unset = UNSET
    properties: GeospatialUpdateFeatureTypeSpecUpdateProperties | Unset = UNSET
    search_spec: GeospatialUpdateFeatureTypeSpecUpdateSearchSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_set_id: dict[str, Any] | Unset
        if isinstance(self.data_set_id, Unset):
            data_set_id = UNSET
        else:
            data_set_id = self.data_set_id.to_dict()

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        search_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search_spec, Unset):
            search_spec = self.search_spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if properties is not UNSET:
            field_dict["properties"] = properties
        if search_spec is not UNSET:
            field_dict["searchSpec"] = search_spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_update_feature_type_spec_update_properties import (
            GeospatialUpdateFeatureTypeSpecUpdateProperties,  # noqa: PLC0415
        )
        from ..models.geospatial_update_feature_type_spec_update_search_spec import (
            GeospatialUpdateFeatureTypeSpecUpdateSearchSpec,  # noqa: PLC0415
        )
        from ..models.remove_field import RemoveField  # noqa: PLC0415
        from ..models.set_long_field import SetLongField  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data_set_id(data: object) -> RemoveField | SetLongField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetLongField, RemoveField))

        data_set_id = _parse_data_set_id(d.pop("dataSetId", UNSET))

        _properties = d.pop("properties", UNSET)
        properties: GeospatialUpdateFeatureTypeSpecUpdateProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = GeospatialUpdateFeatureTypeSpecUpdateProperties.from_dict(_properties)

        _search_spec = d.pop("searchSpec", UNSET)
        search_spec: GeospatialUpdateFeatureTypeSpecUpdateSearchSpec | Unset
        if isinstance(_search_spec, Unset):
            search_spec = UNSET
        else:
            search_spec = GeospatialUpdateFeatureTypeSpecUpdateSearchSpec.from_dict(_search_spec)

        geospatial_update_feature_type_spec_update = cls(
            data_set_id=data_set_id,
            properties=properties,
            search_spec=search_spec,
        )

        geospatial_update_feature_type_spec_update.additional_properties = d
        return geospatial_update_feature_type_spec_update
