from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.update_item_auth_certificate import UpdateItemAuthCertificate
    from ..models.update_item_ca_certificate import UpdateItemCACertificate
    from ..models.update_item_kafka_authentication import UpdateItemKafkaAuthentication
    from ..models.update_item_kafka_brokers import UpdateItemKafkaBrokers
    from ..models.update_kafka_source_use_tls import UpdateKafkaSourceUseTls
    from ..models.update_set_null import UpdateSetNull


T = TypeVar("T", bound="UpdateKafkaSource")


@_attrs_define
class UpdateKafkaSource(AdditionalProperties):
    """
    Attributes:
        bootstrap_brokers (UpdateItemKafkaBrokers | Unset): Set a new list of redundant kafka brokers.
        authentication (Unset | UpdateItemKafkaAuthentication | UpdateSetNull): Set or remove the credentials used for
            authentication.
        use_tls (UpdateKafkaSourceUseTls | Unset): Enable or disable TLS to the Kafka broker.
        ca_certificate (Unset | UpdateItemCACertificate | UpdateSetNull):
        auth_certificate (Unset | UpdateItemAuthCertificate | UpdateSetNull):
    """

    _FIT = {
        "bootstrapBrokers": ("m", "UpdateItemKafkaBrokers"),
        "authentication": ("u", (("m", "UpdateItemKafkaAuthentication"), ("m", "UpdateSetNull"))),
        "useTls": ("m", "UpdateKafkaSourceUseTls"),
        "caCertificate": ("u", (("m", "UpdateItemCACertificate"), ("m", "UpdateSetNull"))),
        "authCertificate": ("u", (("m", "UpdateItemAuthCertificate"), ("m", "UpdateSetNull"))),
    }
    _REQUIRED = ()

    bootstrap_brokers: UpdateItemKafkaBrokers | Unset = UNSET
    authentication: Unset | UpdateItemKafkaAuthentication | UpdateSetNull = UNSET
    use_tls: UpdateKafkaSourceUseTls | Unset = UNSET
    ca_certificate: Unset | UpdateItemCACertificate | UpdateSetNull = UNSET
    auth_certificate: Unset | UpdateItemAuthCertificate | UpdateSetNull = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bootstrap_brokers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bootstrap_brokers, Unset):
            bootstrap_brokers = self.bootstrap_brokers.to_dict()

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
        if bootstrap_brokers is not UNSET:
            field_dict["bootstrapBrokers"] = bootstrap_brokers
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
        from ..models.update_item_kafka_authentication import UpdateItemKafkaAuthentication  # noqa: PLC0415
        from ..models.update_item_kafka_brokers import UpdateItemKafkaBrokers  # noqa: PLC0415
        from ..models.update_kafka_source_use_tls import UpdateKafkaSourceUseTls  # noqa: PLC0415
        from ..models.update_set_null import UpdateSetNull  # noqa: PLC0415

        d = dict(src_dict)
        _bootstrap_brokers = d.pop("bootstrapBrokers", UNSET)
        bootstrap_brokers: UpdateItemKafkaBrokers | Unset
        if isinstance(_bootstrap_brokers, Unset):
            bootstrap_brokers = UNSET
        else:
            bootstrap_brokers = UpdateItemKafkaBrokers.from_dict(_bootstrap_brokers)

        def _parse_authentication(data: object) -> Unset | UpdateItemKafkaAuthentication | UpdateSetNull:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (UpdateItemKafkaAuthentication, UpdateSetNull))

        authentication = _parse_authentication(d.pop("authentication", UNSET))

        _use_tls = d.pop("useTls", UNSET)
        use_tls: UpdateKafkaSourceUseTls | Unset
        if isinstance(_use_tls, Unset):
            use_tls = UNSET
        else:
            use_tls = UpdateKafkaSourceUseTls.from_dict(_use_tls)

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

        update_kafka_source = cls(
            bootstrap_brokers=bootstrap_brokers,
            authentication=authentication,
            use_tls=use_tls,
            ca_certificate=ca_certificate,
            auth_certificate=auth_certificate,
        )

        update_kafka_source.additional_properties = d
        return update_kafka_source
