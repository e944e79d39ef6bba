from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.oidc_configuration_dto import OidcConfigurationDTO
    from ..models.user_profiles_configuration_dto import UserProfilesConfigurationDTO


T = TypeVar("T", bound="NewProjectSpec")


@_attrs_define
class NewProjectSpec(AdditionalProperties):
    """A specification for creating a new project

    Attributes:
        name (str): The user-friendly name of the project. Example: Open Industrial Data.
        url_name (str): The URL name of the project. This is used as part of the request path in API calls.

            Valid URL names contains between 3 and 32 characters, and may only contain
            English letters, digits and hyphens, must contain at least one letter
            and may not start or end with a hyphen.
             Example: publicdata.
        parent_project_url_name (str): The URL name of the project from which the new project is being created- this
            project must already exist.
             Example: administrative-project.
        admin_source_group_id (str | Unset): ID of the group in the source. If this is the same ID as a group in the
            IdP, a principal in that group will implicitly be a part of this group as well. Example:
            b7c9a5a4-99c2-4785-bed3-5e6ad9a78603.
        oidc_configuration (OidcConfigurationDTO | Unset):
        user_profiles_configuration (UserProfilesConfigurationDTO | Unset):
    """

    _FIT = {
        "name": "s",
        "urlName": "s",
        "parentProjectUrlName": "s",
        "adminSourceGroupId": "s",
        "oidcConfiguration": ("m", "OidcConfigurationDTO"),
        "userProfilesConfiguration": ("m", "UserProfilesConfigurationDTO"),
    }
    _REQUIRED = ("name", "urlName", "parentProjectUrlName")

    name: str
    url_name: str
    parent_project_url_name: str
    admin_source_group_id: str | Unset = UNSET
    oidc_configuration: OidcConfigurationDTO | Unset = UNSET
    user_profiles_configuration: UserProfilesConfigurationDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url_name = self.url_name

        parent_project_url_name = self.parent_project_url_name

        admin_source_group_id = self.admin_source_group_id

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
                "parentProjectUrlName": parent_project_url_name,
            }
        )
        if admin_source_group_id is not UNSET:
            field_dict["adminSourceGroupId"] = admin_source_group_id
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

        parent_project_url_name = d.pop("parentProjectUrlName")

        admin_source_group_id = d.pop("adminSourceGroupId", UNSET)

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

        new_project_spec = cls(
            name=name,
            url_name=url_name,
            parent_project_url_name=parent_project_url_name,
            admin_source_group_id=admin_source_group_id,
            oidc_configuration=oidc_configuration,
            user_profiles_configuration=user_profiles_configuration,
        )

        new_project_spec.additional_properties = d
        return new_project_spec
