from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AnnotationsSizeAndClassType")


@_attrs_define
class AnnotationsSizeAndClassType(AdditionalProperties):
    """Store the dimension, units and class of a given annotation

    Attributes:
        size (float | Unset): The size of the valve or spade
        unit (str | Unset): The units of the size (mm/inches)
        class_type (str | Unset): The class type of the valve or spade
    """

    _FIT = {"size": "n", "unit": "s", "classType": "s"}
    _REQUIRED = ()

    size: float | Unset = UNSET
    unit: str | Unset = UNSET
    class_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size = self.size

        unit = self.unit

        class_type = self.class_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if size is not UNSET:
            field_dict["size"] = size
        if unit is not UNSET:
            field_dict["unit"] = unit
        if class_type is not UNSET:
            field_dict["classType"] = class_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        size = d.pop("size", UNSET)

        unit = d.pop("unit", UNSET)

        class_type = d.pop("classType", UNSET)

        annotations_size_and_class_type = cls(
            size=size,
            unit=unit,
            class_type=class_type,
        )

        annotations_size_and_class_type.additional_properties = d
        return annotations_size_and_class_type
