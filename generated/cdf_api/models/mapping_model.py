from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.csv_config import CsvConfig
    from ..models.custom_mapping import CustomMapping
    from ..models.json_config import JsonConfig
    from ..models.protobuf_config import ProtobufConfig
    from ..models.xml_config import XmlConfig


T = TypeVar("T", bound="MappingModel")


@_attrs_define
class MappingModel(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        mapping (CustomMapping):
        input_ (CsvConfig | JsonConfig | ProtobufConfig | XmlConfig): Optionally set input mapping input type. This
            defaults to json if left out. Any input type is converted to JSON before being passed to the mapping expression.
        published (bool): Whether this mapping is published and should be available to be used in jobs.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
    """

    _FIT = {
        "externalId": "s",
        "mapping": ("m", "CustomMapping"),
        "input": ("u", (("m", "ProtobufConfig"), ("m", "CsvConfig"), ("m", "XmlConfig"), ("m", "JsonConfig"))),
        "published": "b",
        "createdTime": "i",
        "lastUpdatedTime": "i",
    }
    _REQUIRED = ("externalId", "mapping", "input", "published", "createdTime", "lastUpdatedTime")

    external_id: str
    mapping: CustomMapping
    input_: CsvConfig | JsonConfig | ProtobufConfig | XmlConfig
    published: bool
    created_time: int
    last_updated_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        mapping = self.mapping.to_dict()

        input_: dict[str, Any]
        input_ = self.input_.to_dict()

        published = self.published

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "mapping": mapping,
                "input": input_,
                "published": published,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.csv_config import CsvConfig  # noqa: PLC0415
        from ..models.custom_mapping import CustomMapping  # noqa: PLC0415
        from ..models.json_config import JsonConfig  # noqa: PLC0415
        from ..models.protobuf_config import ProtobufConfig  # noqa: PLC0415
        from ..models.xml_config import XmlConfig  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        mapping = CustomMapping.from_dict(d.pop("mapping"))

        def _parse_input_(data: object) -> CsvConfig | JsonConfig | ProtobufConfig | XmlConfig:
            return parse_best(data, (ProtobufConfig, CsvConfig, XmlConfig, JsonConfig))

        input_ = _parse_input_(d.pop("input"))

        published = d.pop("published")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        mapping_model = cls(
            external_id=external_id,
            mapping=mapping,
            input_=input_,
            published=published,
            created_time=created_time,
            last_updated_time=last_updated_time,
        )

        mapping_model.additional_properties = d
        return mapping_model
