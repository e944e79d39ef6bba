from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="UserProfilesConfigurationUpdateDTO")


@_attrs_define
class UserProfilesConfigurationUpdateDTO(AdditionalProperties):
    """
    Attributes:
        enabled (bool | Unset): Should collection of user profiles be enabled for the project.
    """

    _FIT = {"enabled": "b"}
    _REQUIRED = ()

    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        user_profiles_configuration_update_dto = cls(
            enabled=enabled,
        )

        user_profiles_configuration_update_dto.additional_properties = d
        return user_profiles_configuration_update_dto
