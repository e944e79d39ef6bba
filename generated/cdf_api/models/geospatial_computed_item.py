from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.geospatial_computed_item_option_2 import GeospatialComputedItemOption2


T = TypeVar("T", bound="GeospatialComputedItem")


@_attrs_define
class GeospatialComputedItem(AdditionalProperties):
    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, bool | float | GeospatialComputedItemOption2 | str] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.geospatial_computed_item_option_2 import GeospatialComputedItemOption2  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, GeospatialComputedItemOption2):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_computed_item_option_2 import GeospatialComputedItemOption2  # noqa: PLC0415

        d = dict(src_dict)
        geospatial_computed_item = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> bool | float | GeospatialComputedItemOption2 | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_2 = GeospatialComputedItemOption2.from_dict(data)

                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | float | GeospatialComputedItemOption2 | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        geospatial_computed_item.additional_properties = additional_properties
        return geospatial_computed_item
