from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.user_profiles_configuration_update_dto import UserProfilesConfigurationUpdateDTO


T = TypeVar("T", bound="ModifyUserProfilesConfigurationDTO")


@_attrs_define
class ModifyUserProfilesConfigurationDTO(AdditionalProperties):
    """
    Attributes:
        modify (UserProfilesConfigurationUpdateDTO):
    """

    _FIT = {"modify": ("m", "UserProfilesConfigurationUpdateDTO")}
    _REQUIRED = ("modify",)

    modify: UserProfilesConfigurationUpdateDTO
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        modify = self.modify.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modify": modify,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_profiles_configuration_update_dto import UserProfilesConfigurationUpdateDTO  # noqa: PLC0415

        d = dict(src_dict)
        modify = UserProfilesConfigurationUpdateDTO.from_dict(d.pop("modify"))

        modify_user_profiles_configuration_dto = cls(
            modify=modify,
        )

        modify_user_profiles_configuration_dto.additional_properties = d
        return modify_user_profiles_configuration_dto
