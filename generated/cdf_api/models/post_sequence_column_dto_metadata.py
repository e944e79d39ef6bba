from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="PostSequenceColumnDTOMetadata")


@_attrs_define
class PostSequenceColumnDTOMetadata(AdditionalProperties):
    """Custom, application specific metadata. String key -> String value. Maximum length of key is 128 bytes, up to 256
    key-value pairs, up to a total size of 10000 bytes across all keys and values.

        Example:
            {'extracted-by': 'cognite'}

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
        post_sequence_column_dto_metadata = cls()

        post_sequence_column_dto_metadata.additional_properties = d
        return post_sequence_column_dto_metadata
