from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.csv_config import CsvConfig
    from ..models.json_config import JsonConfig
    from ..models.kafka_job_config import KafkaJobConfig
    from ..models.minimal_preview_format import MinimalPreviewFormat
    from ..models.mqtt_job_config import MQTTJobConfig
    from ..models.protobuf_config import ProtobufConfig
    from ..models.rest_job_config import RestJobConfig
    from ..models.xml_config import XmlConfig


T = TypeVar("T", bound="MinimalPreview")


@_attrs_define
class MinimalPreview(AdditionalProperties):
    """Preview create response

    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        source_id (str): ID of the source this preview job should read from.
        config (KafkaJobConfig | MQTTJobConfig | RestJobConfig): Source specific job configuration. The type depends on
            the type of source, and is required for some sources.
        input_ (CsvConfig | JsonConfig | ProtobufConfig | XmlConfig): Optionally set input mapping input type. This
            defaults to json if left out. Any input type is converted to JSON before being passed to the mapping expression.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        format_ (MinimalPreviewFormat | Unset): Input format parameters.
    """

    _FIT = {
        "externalId": "s",
        "sourceId": "s",
        "config": ("u", (("m", "MQTTJobConfig"), ("m", "KafkaJobConfig"), ("m", "RestJobConfig"))),
        "input": ("u", (("m", "ProtobufConfig"), ("m", "CsvConfig"), ("m", "XmlConfig"), ("m", "JsonConfig"))),
        "createdTime": "i",
        "format": ("m", "MinimalPreviewFormat"),
    }
    _REQUIRED = ("externalId", "sourceId", "config", "input", "createdTime")

    external_id: str
    source_id: str
    config: KafkaJobConfig | MQTTJobConfig | RestJobConfig
    input_: CsvConfig | JsonConfig | ProtobufConfig | XmlConfig
    created_time: int
    format_: MinimalPreviewFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        source_id = self.source_id

        config: dict[str, Any]
        config = self.config.to_dict()

        input_: dict[str, Any]
        input_ = self.input_.to_dict()

        created_time = self.created_time

        format_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "sourceId": source_id,
                "config": config,
                "input": input_,
                "createdTime": created_time,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.csv_config import CsvConfig  # noqa: PLC0415
        from ..models.json_config import JsonConfig  # noqa: PLC0415
        from ..models.kafka_job_config import KafkaJobConfig  # noqa: PLC0415
        from ..models.minimal_preview_format import MinimalPreviewFormat  # noqa: PLC0415
        from ..models.mqtt_job_config import MQTTJobConfig  # noqa: PLC0415
        from ..models.protobuf_config import ProtobufConfig  # noqa: PLC0415
        from ..models.rest_job_config import RestJobConfig  # noqa: PLC0415
        from ..models.xml_config import XmlConfig  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        source_id = d.pop("sourceId")

        def _parse_config(data: object) -> KafkaJobConfig | MQTTJobConfig | RestJobConfig:
            return parse_best(data, (MQTTJobConfig, KafkaJobConfig, RestJobConfig))

        config = _parse_config(d.pop("config"))

        def _parse_input_(data: object) -> CsvConfig | JsonConfig | ProtobufConfig | XmlConfig:
            return parse_best(data, (ProtobufConfig, CsvConfig, XmlConfig, JsonConfig))

        input_ = _parse_input_(d.pop("input"))

        created_time = d.pop("createdTime")

        _format_ = d.pop("format", UNSET)
        format_: MinimalPreviewFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = MinimalPreviewFormat.from_dict(_format_)

        minimal_preview = cls(
            external_id=external_id,
            source_id=source_id,
            config=config,
            input_=input_,
            created_time=created_time,
            format_=format_,
        )

        minimal_preview.additional_properties = d
        return minimal_preview
