from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_preferences_time_format_field import UserPreferencesTimeFormatField
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="UserPreferencesUpdateGeneralUpdateTimeFormat")


@_attrs_define
class UserPreferencesUpdateGeneralUpdateTimeFormat(AdditionalProperties):
    """
    Attributes:
        set_ (UserPreferencesTimeFormatField | Unset):
    """

    _FIT = {"set": "s"}
    _REQUIRED = ()

    set_: UserPreferencesTimeFormatField | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_: str | Unset = UNSET
        if not isinstance(self.set_, Unset):
            set_ = self.set_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if set_ is not UNSET:
            field_dict["set"] = set_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _set_ = d.pop("set", UNSET)
        set_: UserPreferencesTimeFormatField | Unset
        if isinstance(_set_, Unset):
            set_ = UNSET
        else:
            set_ = UserPreferencesTimeFormatField(_set_)

        user_preferences_update_general_update_time_format = cls(
            set_=set_,
        )

        user_preferences_update_general_update_time_format.additional_properties = d
        return user_preferences_update_general_update_time_format
