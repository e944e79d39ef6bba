from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.oidc_configuration_dto import OidcConfigurationDTO
    from ..models.user_profiles_configuration_dto import UserProfilesConfigurationDTO


T = TypeVar("T", bound="ProjectCreationResponse")


@_attrs_define
class ProjectCreationResponse(AdditionalProperties):
    """
    Attributes:
        name (str): The user-friendly name of the project. Example: Open Industrial Data.
        url_name (str): The URL name of the project. This is used as part of the request path in API calls.

            Valid URL names contains between 3 and 32 characters, and may only contain
            English letters, digits and hyphens, must contain at least one letter
            and may not start or end with a hyphen.
             Example: publicdata.
        oidc_configuration (OidcConfigurationDTO | Unset):
        user_profiles_configuration (UserProfilesConfigurationDTO | Unset):
    """

    _FIT = {
        "name": "s",
        "urlName": "s",
        "oidcConfiguration": ("m", "OidcConfigurationDTO"),
        "userProfilesConfiguration": ("m", "UserProfilesConfigurationDTO"),
    }
    _REQUIRED = ("name", "urlName")

    name: str
    url_name: str
    oidc_configuration: OidcConfigurationDTO | Unset = UNSET
    user_profiles_configuration: UserProfilesConfigurationDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url_name = self.url_name

        oidc_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oidc_configuration, Unset):
            oidc_configuration = self.oidc_configuration.to_dict()

        user_profiles_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_profiles_configuration, Unset):
            user_profiles_configuration = self.user_profiles_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "urlName": url_name,
            }
        )
        if oidc_configuration is not UNSET:
            field_dict["oidcConfiguration"] = oidc_configuration
        if user_profiles_configuration is not UNSET:
            field_dict["userProfilesConfiguration"] = user_profiles_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.oidc_configuration_dto import OidcConfigurationDTO  # noqa: PLC0415
        from ..models.user_profiles_configuration_dto import UserProfilesConfigurationDTO  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        url_name = d.pop("urlName")

        _oidc_configuration = d.pop("oidcConfiguration", UNSET)
        oidc_configuration: OidcConfigurationDTO | Unset
        if isinstance(_oidc_configuration, Unset):
            oidc_configuration = UNSET
        else:
            oidc_configuration = OidcConfigurationDTO.from_dict(_oidc_configuration)

        _user_profiles_configuration = d.pop("userProfilesConfiguration", UNSET)
        user_profiles_configuration: UserProfilesConfigurationDTO | Unset
        if isinstance(_user_profiles_configuration, Unset):
            user_profiles_configuration = UNSET
        else:
            user_profiles_configuration = UserProfilesConfigurationDTO.from_dict(_user_profiles_configuration)

        project_creation_response = cls(
            name=name,
            url_name=url_name,
            oidc_configuration=oidc_configuration,
            user_profiles_configuration=user_profiles_configuration,
        )

        project_creation_response.additional_properties = d
        return project_creation_response
