from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="GeospatialReferenceIdsItemsItem")


@_attrs_define
class GeospatialReferenceIdsItemsItem(AdditionalProperties):
    """
    Attributes:
        srid (int): EPSG code, e.g. 4326. Only valid for geometry types. See
            https://en.wikipedia.org/wiki/Spatial_reference_system Example: 4326.
    """

    _FIT = {"srid": "i"}
    _REQUIRED = ("srid",)

    srid: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        srid = self.srid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "srid": srid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        srid = d.pop("srid")

        geospatial_reference_ids_items_item = cls(
            srid=srid,
        )

        geospatial_reference_ids_items_item.additional_properties = d
        return geospatial_reference_ids_items_item
