from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.add_claim_names import AddClaimNames
    from ..models.remove_claim_names import RemoveClaimNames
    from ..models.remove_field import RemoveField
    from ..models.set_boolean_field import SetBooleanField
    from ..models.set_claim_names import SetClaimNames
    from ..models.set_integer_field import SetIntegerField
    from ..models.set_string_field import SetStringField


T = TypeVar("T", bound="OidcConfigurationUpdateDTO")


@_attrs_define
class OidcConfigurationUpdateDTO(AdditionalProperties):
    """
    Attributes:
        jwks_url (SetStringField | Unset):
        token_url (RemoveField | SetStringField | Unset): Set a new value for the string, or remove the value.
        issuer (SetStringField | Unset):
        audience (SetStringField | Unset):
        skew_ms (RemoveField | SetIntegerField | Unset): Set a new value for the integer, or remove the value
        access_claims (AddClaimNames | RemoveClaimNames | SetClaimNames | Unset):
        scope_claims (AddClaimNames | RemoveClaimNames | SetClaimNames | Unset):
        log_claims (AddClaimNames | RemoveClaimNames | SetClaimNames | Unset):
        is_group_callback_enabled (RemoveField | SetBooleanField | Unset): Set a new value for the boolean, or remove
            the value
        identity_provider_scope (RemoveField | SetStringField | Unset): Set a new value for the string, or remove the
            value.
    """

    _FIT = {
        "jwksUrl": ("m", "SetStringField"),
        "tokenUrl": ("u", (("m", "SetStringField"), ("m", "RemoveField"))),
        "issuer": ("m", "SetStringField"),
        "audience": ("m", "SetStringField"),
        "skewMs": ("u", (("m", "SetIntegerField"), ("m", "RemoveField"))),
        "accessClaims": ("u", (("m", "SetClaimNames"), ("m", "AddClaimNames"), ("m", "RemoveClaimNames"))),
        "scopeClaims": ("u", (("m", "SetClaimNames"), ("m", "AddClaimNames"), ("m", "RemoveClaimNames"))),
        "logClaims": ("u", (("m", "SetClaimNames"), ("m", "AddClaimNames"), ("m", "RemoveClaimNames"))),
        "isGroupCallbackEnabled": ("u", (("m", "SetBooleanField"), ("m", "RemoveField"))),
        "identityProviderScope": ("u", (("m", "SetStringField"), ("m", "RemoveField"))),
    }
    _REQUIRED = ()

    jwks_url: SetStringField | Unset = UNSET
    token_url: RemoveField | SetStringField | Unset = UNSET
    issuer: SetStringField | Unset = UNSET
    audience: SetStringField | Unset = UNSET
    skew_ms: RemoveField | SetIntegerField | Unset = UNSET
    access_claims: AddClaimNames | RemoveClaimNames | SetClaimNames | Unset = UNSET
    scope_claims: AddClaimNames | RemoveClaimNames | SetClaimNames | Unset = UNSET
    log_claims: AddClaimNames | RemoveClaimNames | SetClaimNames | Unset = UNSET
    is_group_callback_enabled: RemoveField | SetBooleanField | Unset = UNSET
    identity_provider_scope: RemoveField | SetStringField | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jwks_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.jwks_url, Unset):
            jwks_url = self.jwks_url.to_dict()

        token_url: dict[str, Any] | Unset
        if isinstance(self.token_url, Unset):
            token_url = UNSET
        else:
            token_url = self.token_url.to_dict()

        issuer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issuer, Unset):
            issuer = self.issuer.to_dict()

        audience: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audience, Unset):
            audience = self.audience.to_dict()

        skew_ms: dict[str, Any] | Unset
        if isinstance(self.skew_ms, Unset):
            skew_ms = UNSET
        else:
            skew_ms = self.skew_ms.to_dict()

        access_claims: dict[str, Any] | Unset
        if isinstance(self.access_claims, Unset):
            access_claims = UNSET
        else:
            access_claims = self.access_claims.to_dict()

        scope_claims: dict[str, Any] | Unset
        if isinstance(self.scope_claims, Unset):
            scope_claims = UNSET
        else:
            scope_claims = self.scope_claims.to_dict()

        log_claims: dict[str, Any] | Unset
        if isinstance(self.log_claims, Unset):
            log_claims = UNSET
        else:
            log_claims = self.log_claims.to_dict()

        is_group_callback_enabled: dict[str, Any] | Unset
        if isinstance(self.is_group_callback_enabled, Unset):
            is_group_callback_enabled = UNSET
        else:
            is_group_callback_enabled = self.is_group_callback_enabled.to_dict()

        identity_provider_scope: dict[str, Any] | Unset
        if isinstance(self.identity_provider_scope, Unset):
            identity_provider_scope = UNSET
        else:
            identity_provider_scope = self.identity_provider_scope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jwks_url is not UNSET:
            field_dict["jwksUrl"] = jwks_url
        if token_url is not UNSET:
            field_dict["tokenUrl"] = token_url
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if audience is not UNSET:
            field_dict["audience"] = audience
        if skew_ms is not UNSET:
            field_dict["skewMs"] = skew_ms
        if access_claims is not UNSET:
            field_dict["accessClaims"] = access_claims
        if scope_claims is not UNSET:
            field_dict["scopeClaims"] = scope_claims
        if log_claims is not UNSET:
            field_dict["logClaims"] = log_claims
        if is_group_callback_enabled is not UNSET:
            field_dict["isGroupCallbackEnabled"] = is_group_callback_enabled
        if identity_provider_scope is not UNSET:
            field_dict["identityProviderScope"] = identity_provider_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.add_claim_names import AddClaimNames  # noqa: PLC0415
        from ..models.remove_claim_names import RemoveClaimNames  # noqa: PLC0415
        from ..models.remove_field import RemoveField  # noqa: PLC0415
        from ..models.set_boolean_field import SetBooleanField  # noqa: PLC0415
        from ..models.set_claim_names import SetClaimNames  # noqa: PLC0415
        from ..models.set_integer_field import SetIntegerField  # noqa: PLC0415
        from ..models.set_string_field import SetStringField  # noqa: PLC0415

        d = dict(src_dict)
        _jwks_url = d.pop("jwksUrl", UNSET)
        jwks_url: SetStringField | Unset
        if isinstance(_jwks_url, Unset):
            jwks_url = UNSET
        else:
            jwks_url = SetStringField.from_dict(_jwks_url)

        def _parse_token_url(data: object) -> RemoveField | SetStringField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetStringField, RemoveField))

        token_url = _parse_token_url(d.pop("tokenUrl", UNSET))

        _issuer = d.pop("issuer", UNSET)
        issuer: SetStringField | Unset
        if isinstance(_issuer, Unset):
            issuer = UNSET
        else:
            issuer = SetStringField.from_dict(_issuer)

        _audience = d.pop("audience", UNSET)
        audience: SetStringField | Unset
        if isinstance(_audience, Unset):
            audience = UNSET
        else:
            audience = SetStringField.from_dict(_audience)

        def _parse_skew_ms(data: object) -> RemoveField | SetIntegerField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetIntegerField, RemoveField))

        skew_ms = _parse_skew_ms(d.pop("skewMs", UNSET))

        def _parse_access_claims(data: object) -> AddClaimNames | RemoveClaimNames | SetClaimNames | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetClaimNames, AddClaimNames, RemoveClaimNames))

        access_claims = _parse_access_claims(d.pop("accessClaims", UNSET))

        def _parse_scope_claims(data: object) -> AddClaimNames | RemoveClaimNames | SetClaimNames | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetClaimNames, AddClaimNames, RemoveClaimNames))

        scope_claims = _parse_scope_claims(d.pop("scopeClaims", UNSET))

        def _parse_log_claims(data: object) -> AddClaimNames | RemoveClaimNames | SetClaimNames | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetClaimNames, AddClaimNames, RemoveClaimNames))

        log_claims = _parse_log_claims(d.pop("logClaims", UNSET))

        def _parse_is_group_callback_enabled(data: object) -> RemoveField | SetBooleanField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetBooleanField, RemoveField))

        is_group_callback_enabled = _parse_is_group_callback_enabled(d.pop("isGroupCallbackEnabled", UNSET))

        def _parse_identity_provider_scope(data: object) -> RemoveField | SetStringField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetStringField, RemoveField))

        identity_provider_scope = _parse_identity_provider_scope(d.pop("identityProviderScope", UNSET))

        oidc_configuration_update_dto = cls(
            jwks_url=jwks_url,
            token_url=token_url,
            issuer=issuer,
            audience=audience,
            skew_ms=skew_ms,
            access_claims=access_claims,
            scope_claims=scope_claims,
            log_claims=log_claims,
            is_group_callback_enabled=is_group_callback_enabled,
            identity_provider_scope=identity_provider_scope,
        )

        oidc_configuration_update_dto.additional_properties = d
        return oidc_configuration_update_dto
