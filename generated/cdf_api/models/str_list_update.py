from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="StrListUpdate")


@_attrs_define
class StrListUpdate(AdditionalProperties):
    """
    Attributes:
        set_ (list[str]): List value to set
    """

    _FIT = {"set": ("l", "s")}
    _REQUIRED = ("set",)

    set_: list[str]
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
        set_ = cast(list[str], d.pop("set"))

        str_list_update = cls(
            set_=set_,
        )

        str_list_update.additional_properties = d
        return str_list_update
