from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SetValueSeqString")


@_attrs_define
class SetValueSeqString(AdditionalProperties):
    """
    Attributes:
        set_ (list[str] | Unset): List of tags for the Transformation.
    """

    _FIT = {"set": ("l", "s")}
    _REQUIRED = ()

    set_: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_: list[str] | Unset = UNSET
        if not isinstance(self.set_, Unset):
            set_ = self.set_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if set_ is not UNSET:
            field_dict["set"] = set_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        set_ = cast(list[str], d.pop("set", UNSET))

        set_value_seq_string = cls(
            set_=set_,
        )

        set_value_seq_string.additional_properties = d
        return set_value_seq_string
