from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.encoding_type import EncodingType
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.data_models import DataModels
    from ..models.prefix_config import PrefixConfig


T = TypeVar("T", bound="ValueFormat")


@_attrs_define
class ValueFormat(AdditionalProperties):
    """Assume the source data is on the form `some string` or `123.456`, and convert these into CDF datapoints, using
    prefix config to determine the timeseries external ID, and current time as timestamp.
    If no prefix config is set, use the topic name as timeseries ID.

        Attributes:
            type_ (Literal['value']): Format type.
            encoding (EncodingType | Unset): The type of encoding to convert from.
                - `utf8`, UTF-8, default.
                - `utf16`, UTF-16 big endian.
                - `utf16le`, UTF-16 little endian.
                - `latin1`, Latin 1, Specifically Windows CP 1252.
            compression (Literal['gzip'] | Unset): The compression applied to incoming messages. The messages are
                decompressed before being passed to transformations.
                This is usually not relevant for REST, where this is handled automatically, but MQTT, Kafka, and EventHub have
                no such mechanisms.
            prefix (PrefixConfig | Unset): Generate a prefix for resources created using this format. If both `prefix` and
                `fromTopic` are set, the generated ID will be on the form `[prefix][topic][id]`
            data_models (DataModels | Unset): Data models configuration to specify the space for all instances.
    """

    _FIT = {
        "type": ("c", "value"),
        "encoding": "s",
        "compression": ("c", "gzip"),
        "prefix": ("m", "PrefixConfig"),
        "dataModels": ("m", "DataModels"),
    }
    _REQUIRED = ("type",)

    type_: Literal["value"]
    encoding: EncodingType | Unset = UNSET
    compression: Literal["gzip"] | Unset = UNSET
    prefix: PrefixConfig | Unset = UNSET
    data_models: DataModels | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding.value

        compression = self.compression

        prefix: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prefix, Unset):
            prefix = self.prefix.to_dict()

        data_models: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_models, Unset):
            data_models = self.data_models.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if compression is not UNSET:
            field_dict["compression"] = compression
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if data_models is not UNSET:
            field_dict["dataModels"] = data_models

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_models import DataModels  # noqa: PLC0415
        from ..models.prefix_config import PrefixConfig  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["value"], d.pop("type"))
        if type_ != "value":
            raise ValueError(f"type must match const 'value', got '{type_}'")

        _encoding = d.pop("encoding", UNSET)
        encoding: EncodingType | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = EncodingType(_encoding)

        compression = cast(Literal["gzip"] | Unset, d.pop("compression", UNSET))
        if compression != "gzip" and not isinstance(compression, Unset):
            raise ValueError(f"compression must match const 'gzip', got '{compression}'")

        _prefix = d.pop("prefix", UNSET)
        prefix: PrefixConfig | Unset
        if isinstance(_prefix, Unset):
            prefix = UNSET
        else:
            prefix = PrefixConfig.from_dict(_prefix)

        _data_models = d.pop("dataModels", UNSET)
        data_models: DataModels | Unset
        if isinstance(_data_models, Unset):
            data_models = UNSET
        else:
            data_models = DataModels.from_dict(_data_models)

        value_format = cls(
            type_=type_,
            encoding=encoding,
            compression=compression,
            prefix=prefix,
            data_models=data_models,
        )

        value_format.additional_properties = d
        return value_format
