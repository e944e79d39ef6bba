from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="GeospatialOutputProperties")


@_attrs_define
class GeospatialOutputProperties(AdditionalProperties):
    """A property selection with specification of output format (e.g. desired output Coordinate Reference System into which
    geometries should be transformed). All properties will be returned when the selection is empty or contains the
    wildcard `*` character. When the selection contains only some of the properties, the result will contain only
    requested properties.

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        geospatial_output_properties = cls()

        geospatial_output_properties.additional_properties = d
        return geospatial_output_properties
