from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.column_additional_property_type import ColumnAdditionalPropertyType
from ..types import AdditionalProperties

T = TypeVar("T", bound="ColumnAdditionalProperty")


@_attrs_define
class ColumnAdditionalProperty(AdditionalProperties):
    """
    Attributes:
        type_ (ColumnAdditionalPropertyType):
    """

    _FIT = {"type": "s"}
    _REQUIRED = ("type",)

    type_: ColumnAdditionalPropertyType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = ColumnAdditionalPropertyType(d.pop("type"))

        column_additional_property = cls(
            type_=type_,
        )

        column_additional_property.additional_properties = d
        return column_additional_property
