from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.create_protobuf_config import CreateProtobufConfig
    from ..models.csv_config import CsvConfig
    from ..models.json_config import JsonConfig
    from ..models.xml_config import XmlConfig


T = TypeVar("T", bound="UpdateItemInputConfig")


@_attrs_define
class UpdateItemInputConfig(AdditionalProperties):
    """Set a new mapping input.

    Attributes:
        set_ (CreateProtobufConfig | CsvConfig | JsonConfig | XmlConfig): Optionally set input mapping input type. This
            defaults to json if left out. Each input type is converted to JSON before being passed to the mapping
            expression.
    """

    _FIT = {"set": ("u", (("m", "CreateProtobufConfig"), ("m", "CsvConfig"), ("m", "XmlConfig"), ("m", "JsonConfig")))}
    _REQUIRED = ("set",)

    set_: CreateProtobufConfig | CsvConfig | JsonConfig | XmlConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_: dict[str, Any]
        set_ = self.set_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "set": set_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_protobuf_config import CreateProtobufConfig  # noqa: PLC0415
        from ..models.csv_config import CsvConfig  # noqa: PLC0415
        from ..models.json_config import JsonConfig  # noqa: PLC0415
        from ..models.xml_config import XmlConfig  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_set_(data: object) -> CreateProtobufConfig | CsvConfig | JsonConfig | XmlConfig:
            return parse_best(data, (CreateProtobufConfig, CsvConfig, XmlConfig, JsonConfig))

        set_ = _parse_set_(d.pop("set"))

        update_item_input_config = cls(
            set_=set_,
        )

        update_item_input_config.additional_properties = d
        return update_item_input_config
