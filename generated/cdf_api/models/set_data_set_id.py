from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SetDataSetId")


@_attrs_define
class SetDataSetId(AdditionalProperties):
    """
    Attributes:
        set_ (int): The dataSet Id for the item.
    """

    _FIT = {"set": "i"}
    _REQUIRED = ("set",)

    set_: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = self.set_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "set": set_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        set_ = d.pop("set")

        set_data_set_id = cls(
            set_=set_,
        )

        set_data_set_id.additional_properties = d
        return set_data_set_id
