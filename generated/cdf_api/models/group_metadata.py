from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="GroupMetadata")


@_attrs_define
class GroupMetadata(AdditionalProperties):
    """Custom, immutable application specific metadata. String key -> String value. Limits: Key are at most 32 bytes.
    Values are at most 512 bytes. Up to 16 key-value pairs. Total size is at most 4096.

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
        group_metadata = cls()

        group_metadata.additional_properties = d
        return group_metadata
