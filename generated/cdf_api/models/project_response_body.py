from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.oidc_configuration_dto import OidcConfigurationDTO
    from ..models.user_profiles_configuration_dto import UserProfilesConfigurationDTO


T = TypeVar("T", bound="ProjectResponseBody")


@_attrs_define
class ProjectResponseBody(AdditionalProperties):
    """
    Attributes:
        name (str): The user-friendly name of the project. Example: Open Industrial Data.
        url_name (str): The URL name of the project. This is used as part of the request path in API calls.

            Valid URL names contains between 3 and 32 characters, and may only contain
            English letters, digits and hyphens, must contain at least one letter
            and may not start or end with a hyphen.
             Example: publicdata.
        user_profiles_configuration (UserProfilesConfigurationDTO):
        oidc_configuration (OidcConfigurationDTO | Unset):
    """

    _FIT = {
        "name": "s",
        "urlName": "s",
        "userProfilesConfiguration": ("m", "UserProfilesConfigurationDTO"),
        "oidcConfiguration": ("m", "OidcConfigurationDTO"),
    }
    _REQUIRED = ("name", "urlName", "userProfilesConfiguration")

    name: str
    url_name: str
    user_profiles_configuration: UserProfilesConfigurationDTO
    oidc_configuration: OidcConfigurationDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url_name = self.url_name

        user_profiles_configuration = self.user_profiles_configuration.to_dict()

        oidc_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oidc_configuration, Unset):
            oidc_configuration = self.oidc_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "urlName": url_name,
                "userProfilesConfiguration": user_profiles_configuration,
            }
        )
        if oidc_configuration is not UNSET:
            field_dict["oidcConfiguration"] = oidc_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.oidc_configuration_dto import OidcConfigurationDTO  # noqa: PLC0415
        from ..models.user_profiles_configuration_dto import UserProfilesConfigurationDTO  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        url_name = d.pop("urlName")

        user_profiles_configuration = UserProfilesConfigurationDTO.from_dict(d.pop("userProfilesConfiguration"))

        _oidc_configuration = d.pop("oidcConfiguration", UNSET)
        oidc_configuration: OidcConfigurationDTO | Unset
        if isinstance(_oidc_configuration, Unset):
            oidc_configuration = UNSET
        else:
            oidc_configuration = OidcConfigurationDTO.from_dict(_oidc_configuration)

        project_response_body = cls(
            name=name,
            url_name=url_name,
            user_profiles_configuration=user_profiles_configuration,
            oidc_configuration=oidc_configuration,
        )

        project_response_body.additional_properties = d
        return project_response_body
