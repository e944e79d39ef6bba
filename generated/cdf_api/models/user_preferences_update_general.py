from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.user_preferences_update_general_update import UserPreferencesUpdateGeneralUpdate


T = TypeVar("T", bound="UserPreferencesUpdateGeneral")


@_attrs_define
class UserPreferencesUpdateGeneral(AdditionalProperties):
    """
    Attributes:
        update (UserPreferencesUpdateGeneralUpdate | Unset): Fields omitted from `update` object will retain their
            previous values.
    """

    _FIT = {"update": ("m", "UserPreferencesUpdateGeneralUpdate")}
    _REQUIRED = ()

    update: UserPreferencesUpdateGeneralUpdate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update: dict[str, Any] | Unset = UNSET
        if not isinstance(self.update, Unset):
            update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if update is not UNSET:
            field_dict["update"] = update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_preferences_update_general_update import UserPreferencesUpdateGeneralUpdate  # noqa: PLC0415

        d = dict(src_dict)
        _update = d.pop("update", UNSET)
        update: UserPreferencesUpdateGeneralUpdate | Unset
        if isinstance(_update, Unset):
            update = UNSET
        else:
            update = UserPreferencesUpdateGeneralUpdate.from_dict(_update)

        user_preferences_update_general = cls(
            update=update,
        )

        user_preferences_update_general.additional_properties = d
        return user_preferences_update_general
