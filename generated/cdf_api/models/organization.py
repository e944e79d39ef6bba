from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.auth_0_idp import Auth0Idp
    from ..models.aws_cognito_id_p import AWSCognitoIdP
    from ..models.azure_ad_idp import AzureAdIdp
    from ..models.keycloak_idp import KeycloakIdp
    from ..models.okta_id_p import OktaIdP
    from ..models.s_auth_idp import SAuthIdp


T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization(AdditionalProperties):
    """An organization

    Attributes:
        id (str): The ID of an organization Example: my-org.
        parent_id (str): The ID of an organization Example: my-org.
        idp (Auth0Idp | AWSCognitoIdP | AzureAdIdp | KeycloakIdp | OktaIdP | SAuthIdp): Configuration for an external
            OIDC-compliant IdP.
        admins_can_create_orgs_in_subtree (bool): Whether admins of the new organization are allowed to create
            organizations in the subtree of the
            organization.
        admins_can_create_projects_in_subtree (bool): Whether admins of the new organization are allowed to create CDF
            projects in the subtree of the
            organization.
        allowed_clusters (list[str]): The clusters on which the admins of the organization will be able to create
            projects.
            This must be a (non-strict) subset of the `allowedClusters` set of the parent organization. Example:
            ['westeurope-1', 'asia-northeast1-1'].
        admin_group_id (str | Unset): The ID of a group managed by the external identity provider Example: my-external-
            group.
    """

    _FIT = {
        "id": "s",
        "parentId": "s",
        "idp": (
            "u",
            (
                ("m", "AzureAdIdp"),
                ("m", "Auth0Idp"),
                ("m", "KeycloakIdp"),
                ("m", "SAuthIdp"),
                ("m", "AWSCognitoIdP"),
                ("m", "OktaIdP"),
            ),
        ),
        "adminsCanCreateOrgsInSubtree": "b",
        "adminsCanCreateProjectsInSubtree": "b",
        "allowedClusters": ("l", "s"),
        "adminGroupId": "s",
    }
    _REQUIRED = (
        "id",
        "parentId",
        "idp",
        "adminsCanCreateOrgsInSubtree",
        "adminsCanCreateProjectsInSubtree",
        "allowedClusters",
    )

    id: str
    parent_id: str
    idp: Auth0Idp | AWSCognitoIdP | AzureAdIdp | KeycloakIdp | OktaIdP | SAuthIdp
    admins_can_create_orgs_in_subtree: bool
    admins_can_create_projects_in_subtree: bool
    allowed_clusters: list[str]
    admin_group_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        parent_id = self.parent_id

        idp: dict[str, Any]
        idp = self.idp.to_dict()

        admins_can_create_orgs_in_subtree = self.admins_can_create_orgs_in_subtree

        admins_can_create_projects_in_subtree = self.admins_can_create_projects_in_subtree

        allowed_clusters = self.allowed_clusters

        admin_group_id = self.admin_group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "parentId": parent_id,
                "idp": idp,
                "adminsCanCreateOrgsInSubtree": admins_can_create_orgs_in_subtree,
                "adminsCanCreateProjectsInSubtree": admins_can_create_projects_in_subtree,
                "allowedClusters": allowed_clusters,
            }
        )
        if admin_group_id is not UNSET:
            field_dict["adminGroupId"] = admin_group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth_0_idp import Auth0Idp  # noqa: PLC0415
        from ..models.aws_cognito_id_p import AWSCognitoIdP  # noqa: PLC0415
        from ..models.azure_ad_idp import AzureAdIdp  # noqa: PLC0415
        from ..models.keycloak_idp import KeycloakIdp  # noqa: PLC0415
        from ..models.okta_id_p import OktaIdP  # noqa: PLC0415
        from ..models.s_auth_idp import SAuthIdp  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        parent_id = d.pop("parentId")

        def _parse_idp(data: object) -> Auth0Idp | AWSCognitoIdP | AzureAdIdp | KeycloakIdp | OktaIdP | SAuthIdp:
            return parse_best(data, (AzureAdIdp, Auth0Idp, KeycloakIdp, SAuthIdp, AWSCognitoIdP, OktaIdP))

        idp = _parse_idp(d.pop("idp"))

        admins_can_create_orgs_in_subtree = d.pop("adminsCanCreateOrgsInSubtree")

        admins_can_create_projects_in_subtree = d.pop("adminsCanCreateProjectsInSubtree")

        allowed_clusters = cast(list[str], d.pop("allowedClusters"))

        admin_group_id = d.pop("adminGroupId", UNSET)

        organization = cls(
            id=id,
            parent_id=parent_id,
            idp=idp,
            admins_can_create_orgs_in_subtree=admins_can_create_orgs_in_subtree,
            admins_can_create_projects_in_subtree=admins_can_create_projects_in_subtree,
            allowed_clusters=allowed_clusters,
            admin_group_id=admin_group_id,
        )

        organization.additional_properties = d
        return organization
