from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.auth_certificate import AuthCertificate
    from ..models.ca_certificate import CACertificate
    from ..models.create_client_credentials_authentication import CreateClientCredentialsAuthentication
    from ..models.create_scram_sha_256 import CreateScramSha256
    from ..models.create_scram_sha_512 import CreateScramSha512
    from ..models.kafka_broker import KafkaBroker
    from ..models.simple_basic_authentication_write import SimpleBasicAuthenticationWrite


T = TypeVar("T", bound="CreateKafkaSource")


@_attrs_define
class CreateKafkaSource(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['kafka']): Source type.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        bootstrap_brokers (list[KafkaBroker]): List of redundant kafka brokers to connect to.
        authentication (CreateClientCredentialsAuthentication | CreateScramSha256 | CreateScramSha512 |
            SimpleBasicAuthenticationWrite | Unset): Method used for authenticating with the kafka brokers.
            This may be used together with auth certificate.
        use_tls (bool | Unset): If true, use TLS when connecting to the broker
        ca_certificate (CACertificate | Unset): Custom certificate authority certificate to let the source use a self
            signed certificate.
        auth_certificate (AuthCertificate | Unset): Authentication certificate (if configured) used to authenticate to
            source.
    """

    _FIT = {
        "type": ("c", "kafka"),
        "externalId": "s",
        "bootstrapBrokers": ("l", ("m", "KafkaBroker")),
        "authentication": (
            "u",
            (
                ("m", "SimpleBasicAuthenticationWrite"),
                ("m", "CreateClientCredentialsAuthentication"),
                ("m", "CreateScramSha256"),
                ("m", "CreateScramSha512"),
            ),
        ),
        "useTls": "b",
        "caCertificate": ("m", "CACertificate"),
        "authCertificate": ("m", "AuthCertificate"),
    }
    _REQUIRED = ("type", "externalId", "bootstrapBrokers")

    type_: Literal["kafka"]
    external_id: str
    bootstrap_brokers: list[KafkaBroker]
    authentication: (
        CreateClientCredentialsAuthentication
        | CreateScramSha256
        | CreateScramSha512
        | SimpleBasicAuthenticationWrite
        | Unset
    ) = UNSET
    use_tls: bool | Unset = UNSET
    ca_certificate: CACertificate | Unset = UNSET
    auth_certificate: AuthCertificate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        external_id = self.external_id

        bootstrap_brokers = []
        for componentsschemas_kafka_broker_list_item_data in self.bootstrap_brokers:
            componentsschemas_kafka_broker_list_item = componentsschemas_kafka_broker_list_item_data.to_dict()
            bootstrap_brokers.append(componentsschemas_kafka_broker_list_item)

        authentication: dict[str, Any] | Unset
        if isinstance(self.authentication, Unset):
            authentication = UNSET
        else:
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
                "bootstrapBrokers": bootstrap_brokers,
            }
        )
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
        from ..models.create_client_credentials_authentication import CreateClientCredentialsAuthentication  # noqa: PLC0415
        from ..models.create_scram_sha_256 import CreateScramSha256  # noqa: PLC0415
        from ..models.create_scram_sha_512 import CreateScramSha512  # noqa: PLC0415
        from ..models.kafka_broker import KafkaBroker  # noqa: PLC0415
        from ..models.simple_basic_authentication_write import SimpleBasicAuthenticationWrite  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["kafka"], d.pop("type"))
        if type_ != "kafka":
            raise ValueError(f"type must match const 'kafka', got '{type_}'")

        external_id = d.pop("externalId")

        bootstrap_brokers = []
        _bootstrap_brokers = d.pop("bootstrapBrokers")
        for componentsschemas_kafka_broker_list_item_data in _bootstrap_brokers:
            componentsschemas_kafka_broker_list_item = KafkaBroker.from_dict(
                componentsschemas_kafka_broker_list_item_data
            )

            bootstrap_brokers.append(componentsschemas_kafka_broker_list_item)

        def _parse_authentication(
            data: object,
        ) -> (
            CreateClientCredentialsAuthentication
            | CreateScramSha256
            | CreateScramSha512
            | SimpleBasicAuthenticationWrite
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_best(
                data,
                (
                    SimpleBasicAuthenticationWrite,
                    CreateClientCredentialsAuthentication,
                    CreateScramSha256,
                    CreateScramSha512,
                ),
            )

        authentication = _parse_authentication(d.pop("authentication", UNSET))

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

        create_kafka_source = cls(
            type_=type_,
            external_id=external_id,
            bootstrap_brokers=bootstrap_brokers,
            authentication=authentication,
            use_tls=use_tls,
            ca_certificate=ca_certificate,
            auth_certificate=auth_certificate,
        )

        create_kafka_source.additional_properties = d
        return create_kafka_source
