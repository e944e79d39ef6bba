from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="FilesMetadataField")


@_attrs_define
class FilesMetadataField(AdditionalProperties):
    """Custom, application specific metadata. String key -> String value. Limits: Maximum length of key is 128 bytes, value
    10240 bytes, up to 256 key-value pairs, of total size at most 10240.

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        files_metadata_field = cls()

        files_metadata_field.additional_properties = d
        return files_metadata_field
