from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="UserProfilesConfigurationDTO")


@_attrs_define
class UserProfilesConfigurationDTO(AdditionalProperties):
    """
    Attributes:
        enabled (bool): Should collection of user profiles be enabled for the project.
    """

    _FIT = {"enabled": "b"}
    _REQUIRED = ("enabled",)

    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        user_profiles_configuration_dto = cls(
            enabled=enabled,
        )

        user_profiles_configuration_dto.additional_properties = d
        return user_profiles_configuration_dto
