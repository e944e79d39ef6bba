from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.encoding_type import EncodingType
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CreatePreviewFormat")


@_attrs_define
class CreatePreviewFormat(AdditionalProperties):
    """Input format parameters.

    Attributes:
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

    _FIT = {"encoding": "s", "compression": ("c", "gzip")}
    _REQUIRED = ()

    encoding: EncodingType | Unset = UNSET
    compression: Literal["gzip"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding.value

        compression = self.compression

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if compression is not UNSET:
            field_dict["compression"] = compression

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _encoding = d.pop("encoding", UNSET)
        encoding: EncodingType | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = EncodingType(_encoding)

        compression = cast(Literal["gzip"] | Unset, d.pop("compression", UNSET))
        if compression != "gzip" and not isinstance(compression, Unset):
            raise ValueError(f"compression must match const 'gzip', got '{compression}'")

        create_preview_format = cls(
            encoding=encoding,
            compression=compression,
        )

        create_preview_format.additional_properties = d
        return create_preview_format
