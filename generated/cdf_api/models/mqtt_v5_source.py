from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.certificate_details import CertificateDetails
    from ..models.simple_basic_authentication import SimpleBasicAuthentication


T = TypeVar("T", bound="MqttV5Source")


@_attrs_define
class MqttV5Source(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['mqtt5']): Source type.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        host (str): Host or IP address of the MQTT broker to connect to.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        port (int | Unset): Port to connect to on the MQTT broker.
        authentication (SimpleBasicAuthentication | Unset): Username and password authentication.
        use_tls (bool | Unset): If true, use TLS when connecting to the broker.
        ca_certificate (CertificateDetails | Unset): Excerpt of certificate details
        auth_certificate (CertificateDetails | Unset): Excerpt of certificate details
    """

    _FIT = {
        "type": ("c", "mqtt5"),
        "externalId": "s",
        "host": "s",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "port": "i",
        "authentication": ("m", "SimpleBasicAuthentication"),
        "useTls": "b",
        "caCertificate": ("m", "CertificateDetails"),
        "authCertificate": ("m", "CertificateDetails"),
    }
    _REQUIRED = ("type", "externalId", "host", "createdTime", "lastUpdatedTime")

    type_: Literal["mqtt5"]
    external_id: str
    host: str
    created_time: int
    last_updated_time: int
    port: int | Unset = UNSET
    authentication: SimpleBasicAuthentication | Unset = UNSET
    use_tls: bool | Unset = UNSET
    ca_certificate: CertificateDetails | Unset = UNSET
    auth_certificate: CertificateDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        external_id = self.external_id

        host = self.host

        created_time = self.created_time

        last_updated_time = self.last_updated_time

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
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
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
        from ..models.certificate_details import CertificateDetails  # noqa: PLC0415
        from ..models.simple_basic_authentication import SimpleBasicAuthentication  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["mqtt5"], d.pop("type"))
        if type_ != "mqtt5":
            raise ValueError(f"type must match const 'mqtt5', got '{type_}'")

        external_id = d.pop("externalId")

        host = d.pop("host")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        port = d.pop("port", UNSET)

        _authentication = d.pop("authentication", UNSET)
        authentication: SimpleBasicAuthentication | Unset
        if isinstance(_authentication, Unset):
            authentication = UNSET
        else:
            authentication = SimpleBasicAuthentication.from_dict(_authentication)

        use_tls = d.pop("useTls", UNSET)

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

        mqtt_v5_source = cls(
            type_=type_,
            external_id=external_id,
            host=host,
            created_time=created_time,
            last_updated_time=last_updated_time,
            port=port,
            authentication=authentication,
            use_tls=use_tls,
            ca_certificate=ca_certificate,
            auth_certificate=auth_certificate,
        )

        mqtt_v5_source.additional_properties = d
        return mqtt_v5_source
