from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.claim_name import ClaimName


T = TypeVar("T", bound="OidcConfigurationDTO")


@_attrs_define
class OidcConfigurationDTO(AdditionalProperties):
    """
    Attributes:
        jwks_url (str): The URL where the signing keys used to sign tokens from the identity provider are located
        issuer (str): The expected issuer value
        audience (str): The expected audience value (for CDF)
        access_claims (list[ClaimName]):
        scope_claims (list[ClaimName]):
        log_claims (list[ClaimName]):
        token_url (str | Unset): The URL of the OAuth 2.0 token endpoint
        skew_ms (int | Unset): Permitted clock skew (ms)
        is_group_callback_enabled (bool | Unset): A group callback occurs when a user has too many groups attached. This
            property indicates whether the group callback functionality should be supported for this project. This is only
            supported for AAD hosted IdPs.
             Example: False.
        identity_provider_scope (str | Unset): The scope sent to the identity provider when a session is created. The
            default value is the value required for a default Azure AD IdP configuration.
    """

    _FIT = {
        "jwksUrl": "s",
        "issuer": "s",
        "audience": "s",
        "accessClaims": ("l", ("m", "ClaimName")),
        "scopeClaims": ("l", ("m", "ClaimName")),
        "logClaims": ("l", ("m", "ClaimName")),
        "tokenUrl": "s",
        "skewMs": "i",
        "isGroupCallbackEnabled": "b",
        "identityProviderScope": "s",
    }
    _REQUIRED = ("jwksUrl", "issuer", "audience", "accessClaims", "scopeClaims", "logClaims")

    jwks_url: str
    issuer: str
    audience: str
    access_claims: list[ClaimName]
    scope_claims: list[ClaimName]
    log_claims: list[ClaimName]
    token_url: str | Unset = UNSET
    skew_ms: int | Unset = UNSET
    is_group_callback_enabled: bool | Unset = UNSET
    identity_provider_scope: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jwks_url = self.jwks_url

        issuer = self.issuer

        audience = self.audience

        access_claims = []
        for componentsschemas_claim_names_array_item_data in self.access_claims:
            componentsschemas_claim_names_array_item = componentsschemas_claim_names_array_item_data.to_dict()
            access_claims.append(componentsschemas_claim_names_array_item)

        scope_claims = []
        for componentsschemas_claim_names_array_item_data in self.scope_claims:
            componentsschemas_claim_names_array_item = componentsschemas_claim_names_array_item_data.to_dict()
            scope_claims.append(componentsschemas_claim_names_array_item)

        log_claims = []
        for componentsschemas_claim_names_array_item_data in self.log_claims:
            componentsschemas_claim_names_array_item = componentsschemas_claim_names_array_item_data.to_dict()
            log_claims.append(componentsschemas_claim_names_array_item)

        token_url = self.token_url

        skew_ms = self.skew_ms

        is_group_callback_enabled = self.is_group_callback_enabled

        identity_provider_scope = self.identity_provider_scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jwksUrl": jwks_url,
                "issuer": issuer,
                "audience": audience,
                "accessClaims": access_claims,
                "scopeClaims": scope_claims,
                "logClaims": log_claims,
            }
        )
        if token_url is not UNSET:
            field_dict["tokenUrl"] = token_url
        if skew_ms is not UNSET:
            field_dict["skewMs"] = skew_ms
        if is_group_callback_enabled is not UNSET:
            field_dict["isGroupCallbackEnabled"] = is_group_callback_enabled
        if identity_provider_scope is not UNSET:
            field_dict["identityProviderScope"] = identity_provider_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.claim_name import ClaimName  # noqa: PLC0415

        d = dict(src_dict)
        jwks_url = d.pop("jwksUrl")

        issuer = d.pop("issuer")

        audience = d.pop("audience")

        access_claims = []
        _access_claims = d.pop("accessClaims")
        for componentsschemas_claim_names_array_item_data in _access_claims:
            componentsschemas_claim_names_array_item = ClaimName.from_dict(
                componentsschemas_claim_names_array_item_data
            )

            access_claims.append(componentsschemas_claim_names_array_item)

        scope_claims = []
        _scope_claims = d.pop("scopeClaims")
        for componentsschemas_claim_names_array_item_data in _scope_claims:
            componentsschemas_claim_names_array_item = ClaimName.from_dict(
                componentsschemas_claim_names_array_item_data
            )

            scope_claims.append(componentsschemas_claim_names_array_item)

        log_claims = []
        _log_claims = d.pop("logClaims")
        for componentsschemas_claim_names_array_item_data in _log_claims:
            componentsschemas_claim_names_array_item = ClaimName.from_dict(
                componentsschemas_claim_names_array_item_data
            )

            log_claims.append(componentsschemas_claim_names_array_item)

        token_url = d.pop("tokenUrl", UNSET)

        skew_ms = d.pop("skewMs", UNSET)

        is_group_callback_enabled = d.pop("isGroupCallbackEnabled", UNSET)

        identity_provider_scope = d.pop("identityProviderScope", UNSET)

        oidc_configuration_dto = cls(
            jwks_url=jwks_url,
            issuer=issuer,
            audience=audience,
            access_claims=access_claims,
            scope_claims=scope_claims,
            log_claims=log_claims,
            token_url=token_url,
            skew_ms=skew_ms,
            is_group_callback_enabled=is_group_callback_enabled,
            identity_provider_scope=identity_provider_scope,
        )

        oidc_configuration_dto.additional_properties = d
        return oidc_configuration_dto
