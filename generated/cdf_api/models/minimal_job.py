from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_target_status import JobTargetStatus
from ..models.minimal_job_status import MinimalJobStatus
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.cognite_format import CogniteFormat
    from ..models.custom_format import CustomFormat
    from ..models.kafka_job_config import KafkaJobConfig
    from ..models.minimal_job_metadata import MinimalJobMetadata
    from ..models.mqtt_job_config import MQTTJobConfig
    from ..models.rest_job_config import RestJobConfig
    from ..models.rockwell_format import RockwellFormat
    from ..models.value_format import ValueFormat


T = TypeVar("T", bound="MinimalJob")


@_attrs_define
class MinimalJob(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        destination_id (str): ID of the destination this job writes to.
        source_id (str): ID of the source this job reads from.
        format_ (CogniteFormat | CustomFormat | RockwellFormat | ValueFormat): The format of the messages from the
            source. This is used to convert messages coming from the source system to a format that can be inserted into
            CDF.
        target_status (JobTargetStatus): The target status of a job. Set this to start or stop the job.
        status (MinimalJobStatus): Status of this job.
        config (KafkaJobConfig | MQTTJobConfig | RestJobConfig): Source specific job configuration. The type depends on
            the type of source, and is required for some sources.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        name (str | Unset):
        description (str | Unset):
        metadata (MinimalJobMetadata | Unset): Custom, application specific metadata. String key -> String value. Limits
            are 16 key-value pairs, 512 bytes per value, and 4096 bytes total.
    """

    _FIT = {
        "externalId": "s",
        "destinationId": "s",
        "sourceId": "s",
        "format": ("u", (("m", "RockwellFormat"), ("m", "CogniteFormat"), ("m", "CustomFormat"), ("m", "ValueFormat"))),
        "targetStatus": "s",
        "status": "s",
        "config": ("u", (("m", "MQTTJobConfig"), ("m", "KafkaJobConfig"), ("m", "RestJobConfig"))),
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "name": "s",
        "description": "s",
        "metadata": ("m", "MinimalJobMetadata"),
    }
    _REQUIRED = (
        "externalId",
        "destinationId",
        "sourceId",
        "format",
        "targetStatus",
        "status",
        "config",
        "createdTime",
        "lastUpdatedTime",
    )

    external_id: str
    destination_id: str
    source_id: str
    format_: CogniteFormat | CustomFormat | RockwellFormat | ValueFormat
    target_status: JobTargetStatus
    status: MinimalJobStatus
    config: KafkaJobConfig | MQTTJobConfig | RestJobConfig
    created_time: int
    last_updated_time: int
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    metadata: MinimalJobMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        destination_id = self.destination_id

        source_id = self.source_id

        format_: dict[str, Any]
        format_ = self.format_.to_dict()

        target_status = self.target_status.value

        status = self.status.value

        config: dict[str, Any]
        config = self.config.to_dict()

        created_time = self.created_time

        last_updated_time = self.last_updated_time

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
                "targetStatus": target_status,
                "status": status,
                "config": config,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
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
        from ..models.custom_format import CustomFormat  # noqa: PLC0415
        from ..models.kafka_job_config import KafkaJobConfig  # noqa: PLC0415
        from ..models.minimal_job_metadata import MinimalJobMetadata  # noqa: PLC0415
        from ..models.mqtt_job_config import MQTTJobConfig  # noqa: PLC0415
        from ..models.rest_job_config import RestJobConfig  # noqa: PLC0415
        from ..models.rockwell_format import RockwellFormat  # noqa: PLC0415
        from ..models.value_format import ValueFormat  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        destination_id = d.pop("destinationId")

        source_id = d.pop("sourceId")

        def _parse_format_(data: object) -> CogniteFormat | CustomFormat | RockwellFormat | ValueFormat:
            return parse_best(data, (RockwellFormat, CogniteFormat, CustomFormat, ValueFormat))

        format_ = _parse_format_(d.pop("format"))

        target_status = JobTargetStatus(d.pop("targetStatus"))

        status = MinimalJobStatus(d.pop("status"))

        def _parse_config(data: object) -> KafkaJobConfig | MQTTJobConfig | RestJobConfig:
            return parse_best(data, (MQTTJobConfig, KafkaJobConfig, RestJobConfig))

        config = _parse_config(d.pop("config"))

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MinimalJobMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MinimalJobMetadata.from_dict(_metadata)

        minimal_job = cls(
            external_id=external_id,
            destination_id=destination_id,
            source_id=source_id,
            format_=format_,
            target_status=target_status,
            status=status,
            config=config,
            created_time=created_time,
            last_updated_time=last_updated_time,
            name=name,
            description=description,
            metadata=metadata,
        )

        minimal_job.additional_properties = d
        return minimal_job
