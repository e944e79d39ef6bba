from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="GeospatialIndexSpec")


@_attrs_define
class GeospatialIndexSpec(AdditionalProperties):
    """
    Attributes:
        properties (list[str]):
    """

    _FIT = {"properties": ("l", "s")}
    _REQUIRED = ("properties",)

    properties: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        properties = self.properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "properties": properties,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        properties = cast(list[str], d.pop("properties"))

        geospatial_index_spec = cls(
            properties=properties,
        )

        geospatial_index_spec.additional_properties = d
        return geospatial_index_spec
