from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.certificate_details import CertificateDetails
    from ..models.client_credentials_authentication import ClientCredentialsAuthentication
    from ..models.kafka_broker import KafkaBroker
    from ..models.scram_sha_256 import ScramSha256
    from ..models.scram_sha_512 import ScramSha512
    from ..models.simple_basic_authentication import SimpleBasicAuthentication


T = TypeVar("T", bound="KafkaSource")


@_attrs_define
class KafkaSource(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['kafka']): Source type.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        bootstrap_brokers (list[KafkaBroker]): List of redundant kafka brokers to connect to.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        authentication (ClientCredentialsAuthentication | ScramSha256 | ScramSha512 | SimpleBasicAuthentication |
            Unset): Method used for authenticating with the kafka brokers.
            This may be used together with auth certificate.
        ca_certificate (CertificateDetails | Unset): Excerpt of certificate details
        auth_certificate (CertificateDetails | Unset): Excerpt of certificate details
        use_tls (bool | Unset): Indicates whether TLS will be used for connection to broker.
    """

    _FIT = {
        "type": ("c", "kafka"),
        "externalId": "s",
        "bootstrapBrokers": ("l", ("m", "KafkaBroker")),
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "authentication": (
            "u",
            (
                ("m", "SimpleBasicAuthentication"),
                ("m", "ClientCredentialsAuthentication"),
                ("m", "ScramSha256"),
                ("m", "ScramSha512"),
            ),
        ),
        "caCertificate": ("m", "CertificateDetails"),
        "authCertificate": ("m", "CertificateDetails"),
        "useTls": "b",
    }
    _REQUIRED = ("type", "externalId", "bootstrapBrokers", "createdTime", "lastUpdatedTime")

    type_: Literal["kafka"]
    external_id: str
    bootstrap_brokers: list[KafkaBroker]
    created_time: int
    last_updated_time: int
    authentication: ClientCredentialsAuthentication | ScramSha256 | ScramSha512 | SimpleBasicAuthentication | Unset = (
        UNSET
    )
    ca_certificate: CertificateDetails | Unset = UNSET
    auth_certificate: CertificateDetails | Unset = UNSET
    use_tls: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        external_id = self.external_id

        bootstrap_brokers = []
        for componentsschemas_kafka_broker_list_item_data in self.bootstrap_brokers:
            componentsschemas_kafka_broker_list_item = componentsschemas_kafka_broker_list_item_data.to_dict()
            bootstrap_brokers.append(componentsschemas_kafka_broker_list_item)

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        authentication: dict[str, Any] | Unset
        if isinstance(self.authentication, Unset):
            authentication = UNSET
        else:
            authentication = self.authentication.to_dict()

        ca_certificate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ca_certificate, Unset):
            ca_certificate = self.ca_certificate.to_dict()

        auth_certificate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_certificate, Unset):
            auth_certificate = self.auth_certificate.to_dict()

        use_tls = self.use_tls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "externalId": external_id,
                "bootstrapBrokers": bootstrap_brokers,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if authentication is not UNSET:
            field_dict["authentication"] = authentication
        if ca_certificate is not UNSET:
            field_dict["caCertificate"] = ca_certificate
        if auth_certificate is not UNSET:
            field_dict["authCertificate"] = auth_certificate
        if use_tls is not UNSET:
            field_dict["useTls"] = use_tls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.certificate_details import CertificateDetails  # noqa: PLC0415
        from ..models.client_credentials_authentication import ClientCredentialsAuthentication  # noqa: PLC0415
        from ..models.kafka_broker import KafkaBroker  # noqa: PLC0415
        from ..models.scram_sha_256 import ScramSha256  # noqa: PLC0415
        from ..models.scram_sha_512 import ScramSha512  # noqa: PLC0415
        from ..models.simple_basic_authentication import SimpleBasicAuthentication  # noqa: PLC0415

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

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        def _parse_authentication(
            data: object,
        ) -> ClientCredentialsAuthentication | ScramSha256 | ScramSha512 | SimpleBasicAuthentication | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(
                data, (SimpleBasicAuthentication, ClientCredentialsAuthentication, ScramSha256, ScramSha512)
            )

        authentication = _parse_authentication(d.pop("authentication", UNSET))

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

        use_tls = d.pop("useTls", UNSET)

        kafka_source = cls(
            type_=type_,
            external_id=external_id,
            bootstrap_brokers=bootstrap_brokers,
            created_time=created_time,
            last_updated_time=last_updated_time,
            authentication=authentication,
            ca_certificate=ca_certificate,
            auth_certificate=auth_certificate,
            use_tls=use_tls,
        )

        kafka_source.additional_properties = d
        return kafka_source
