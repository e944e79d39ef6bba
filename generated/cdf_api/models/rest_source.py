from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rest_source_scheme import RestSourceScheme
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.basic_authentication import BasicAuthentication
    from ..models.certificate_details import CertificateDetails
    from ..models.client_credentials_authentication import ClientCredentialsAuthentication
    from ..models.header_value_authentication import HeaderValueAuthentication
    from ..models.query_param_authentication import QueryParamAuthentication


T = TypeVar("T", bound="RestSource")


@_attrs_define
class RestSource(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['rest']): Source type.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        host (str): Host or IP address to connect to.
        scheme (RestSourceScheme): Type of connection to establish
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        port (int | Unset): Port on server to connect to. Uses default ports based on the scheme if omitted.
        ca_certificate (CertificateDetails | Unset): Excerpt of certificate details
        auth_certificate (CertificateDetails | Unset): Excerpt of certificate details
        authentication (BasicAuthentication | ClientCredentialsAuthentication | HeaderValueAuthentication |
            QueryParamAuthentication | Unset): Authentication details for source
    """

    _FIT = {
        "type": ("c", "rest"),
        "externalId": "s",
        "host": "s",
        "scheme": "s",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "port": "i",
        "caCertificate": ("m", "CertificateDetails"),
        "authCertificate": ("m", "CertificateDetails"),
        "authentication": (
            "u",
            (
                ("m", "BasicAuthentication"),
                ("m", "HeaderValueAuthentication"),
                ("m", "QueryParamAuthentication"),
                ("m", "ClientCredentialsAuthentication"),
            ),
        ),
    }
    _REQUIRED = ("type", "externalId", "host", "scheme", "createdTime", "lastUpdatedTime")

    type_: Literal["rest"]
    external_id: str
    host: str
    scheme: RestSourceScheme
    created_time: int
    last_updated_time: int
    port: int | Unset = UNSET
    ca_certificate: CertificateDetails | Unset = UNSET
    auth_certificate: CertificateDetails | Unset = UNSET
    authentication: (
        BasicAuthentication
        | ClientCredentialsAuthentication
        | HeaderValueAuthentication
        | QueryParamAuthentication
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        external_id = self.external_id

        host = self.host

        scheme = self.scheme.value

        created_time = self.created_time

        last_updated_time = self.last_updated_time

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
                "scheme": scheme,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
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
        from ..models.basic_authentication import BasicAuthentication  # noqa: PLC0415
        from ..models.certificate_details import CertificateDetails  # noqa: PLC0415
        from ..models.client_credentials_authentication import ClientCredentialsAuthentication  # noqa: PLC0415
        from ..models.header_value_authentication import HeaderValueAuthentication  # noqa: PLC0415
        from ..models.query_param_authentication import QueryParamAuthentication  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["rest"], d.pop("type"))
        if type_ != "rest":
            raise ValueError(f"type must match const 'rest', got '{type_}'")

        external_id = d.pop("externalId")

        host = d.pop("host")

        scheme = RestSourceScheme(d.pop("scheme"))

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        port = d.pop("port", UNSET)

        _ca_certificate = d.pop("caCertificate", UNSET)
        ca_certificate: CertificateDetails | Unset
        if isinstance(_ca_certificate, Unset):
            ca_certificate = UNSET
        else:
            ca_certificate = CertificateDetails.from_dict(_ca_certificate)

        _auth_certificate = d.pop("authCertificate", UNSET)
        auth_certificate: CertificateDetails | Unset
        if isinstance(_auth_certificate, Unset):
            auth_certificate = UNSET
        else:
            auth_certificate = CertificateDetails.from_dict(_auth_certificate)

        def _parse_authentication(
            data: object,
        ) -> (
            BasicAuthentication
            | ClientCredentialsAuthentication
            | HeaderValueAuthentication
            | QueryParamAuthentication
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_best(
                data,
                (
                    BasicAuthentication,
                    HeaderValueAuthentication,
                    QueryParamAuthentication,
                    ClientCredentialsAuthentication,
                ),
            )

        authentication = _parse_authentication(d.pop("authentication", UNSET))

        rest_source = cls(
            type_=type_,
            external_id=external_id,
            host=host,
            scheme=scheme,
            created_time=created_time,
            last_updated_time=last_updated_time,
            port=port,
            ca_certificate=ca_certificate,
            auth_certificate=auth_certificate,
            authentication=authentication,
        )

        rest_source.additional_properties = d
        return rest_source
