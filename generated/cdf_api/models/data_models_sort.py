from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_models_sort_direction import DataModelsSortDirection
from ..models.data_models_sort_property import DataModelsSortProperty
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DataModelsSort")


@_attrs_define
class DataModelsSort(AdditionalProperties):
    """
    Attributes:
        property_ (DataModelsSortProperty): The property we should base sorting on when we return ordered data
        direction (DataModelsSortDirection | Unset): The sort order for the returned information
        nulls_first (bool | Unset): Should we list nulls first, or last (default) in the returned dataset
    """

    _FIT = {"property": "s", "direction": "s", "nullsFirst": "b"}
    _REQUIRED = ("property",)

    property_: DataModelsSortProperty
    direction: DataModelsSortDirection | Unset = UNSET
    nulls_first: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_.value

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        nulls_first = self.nulls_first

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction
        if nulls_first is not UNSET:
            field_dict["nullsFirst"] = nulls_first

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_ = DataModelsSortProperty(d.pop("property"))

        _direction = d.pop("direction", UNSET)
        direction: DataModelsSortDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = DataModelsSortDirection(_direction)

        nulls_first = d.pop("nullsFirst", UNSET)

        data_models_sort = cls(
            property_=property_,
            direction=direction,
            nulls_first=nulls_first,
        )

        data_models_sort.additional_properties = d
        return data_models_sort
