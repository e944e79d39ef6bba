from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SetEventSubType")


@_attrs_define
class SetEventSubType(AdditionalProperties):
    """
    Attributes:
        set_ (str): SubType of the event, e.g 'electrical'.
    """

    _FIT = {"set": "s"}
    _REQUIRED = ("set",)

    set_: str
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

        set_event_sub_type = cls(
            set_=set_,
        )

        set_event_sub_type.additional_properties = d
        return set_event_sub_type
