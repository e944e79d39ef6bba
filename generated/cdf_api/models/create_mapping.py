from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.create_protobuf_config import CreateProtobufConfig
    from ..models.csv_config import CsvConfig
    from ..models.custom_mapping import CustomMapping
    from ..models.json_config import JsonConfig
    from ..models.xml_config import XmlConfig


T = TypeVar("T", bound="CreateMapping")


@_attrs_define
class CreateMapping(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        mapping (CustomMapping):
        published (bool): Whether this mapping is published and should be available to be used in jobs.
        input_ (CreateProtobufConfig | CsvConfig | JsonConfig | Unset | XmlConfig): Optionally set input mapping input
            type. This defaults to json if left out. Each input type is converted to JSON before being passed to the mapping
            expression.
    """

    _FIT = {
        "externalId": "s",
        "mapping": ("m", "CustomMapping"),
        "published": "b",
        "input": ("u", (("m", "CreateProtobufConfig"), ("m", "CsvConfig"), ("m", "XmlConfig"), ("m", "JsonConfig"))),
    }
    _REQUIRED = ("externalId", "mapping", "published")

    external_id: str
    mapping: CustomMapping
    published: bool
    input_: CreateProtobufConfig | CsvConfig | JsonConfig | Unset | XmlConfig = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        mapping = self.mapping.to_dict()

        published = self.published

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
                "mapping": mapping,
                "published": published,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_protobuf_config import CreateProtobufConfig  # noqa: PLC0415
        from ..models.csv_config import CsvConfig  # noqa: PLC0415
        from ..models.custom_mapping import CustomMapping  # noqa: PLC0415
        from ..models.json_config import JsonConfig  # noqa: PLC0415
        from ..models.xml_config import XmlConfig  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        mapping = CustomMapping.from_dict(d.pop("mapping"))

        published = d.pop("published")

        def _parse_input_(data: object) -> CreateProtobufConfig | CsvConfig | JsonConfig | Unset | XmlConfig:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (CreateProtobufConfig, CsvConfig, XmlConfig, JsonConfig))

        input_ = _parse_input_(d.pop("input", UNSET))

        create_mapping = cls(
            external_id=external_id,
            mapping=mapping,
            published=published,
            input_=input_,
        )

        create_mapping.additional_properties = d
        return create_mapping
