from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.encoding_type import EncodingType
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CustomFormat")


@_attrs_define
class CustomFormat(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['custom']): Format type.
        mapping_id (str): The ID of the mapping used for this format.
        expression (str): The transformation expression of the mapping given by `mappingId`.
        encoding (EncodingType | Unset): The type of encoding to convert from.
            - `utf8`, UTF-8, default.
            - `utf16`, UTF-16 big endian.
            - `utf16le`, UTF-16 little endian.
            - `latin1`, Latin 1, Specifically Windows CP 1252.
        compression (Literal['gzip'] | Unset): The compression applied to incoming messages. The messages are
            decompressed before being passed to transformations.
            This is usually not relevant for REST, where this is handled automatically, but MQTT, Kafka, and EventHub have
            no such mechanisms.
    """

    _FIT = {"type": ("c", "custom"), "mappingId": "s", "expression": "s", "encoding": "s", "compression": ("c", "gzip")}
    _REQUIRED = ("type", "mappingId", "expression")

    type_: Literal["custom"]
    mapping_id: str
    expression: str
    encoding: EncodingType | Unset = UNSET
    compression: Literal["gzip"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        mapping_id = self.mapping_id

        expression = self.expression

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding.value

        compression = self.compression

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "mappingId": mapping_id,
                "expression": expression,
            }
        )
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if compression is not UNSET:
            field_dict["compression"] = compression

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["custom"], d.pop("type"))
        if type_ != "custom":
            raise ValueError(f"type must match const 'custom', got '{type_}'")

        mapping_id = d.pop("mappingId")

        expression = d.pop("expression")

        _encoding = d.pop("encoding", UNSET)
        encoding: EncodingType | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = EncodingType(_encoding)

        compression = cast(Literal["gzip"] | Unset, d.pop("compression", UNSET))
        if compression != "gzip" and not isinstance(compression, Unset):
            raise ValueError(f"compression must match const 'gzip', got '{compression}'")

        custom_format = cls(
            type_=type_,
            mapping_id=mapping_id,
            expression=expression,
            encoding=encoding,
            compression=compression,
        )

        custom_format.additional_properties = d
        return custom_format
