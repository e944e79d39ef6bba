from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.auth_certificate import AuthCertificate
    from ..models.ca_certificate import CACertificate
    from ..models.simple_basic_authentication_write import SimpleBasicAuthenticationWrite


T = TypeVar("T", bound="CreateMqttV5Source")


@_attrs_define
class CreateMqttV5Source(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['mqtt5']): Source type.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        host (str): Host or IP address of the MQTT broker to connect to.
        port (int | Unset): Port on the MQTT broker to connect to.
        authentication (SimpleBasicAuthenticationWrite | Unset): Username and password authentication.
        use_tls (bool | Unset): If true, use TLS when connecting to the broker.
        ca_certificate (CACertificate | Unset): Custom certificate authority certificate to let the source use a self
            signed certificate.
        auth_certificate (AuthCertificate | Unset): Authentication certificate (if configured) used to authenticate to
            source.
    """

    _FIT = {
        "type": ("c", "mqtt5"),
        "externalId": "s",
        "host": "s",
        "port": "i",
        "authentication": ("m", "SimpleBasicAuthenticationWrite"),
        "useTls": "b",
        "caCertificate": ("m", "CACertificate"),
        "authCertificate": ("m", "AuthCertificate"),
    }
    _REQUIRED = ("type", "externalId", "host")

    type_: Literal["mqtt5"]
    external_id: str
    host: str
    port: int | Unset = UNSET
    authentication: SimpleBasicAuthenticationWrite | Unset = UNSET
    use_tls: bool | Unset = UNSET
    ca_certificate: CACertificate | Unset = UNSET
    auth_certificate: AuthCertificate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        external_id = self.external_id

        host = self.host

        port = self.port

        authentication: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authentication, Unset):
            authentication = self.authentication.to_dict()

        use_tls = self.use_tls

        ca_certificate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ca_certificate, Unset):
            ca_certificate = self.ca_certificate.to_dict()

        auth_certificate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_certificate, Unset):
            auth_certificate = self.auth_certificate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "externalId": external_id,
                "host": host,
            }
        )
        if port is not UNSET:
            field_dict["port"] = port
        if authentication is not UNSET:
            field_dict["authentication"] = authentication
        if use_tls is not UNSET:
            field_dict["useTls"] = use_tls
        if ca_certificate is not UNSET:
            field_dict["caCertificate"] = ca_certificate
        if auth_certificate is not UNSET:
            field_dict["authCertificate"] = auth_certificate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth_certificate import AuthCertificate  # noqa: PLC0415
        from ..models.ca_certificate import CACertificate  # noqa: PLC0415
        from ..models.simple_basic_authentication_write import SimpleBasicAuthenticationWrite  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["mqtt5"], d.pop("type"))
        if type_ != "mqtt5":
            raise ValueError(f"type must match const 'mqtt5', got '{type_}'")

        external_id = d.pop("externalId")

        host = d.pop("host")

        port = d.pop("port", UNSET)

        _authentication = d.pop("authentication", UNSET)
        authentication: SimpleBasicAuthenticationWrite | Unset
        if isinstance(_authentication, Unset):
            authentication = UNSET
        else:
            authentication = SimpleBasicAuthenticationWrite.from_dict(_authentication)

        use_tls = d.pop("useTls", UNSET)

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

        create_mqtt_v5_source = cls(
            type_=type_,
            external_id=external_id,
            host=host,
            port=port,
            authentication=authentication,
            use_tls=use_tls,
            ca_certificate=ca_certificate,
            auth_certificate=auth_certificate,
        )

        create_mqtt_v5_source.additional_properties = d
        return create_mqtt_v5_source
