from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.user_preferences_update_general import UserPreferencesUpdateGeneral


T = TypeVar("T", bound="UserPreferencesUpdate")


@_attrs_define
class UserPreferencesUpdate(AdditionalProperties):
    """
    Attributes:
        general (UserPreferencesUpdateGeneral | Unset):
    """

    _FIT = {"general": ("m", "UserPreferencesUpdateGeneral")}
    _REQUIRED = ()

    general: UserPreferencesUpdateGeneral | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        general: dict[str, Any] | Unset = UNSET
        if not isinstance(self.general, Unset):
            general = self.general.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if general is not UNSET:
            field_dict["general"] = general

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_preferences_update_general import UserPreferencesUpdateGeneral  # noqa: PLC0415

        d = dict(src_dict)
        _general = d.pop("general", UNSET)
        general: UserPreferencesUpdateGeneral | Unset
        if isinstance(_general, Unset):
            general = UNSET
        else:
            general = UserPreferencesUpdateGeneral.from_dict(_general)

        user_preferences_update = cls(
            general=general,
        )

        user_preferences_update.additional_properties = d
        return user_preferences_update
