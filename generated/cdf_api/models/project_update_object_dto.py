from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.modify_oidc_configuration_update_dto import ModifyOidcConfigurationUpdateDTO
    from ..models.modify_user_profiles_configuration_dto import ModifyUserProfilesConfigurationDTO
    from ..models.remove_oidc_configuration import RemoveOidcConfiguration
    from ..models.set_oidc_configuration_update_dto import SetOidcConfigurationUpdateDTO
    from ..models.set_user_profiles_configuration_dto import SetUserProfilesConfigurationDTO
    from ..models.single_patch_required_string import SinglePatchRequiredString


T = TypeVar("T", bound="ProjectUpdateObjectDTO")


@_attrs_define
class ProjectUpdateObjectDTO(AdditionalProperties):
    """Contains the instructions on how to update the project.

    Attributes:
        name (SinglePatchRequiredString | Unset): Set a new value for the string.
        oidc_configuration (ModifyOidcConfigurationUpdateDTO | RemoveOidcConfiguration | SetOidcConfigurationUpdateDTO |
            Unset):
        user_profiles_configuration (ModifyUserProfilesConfigurationDTO | SetUserProfilesConfigurationDTO | Unset):
    """

    _FIT = {
        "name": ("m", "SinglePatchRequiredString"),
        "oidcConfiguration": (
            "u",
            (
                ("m", "ModifyOidcConfigurationUpdateDTO"),
                ("m", "SetOidcConfigurationUpdateDTO"),
                ("m", "RemoveOidcConfiguration"),
            ),
        ),
        "userProfilesConfiguration": (
            "u",
            (("m", "ModifyUserProfilesConfigurationDTO"), ("m", "SetUserProfilesConfigurationDTO")),
        ),
    }
    _REQUIRED = ()

    name: SinglePatchRequiredString | Unset = UNSET
    oidc_configuration: (
        ModifyOidcConfigurationUpdateDTO | RemoveOidcConfiguration | SetOidcConfigurationUpdateDTO | Unset
    ) = UNSET
    user_profiles_configuration: ModifyUserProfilesConfigurationDTO | SetUserProfilesConfigurationDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        oidc_configuration: dict[str, Any] | Unset
        if isinstance(self.oidc_configuration, Unset):
            oidc_configuration = UNSET
        else:
            oidc_configuration = self.oidc_configuration.to_dict()

        user_profiles_configuration: dict[str, Any] | Unset
        if isinstance(self.user_profiles_configuration, Unset):
            user_profiles_configuration = UNSET
        else:
            user_profiles_configuration = self.user_profiles_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if oidc_configuration is not UNSET:
            field_dict["oidcConfiguration"] = oidc_configuration
        if user_profiles_configuration is not UNSET:
            field_dict["userProfilesConfiguration"] = user_profiles_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.modify_oidc_configuration_update_dto import ModifyOidcConfigurationUpdateDTO  # noqa: PLC0415
        from ..models.modify_user_profiles_configuration_dto import ModifyUserProfilesConfigurationDTO  # noqa: PLC0415
        from ..models.remove_oidc_configuration import RemoveOidcConfiguration  # noqa: PLC0415
        from ..models.set_oidc_configuration_update_dto import SetOidcConfigurationUpdateDTO  # noqa: PLC0415
        from ..models.set_user_profiles_configuration_dto import SetUserProfilesConfigurationDTO  # noqa: PLC0415
        from ..models.single_patch_required_string import SinglePatchRequiredString  # noqa: PLC0415

        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: SinglePatchRequiredString | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = SinglePatchRequiredString.from_dict(_name)

        def _parse_oidc_configuration(
            data: object,
        ) -> ModifyOidcConfigurationUpdateDTO | RemoveOidcConfiguration | SetOidcConfigurationUpdateDTO | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(
                data, (ModifyOidcConfigurationUpdateDTO, SetOidcConfigurationUpdateDTO, RemoveOidcConfiguration)
            )

        oidc_configuration = _parse_oidc_configuration(d.pop("oidcConfiguration", UNSET))

        def _parse_user_profiles_configuration(
            data: object,
        ) -> ModifyUserProfilesConfigurationDTO | SetUserProfilesConfigurationDTO | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (ModifyUserProfilesConfigurationDTO, SetUserProfilesConfigurationDTO))

        user_profiles_configuration = _parse_user_profiles_configuration(d.pop("userProfilesConfiguration", UNSET))

        project_update_object_dto = cls(
            name=name,
            oidc_configuration=oidc_configuration,
            user_profiles_configuration=user_profiles_configuration,
        )

        project_update_object_dto.additional_properties = d
        return project_update_object_dto
