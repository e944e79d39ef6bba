from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_delete_feature_type_items_item import GeospatialDeleteFeatureTypeItemsItem


T = TypeVar("T", bound="GeospatialDeleteFeatureType")


@_attrs_define
class GeospatialDeleteFeatureType(AdditionalProperties):
    """
    Attributes:
        items (list[GeospatialDeleteFeatureTypeItemsItem]):
        recursive (bool | Unset): Indicates if feature types should be deleted together with all related features.
            Optional parameter, defaults to false. Example: True.
    """

    _FIT = {"items": ("l", ("m", "GeospatialDeleteFeatureTypeItemsItem")), "recursive": "b"}
    _REQUIRED = ("items",)

    items: list[GeospatialDeleteFeatureTypeItemsItem]
    recursive: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        recursive = self.recursive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if recursive is not UNSET:
            field_dict["recursive"] = recursive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_delete_feature_type_items_item import GeospatialDeleteFeatureTypeItemsItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = GeospatialDeleteFeatureTypeItemsItem.from_dict(items_item_data)

            items.append(items_item)

        recursive = d.pop("recursive", UNSET)

        geospatial_delete_feature_type = cls(
            items=items,
            recursive=recursive,
        )

        geospatial_delete_feature_type.additional_properties = d
        return geospatial_delete_feature_type
