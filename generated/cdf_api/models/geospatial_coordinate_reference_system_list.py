from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.geospatial_coordinate_reference_system import GeospatialCoordinateReferenceSystem
    from ..models.geospatial_custom_coordinate_reference_system import GeospatialCustomCoordinateReferenceSystem


T = TypeVar("T", bound="GeospatialCoordinateReferenceSystemList")


@_attrs_define
class GeospatialCoordinateReferenceSystemList(AdditionalProperties):
    """
    Attributes:
        items (list[GeospatialCoordinateReferenceSystem | GeospatialCustomCoordinateReferenceSystem]):
    """

    _FIT = {
        "items": (
            "l",
            ("u", (("m", "GeospatialCustomCoordinateReferenceSystem"), ("m", "GeospatialCoordinateReferenceSystem"))),
        )
    }
    _REQUIRED = ("items",)

    items: list[GeospatialCoordinateReferenceSystem | GeospatialCustomCoordinateReferenceSystem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            items_item = items_item_data.to_dict()

            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_coordinate_reference_system import GeospatialCoordinateReferenceSystem  # noqa: PLC0415
        from ..models.geospatial_custom_coordinate_reference_system import GeospatialCustomCoordinateReferenceSystem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> GeospatialCoordinateReferenceSystem | GeospatialCustomCoordinateReferenceSystem:
                return parse_best(
                    data, (GeospatialCustomCoordinateReferenceSystem, GeospatialCoordinateReferenceSystem)
                )

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        geospatial_coordinate_reference_system_list = cls(
            items=items,
        )

        geospatial_coordinate_reference_system_list.additional_properties = d
        return geospatial_coordinate_reference_system_list
