from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.geospatial_output_streaming_geometry_format import GeospatialOutputStreamingGeometryFormat
from ..models.geospatial_output_streaming_json_stream_format import GeospatialOutputStreamingJsonStreamFormat
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_output_streaming_properties import GeospatialOutputStreamingProperties


T = TypeVar("T", bound="GeospatialOutputStreaming")


@_attrs_define
class GeospatialOutputStreaming(AdditionalProperties):
    """Desired output specification for streaming.

    Example:
        {'jsonStreamFormat': 'LENGTH_PREFIXED', 'properties': {'*': {}, 'geometry1': {'srid': 4326}, 'geometry2':
            {'srid': 3857}}}

    Attributes:
        geometry_format (GeospatialOutputStreamingGeometryFormat | Unset): Desired format for geometry output. If
            GEOJSON is the output format, SRID 4326 must be specified explicitly for all geometrical properties. Defaults to
            WKT.
        json_stream_format (GeospatialOutputStreamingJsonStreamFormat | Unset): optional parameter to indicate response
            format in search streaming endpoint. Defaults to LENGTH_PREFIXED
        properties (GeospatialOutputStreamingProperties | Unset): A property selection with specification of output
            format (e.g. desired output Coordinate Reference System to which geometries should be transformed). All
            properties will be returned when the selection is empty or contains the wildcard `*` character. When the
            selection contains only some of the properties, the result will contain only requested properties.
    """

    _FIT = {"geometryFormat": "s", "jsonStreamFormat": "s", "properties": ("m", "GeospatialOutputStreamingProperties")}
    _REQUIRED = ()

    geometry_format: GeospatialOutputStreamingGeometryFormat | Unset = UNSET
    json_stream_format: GeospatialOutputStreamingJsonStreamFormat | Unset = UNSET
    properties: GeospatialOutputStreamingProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        geometry_format: str | Unset = UNSET
        if not isinstance(self.geometry_format, Unset):
            geometry_format = self.geometry_format.value

        json_stream_format: str | Unset = UNSET
        if not isinstance(self.json_stream_format, Unset):
            json_stream_format = self.json_stream_format.value

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if geometry_format is not UNSET:
            field_dict["geometryFormat"] = geometry_format
        if json_stream_format is not UNSET:
            field_dict["jsonStreamFormat"] = json_stream_format
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_output_streaming_properties import GeospatialOutputStreamingProperties  # noqa: PLC0415

        d = dict(src_dict)
        _geometry_format = d.pop("geometryFormat", UNSET)
        geometry_format: GeospatialOutputStreamingGeometryFormat | Unset
        if isinstance(_geometry_format, Unset):
            geometry_format = UNSET
        else:
            geometry_format = GeospatialOutputStreamingGeometryFormat(_geometry_format)

        _json_stream_format = d.pop("jsonStreamFormat", UNSET)
        json_stream_format: GeospatialOutputStreamingJsonStreamFormat | Unset
        if isinstance(_json_stream_format, Unset):
            json_stream_format = UNSET
        else:
            json_stream_format = GeospatialOutputStreamingJsonStreamFormat(_json_stream_format)

        _properties = d.pop("properties", UNSET)
        properties: GeospatialOutputStreamingProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = GeospatialOutputStreamingProperties.from_dict(_properties)

        geospatial_output_streaming = cls(
            geometry_format=geometry_format,
            json_stream_format=json_stream_format,
            properties=properties,
        )

        geospatial_output_streaming.additional_properties = d
        return geospatial_output_streaming
