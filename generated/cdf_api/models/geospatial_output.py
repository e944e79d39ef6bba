from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.geospatial_output_geometry_format import GeospatialOutputGeometryFormat
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_output_properties import GeospatialOutputProperties


T = TypeVar("T", bound="GeospatialOutput")


@_attrs_define
class GeospatialOutput(AdditionalProperties):
    """Desired output specification.

    Example:
        {'properties': {'*': {}, 'geometry1': {'srid': 4326}, 'geometry2': {'srid': 3857}}}

    Attributes:
        geometry_format (GeospatialOutputGeometryFormat | Unset): Desired format for geometry output. If GEOJSON is the
            output format, SRID 4326 must be specified explicitly for all geometrical properties. Defaults to WKT.
        properties (GeospatialOutputProperties | Unset): A property selection with specification of output format (e.g.
            desired output Coordinate Reference System into which geometries should be transformed). All properties will be
            returned when the selection is empty or contains the wildcard `*` character. When the selection contains only
            some of the properties, the result will contain only requested properties.
    """

    _FIT = {"geometryFormat": "s", "properties": ("m", "GeospatialOutputProperties")}
    _REQUIRED = ()

    geometry_format: GeospatialOutputGeometryFormat | Unset = UNSET
    properties: GeospatialOutputProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        geometry_format: str | Unset = UNSET
        if not isinstance(self.geometry_format, Unset):
            geometry_format = self.geometry_format.value

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if geometry_format is not UNSET:
            field_dict["geometryFormat"] = geometry_format
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_output_properties import GeospatialOutputProperties  # noqa: PLC0415

        d = dict(src_dict)
        _geometry_format = d.pop("geometryFormat", UNSET)
        geometry_format: GeospatialOutputGeometryFormat | Unset
        if isinstance(_geometry_format, Unset):
            geometry_format = UNSET
        else:
            geometry_format = GeospatialOutputGeometryFormat(_geometry_format)

        _properties = d.pop("properties", UNSET)
        properties: GeospatialOutputProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = GeospatialOutputProperties.from_dict(_properties)

        geospatial_output = cls(
            geometry_format=geometry_format,
            properties=properties,
        )

        geospatial_output.additional_properties = d
        return geospatial_output
