from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_property_and_values_option_0 import GeospatialPropertyAndValuesOption0
    from ..models.geospatial_property_reference import GeospatialPropertyReference


T = TypeVar("T", bound="GeospatialPropertyAndValues")


@_attrs_define
class GeospatialPropertyAndValues(AdditionalProperties):
    """
    Attributes:
        property_ (GeospatialPropertyReference | Unset): References a feature property in the context of a filter The
            support for arrays is forward looking for when the geospatial api will have complex properties.
        values (list[bool | float | GeospatialPropertyAndValuesOption0 | str] | Unset):
    """

    _FIT = {
        "property": ("m", "GeospatialPropertyReference"),
        "values": ("l", ("u", (("m", "GeospatialPropertyAndValuesOption0"), "s", "b", "n"))),
    }
    _REQUIRED = ()

    property_: GeospatialPropertyReference | Unset = UNSET
    values: list[bool | float | GeospatialPropertyAndValuesOption0 | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.geospatial_property_and_values_option_0 import GeospatialPropertyAndValuesOption0  # noqa: PLC0415

        property_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.property_, Unset):
            property_ = self.property_.to_dict()

        values: list[bool | dict[str, Any] | float | str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item: bool | dict[str, Any] | float | str
                if isinstance(values_item_data, GeospatialPropertyAndValuesOption0):
                    values_item = values_item_data.to_dict()
                else:
                    values_item = values_item_data
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if property_ is not UNSET:
            field_dict["property"] = property_
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_property_and_values_option_0 import GeospatialPropertyAndValuesOption0  # noqa: PLC0415
        from ..models.geospatial_property_reference import GeospatialPropertyReference  # noqa: PLC0415

        d = dict(src_dict)
        _property_ = d.pop("property", UNSET)
        property_: GeospatialPropertyReference | Unset
        if isinstance(_property_, Unset):
            property_ = UNSET
        else:
            property_ = GeospatialPropertyReference.from_dict(_property_)

        _values = d.pop("values", UNSET)
        values: list[bool | float | GeospatialPropertyAndValuesOption0 | str] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:

                def _parse_values_item(data: object) -> bool | float | GeospatialPropertyAndValuesOption0 | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        values_item_type_0 = GeospatialPropertyAndValuesOption0.from_dict(data)

                        return values_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(bool | float | GeospatialPropertyAndValuesOption0 | str, data)

                values_item = _parse_values_item(values_item_data)

                values.append(values_item)

        geospatial_property_and_values = cls(
            property_=property_,
            values=values,
        )

        geospatial_property_and_values.additional_properties = d
        return geospatial_property_and_values
