from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ColumnTypeType")


@_attrs_define
class ColumnTypeType(AdditionalProperties):
    """
    Attributes:
        type_ (str):
    """

    _FIT = {"type": "s"}
    _REQUIRED = ("type",)

    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

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
        type_ = d.pop("type")

        column_type_type = cls(
            type_=type_,
        )

        column_type_type.additional_properties = d
        return column_type_type
