from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_rest_source_scheme import CreateRestSourceScheme
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.auth_certificate import AuthCertificate
    from ..models.ca_certificate import CACertificate
    from ..models.create_basic_authentication import CreateBasicAuthentication
    from ..models.create_client_credentials_authentication import CreateClientCredentialsAuthentication
    from ..models.create_header_value_authentication import CreateHeaderValueAuthentication
    from ..models.create_query_param_authentication import CreateQueryParamAuthentication


T = TypeVar("T", bound="CreateRestSource")


@_attrs_define
class CreateRestSource(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['rest']): Source type.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        host (str): Host or IP address to connect to.
        scheme (CreateRestSourceScheme | Unset): Type of connection to establish
        port (int | Unset): Port on server to connect to. Uses default ports based on the scheme if omitted.
        ca_certificate (CACertificate | Unset): Custom certificate authority certificate to let the source use a self
            signed certificate.
        auth_certificate (AuthCertificate | Unset): Authentication certificate (if configured) used to authenticate to
            source.
        authentication (CreateBasicAuthentication | CreateClientCredentialsAuthentication |
            CreateHeaderValueAuthentication | CreateQueryParamAuthentication | Unset): Authentication details for source
    """

    _FIT = {
        "type": ("c", "rest"),
        "externalId": "s",
        "host": "s",
        "scheme": "s",
        "port": "i",
        "caCertificate": ("m", "CACertificate"),
        "authCertificate": ("m", "AuthCertificate"),
        "authentication": (
            "u",
            (
                ("m", "CreateBasicAuthentication"),
                ("m", "CreateHeaderValueAuthentication"),
                ("m", "CreateQueryParamAuthentication"),
                ("m", "CreateClientCredentialsAuthentication"),
            ),
        ),
    }
    _REQUIRED = ("type", "externalId", "host")

    type_: Literal["rest"]
    external_id: str
    host: str
    scheme: CreateRestSourceScheme | Unset = UNSET
    port: int | Unset = UNSET
    ca_certificate: CACertificate | Unset = UNSET
    auth_certificate: AuthCertificate | Unset = UNSET
    authentication: (
        CreateBasicAuthentication
        | CreateClientCredentialsAuthentication
        | CreateHeaderValueAuthentication
        | CreateQueryParamAuthentication
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        external_id = self.external_id

        host = self.host

        scheme: str | Unset = UNSET
        if not isinstance(self.scheme, Unset):
            scheme = self.scheme.value

        port = self.port

        ca_certificate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ca_certificate, Unset):
            ca_certificate = self.ca_certificate.to_dict()

        auth_certificate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_certificate, Unset):
            auth_certificate = self.auth_certificate.to_dict()

        authentication: dict[str, Any] | Unset
        if isinstance(self.authentication, Unset):
            authentication = UNSET
        else:
            authentication = self.authentication.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "externalId": external_id,
                "host": host,
            }
        )
        if scheme is not UNSET:
            field_dict["scheme"] = scheme
        if port is not UNSET:
            field_dict["port"] = port
        if ca_certificate is not UNSET:
            field_dict["caCertificate"] = ca_certificate
        if auth_certificate is not UNSET:
            field_dict["authCertificate"] = auth_certificate
        if authentication is not UNSET:
            field_dict["authentication"] = authentication

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth_certificate import AuthCertificate  # noqa: PLC0415
        from ..models.ca_certificate import CACertificate  # noqa: PLC0415
        from ..models.create_basic_authentication import CreateBasicAuthentication  # noqa: PLC0415
        from ..models.create_client_credentials_authentication import CreateClientCredentialsAuthentication  # noqa: PLC0415
        from ..models.create_header_value_authentication import CreateHeaderValueAuthentication  # noqa: PLC0415
        from ..models.create_query_param_authentication import CreateQueryParamAuthentication  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["rest"], d.pop("type"))
        if type_ != "rest":
            raise ValueError(f"type must match const 'rest', got '{type_}'")

        external_id = d.pop("externalId")

        host = d.pop("host")

        _scheme = d.pop("scheme", UNSET)
        scheme: CreateRestSourceScheme | Unset
        if isinstance(_scheme, Unset):
            scheme = UNSET
        else:
            scheme = CreateRestSourceScheme(_scheme)

        port = d.pop("port", UNSET)

        _ca_certificate = d.pop("caCertificate", UNSET)
        ca_certificate: CACertificate | Unset
        if isinstance(_ca_certificate, Unset):
            ca_certificate = UNSET
        else:
            ca_certificate = CACertificate.from_dict(_ca_certificate)

        _auth_certificate = d.pop("authCertificate", UNSET)
        auth_certificate: AuthCertificate | Unset
        if isinstance(_auth_certificate, Unset):
            auth_certificate = UNSET
        else:
            auth_certificate = AuthCertificate.from_dict(_auth_certificate)

        def _parse_authentication(
            data: object,
        ) -> (
            CreateBasicAuthentication
            | CreateClientCredentialsAuthentication
            | CreateHeaderValueAuthentication
            | CreateQueryParamAuthentication
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_best(
                data,
                (
                    CreateBasicAuthentication,
                    CreateHeaderValueAuthentication,
                    CreateQueryParamAuthentication,
                    CreateClientCredentialsAuthentication,
                ),
            )

        authentication = _parse_authentication(d.pop("authentication", UNSET))

        create_rest_source = cls(
            type_=type_,
            external_id=external_id,
            host=host,
            scheme=scheme,
            port=port,
            ca_certificate=ca_certificate,
            auth_certificate=auth_certificate,
            authentication=authentication,
        )

        create_rest_source.additional_properties = d
        return create_rest_source
