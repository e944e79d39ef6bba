from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.cognite_format import CogniteFormat
    from ..models.create_job_metadata import CreateJobMetadata
    from ..models.kafka_job_config import KafkaJobConfig
    from ..models.mqtt_job_config import MQTTJobConfig
    from ..models.rest_job_config import RestJobConfig
    from ..models.rockwell_format import RockwellFormat
    from ..models.value_format import ValueFormat
    from ..models.write_custom_format import WriteCustomFormat


T = TypeVar("T", bound="CreateJob")


@_attrs_define
class CreateJob(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        destination_id (str): ID of the destination this job should write to.
        source_id (str): ID of the source this job should read from.
        format_ (CogniteFormat | RockwellFormat | ValueFormat | WriteCustomFormat): The format of the messages from the
            source. This is used to convert messages coming from the source system to a format that can be inserted into
            CDF.
        config (KafkaJobConfig | MQTTJobConfig | RestJobConfig | Unset): Source specific job configuration. The type
            depends on the type of source, and is required for some sources.
        name (str | Unset):
        description (str | Unset):
        metadata (CreateJobMetadata | Unset): Custom, application specific metadata. String key -> String value. Limits
            are 16 key-value pairs, 512 bytes per value, and 4096 bytes total.
    """

    _FIT = {
        "externalId": "s",
        "destinationId": "s",
        "sourceId": "s",
        "format": (
            "u",
            (("m", "RockwellFormat"), ("m", "CogniteFormat"), ("m", "WriteCustomFormat"), ("m", "ValueFormat")),
        ),
        "config": ("u", (("m", "MQTTJobConfig"), ("m", "KafkaJobConfig"), ("m", "RestJobConfig"))),
        "name": "s",
        "description": "s",
        "metadata": ("m", "CreateJobMetadata"),
    }
    _REQUIRED = ("externalId", "destinationId", "sourceId", "format")

    external_id: str
    destination_id: str
    source_id: str
    format_: CogniteFormat | RockwellFormat | ValueFormat | WriteCustomFormat
    config: KafkaJobConfig | MQTTJobConfig | RestJobConfig | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    metadata: CreateJobMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        destination_id = self.destination_id

        source_id = self.source_id

        format_: dict[str, Any]
        format_ = self.format_.to_dict()

        config: dict[str, Any] | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        else:
            config = self.config.to_dict()

        name = self.name

        description = self.description

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "destinationId": destination_id,
                "sourceId": source_id,
                "format": format_,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_format import CogniteFormat  # noqa: PLC0415
        from ..models.create_job_metadata import CreateJobMetadata  # noqa: PLC0415
        from ..models.kafka_job_config import KafkaJobConfig  # noqa: PLC0415
        from ..models.mqtt_job_config import MQTTJobConfig  # noqa: PLC0415
        from ..models.rest_job_config import RestJobConfig  # noqa: PLC0415
        from ..models.rockwell_format import RockwellFormat  # noqa: PLC0415
        from ..models.value_format import ValueFormat  # noqa: PLC0415
        from ..models.write_custom_format import WriteCustomFormat  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        destination_id = d.pop("destinationId")

        source_id = d.pop("sourceId")

        def _parse_format_(data: object) -> CogniteFormat | RockwellFormat | ValueFormat | WriteCustomFormat:
            return parse_best(data, (RockwellFormat, CogniteFormat, WriteCustomFormat, ValueFormat))

        format_ = _parse_format_(d.pop("format"))

        def _parse_config(data: object) -> KafkaJobConfig | MQTTJobConfig | RestJobConfig | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (MQTTJobConfig, KafkaJobConfig, RestJobConfig))

        config = _parse_config(d.pop("config", UNSET))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: CreateJobMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CreateJobMetadata.from_dict(_metadata)

        create_job = cls(
            external_id=external_id,
            destination_id=destination_id,
            source_id=source_id,
            format_=format_,
            config=config,
            name=name,
            description=description,
            metadata=metadata,
        )

        create_job.additional_properties = d
        return create_job
