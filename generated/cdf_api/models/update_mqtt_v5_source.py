from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.update_item_auth_certificate import UpdateItemAuthCertificate
    from ..models.update_item_ca_certificate import UpdateItemCACertificate
    from ..models.update_item_host import UpdateItemHost
    from ..models.update_item_mqtt_authentication import UpdateItemMqttAuthentication
    from ..models.update_item_port import UpdateItemPort
    from ..models.update_mqtt_v5_source_use_tls import UpdateMqttV5SourceUseTls
    from ..models.update_set_null import UpdateSetNull


T = TypeVar("T", bound="UpdateMqttV5Source")


@_attrs_define
class UpdateMqttV5Source(AdditionalProperties):
    """
    Attributes:
        host (UpdateItemHost | Unset): Set a new host or IP address.
        port (Unset | UpdateItemPort | UpdateSetNull): Set or remove the port on the MQTT broker.
        authentication (Unset | UpdateItemMqttAuthentication | UpdateSetNull): Set or remove the credentials used for
            authentication.
        use_tls (UpdateMqttV5SourceUseTls | Unset): Enable or disable TLS to the MQTT broker.
        ca_certificate (Unset | UpdateItemCACertificate | UpdateSetNull):
        auth_certificate (Unset | UpdateItemAuthCertificate | UpdateSetNull):
    """

    _FIT = {
        "host": ("m", "UpdateItemHost"),
        "port": ("u", (("m", "UpdateItemPort"), ("m", "UpdateSetNull"))),
        "authentication": ("u", (("m", "UpdateItemMqttAuthentication"), ("m", "UpdateSetNull"))),
        "useTls": ("m", "UpdateMqttV5SourceUseTls"),
        "caCertificate": ("u", (("m", "UpdateItemCACertificate"), ("m", "UpdateSetNull"))),
        "authCertificate": ("u", (("m", "UpdateItemAuthCertificate"), ("m", "UpdateSetNull"))),
    }
    _REQUIRED = ()

    host: UpdateItemHost | Unset = UNSET
    port: Unset | UpdateItemPort | UpdateSetNull = UNSET
    authentication: Unset | UpdateItemMqttAuthentication | UpdateSetNull = UNSET
    use_tls: UpdateMqttV5SourceUseTls | Unset = UNSET
    ca_certificate: Unset | UpdateItemCACertificate | UpdateSetNull = UNSET
    auth_certificate: Unset | UpdateItemAuthCertificate | UpdateSetNull = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host: dict[str, Any] | Unset = UNSET
        if not isinstance(self.host, Unset):
            host = self.host.to_dict()

        port: dict[str, Any] | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port.to_dict()

        authentication: dict[str, Any] | Unset
        if isinstance(self.authentication, Unset):
            authentication = UNSET
        else:
            authentication = self.authentication.to_dict()

        use_tls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.use_tls, Unset):
            use_tls = self.use_tls.to_dict()

        ca_certificate: dict[str, Any] | Unset
        if isinstance(self.ca_certificate, Unset):
            ca_certificate = UNSET
        else:
            ca_certificate = self.ca_certificate.to_dict()

        auth_certificate: dict[str, Any] | Unset
        if isinstance(self.auth_certificate, Unset):
            auth_certificate = UNSET
        else:
            auth_certificate = self.auth_certificate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if host is not UNSET:
            field_dict["host"] = host
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
        from ..models.update_item_auth_certificate import UpdateItemAuthCertificate  # noqa: PLC0415
        from ..models.update_item_ca_certificate import UpdateItemCACertificate  # noqa: PLC0415
        from ..models.update_item_host import UpdateItemHost  # noqa: PLC0415
        from ..models.update_item_mqtt_authentication import UpdateItemMqttAuthentication  # noqa: PLC0415
        from ..models.update_item_port import UpdateItemPort  # noqa: PLC0415
        from ..models.update_mqtt_v5_source_use_tls import UpdateMqttV5SourceUseTls  # noqa: PLC0415
        from ..models.update_set_null import UpdateSetNull  # noqa: PLC0415

        d = dict(src_dict)
        _host = d.pop("host", UNSET)
        host: UpdateItemHost | Unset
        if isinstance(_host, Unset):
            host = UNSET
        else:
            host = UpdateItemHost.from_dict(_host)

        def _parse_port(data: object) -> Unset | UpdateItemPort | UpdateSetNull:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (UpdateItemPort, UpdateSetNull))

        port = _parse_port(d.pop("port", UNSET))

        def _parse_authentication(data: object) -> Unset | UpdateItemMqttAuthentication | UpdateSetNull:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (UpdateItemMqttAuthentication, UpdateSetNull))

        authentication = _parse_authentication(d.pop("authentication", UNSET))

        _use_tls = d.pop("useTls", UNSET)
        use_tls: UpdateMqttV5SourceUseTls | Unset
        if isinstance(_use_tls, Unset):
            use_tls = UNSET
        else:
            use_tls = UpdateMqttV5SourceUseTls.from_dict(_use_tls)

        def _parse_ca_certificate(data: object) -> Unset | UpdateItemCACertificate | UpdateSetNull:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (UpdateItemCACertificate, UpdateSetNull))

        ca_certificate = _parse_ca_certificate(d.pop("caCertificate", UNSET))

        def _parse_auth_certificate(data: object) -> Unset | UpdateItemAuthCertificate | UpdateSetNull:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (UpdateItemAuthCertificate, UpdateSetNull))

        auth_certificate = _parse_auth_certificate(d.pop("authCertificate", UNSET))

        update_mqtt_v5_source = cls(
            host=host,
            port=port,
            authentication=authentication,
            use_tls=use_tls,
            ca_certificate=ca_certificate,
            auth_certificate=auth_certificate,
        )

        update_mqtt_v5_source.additional_properties = d
        return update_mqtt_v5_source
