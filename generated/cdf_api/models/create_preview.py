from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.create_preview_format import CreatePreviewFormat
    from ..models.create_protobuf_config import CreateProtobufConfig
    from ..models.csv_config import CsvConfig
    from ..models.json_config import JsonConfig
    from ..models.kafka_job_config import KafkaJobConfig
    from ..models.mqtt_job_config import MQTTJobConfig
    from ..models.rest_job_config import RestJobConfig
    from ..models.xml_config import XmlConfig


T = TypeVar("T", bound="CreatePreview")


@_attrs_define
class CreatePreview(AdditionalProperties):
    """Create object for a preview job.

    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        source_id (str): ID of the source this preview job should read from.
        config (KafkaJobConfig | MQTTJobConfig | RestJobConfig): Source specific job configuration. The type depends on
            the type of source, and is required for some sources.
        format_ (CreatePreviewFormat | Unset): Input format parameters.
        input_ (CreateProtobufConfig | CsvConfig | JsonConfig | Unset | XmlConfig): Optionally set input mapping input
            type. This defaults to json if left out. Each input type is converted to JSON before being passed to the mapping
            expression.
    """

    _FIT = {
        "externalId": "s",
        "sourceId": "s",
        "config": ("u", (("m", "MQTTJobConfig"), ("m", "KafkaJobConfig"), ("m", "RestJobConfig"))),
        "format": ("m", "CreatePreviewFormat"),
        "input": ("u", (("m", "CreateProtobufConfig"), ("m", "CsvConfig"), ("m", "XmlConfig"), ("m", "JsonConfig"))),
    }
    _REQUIRED = ("externalId", "sourceId", "config")

    external_id: str
    source_id: str
    config: KafkaJobConfig | MQTTJobConfig | RestJobConfig
    format_: CreatePreviewFormat | Unset = UNSET
    input_: CreateProtobufConfig | CsvConfig | JsonConfig | Unset | XmlConfig = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        source_id = self.source_id

        config: dict[str, Any]
        config = self.config.to_dict()

        format_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.to_dict()

        input_: dict[str, Any] | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        else:
            input_ = self.input_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "sourceId": source_id,
                "config": config,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_
        if input_ is not UNSET:
            field_dict["input"] = input_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_preview_format import CreatePreviewFormat  # noqa: PLC0415
        from ..models.create_protobuf_config import CreateProtobufConfig  # noqa: PLC0415
        from ..models.csv_config import CsvConfig  # noqa: PLC0415
        from ..models.json_config import JsonConfig  # noqa: PLC0415
        from ..models.kafka_job_config import KafkaJobConfig  # noqa: PLC0415
        from ..models.mqtt_job_config import MQTTJobConfig  # noqa: PLC0415
        from ..models.rest_job_config import RestJobConfig  # noqa: PLC0415
        from ..models.xml_config import XmlConfig  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        source_id = d.pop("sourceId")

        def _parse_config(data: object) -> KafkaJobConfig | MQTTJobConfig | RestJobConfig:
            return parse_best(data, (MQTTJobConfig, KafkaJobConfig, RestJobConfig))

        config = _parse_config(d.pop("config"))

        _format_ = d.pop("format", UNSET)
        format_: CreatePreviewFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = CreatePreviewFormat.from_dict(_format_)

        def _parse_input_(data: object) -> CreateProtobufConfig | CsvConfig | JsonConfig | Unset | XmlConfig:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (CreateProtobufConfig, CsvConfig, XmlConfig, JsonConfig))

        input_ = _parse_input_(d.pop("input", UNSET))

        create_preview = cls(
            external_id=external_id,
            source_id=source_id,
            config=config,
            format_=format_,
            input_=input_,
        )

        create_preview.additional_properties = d
        return create_preview
