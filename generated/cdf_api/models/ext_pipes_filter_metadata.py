from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ExtPipesFilterMetadata")


@_attrs_define
class ExtPipesFilterMetadata(AdditionalProperties):
    """Custom, application specific metadata. String key -> String value. Limits: Key are at most 128 bytes. Values are at
    most 10240 bytes. Up to 256 key-value pairs. Total size is at most 10240.

        Example:
            {'property1': 'string', 'property2': 'string'}

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
        ext_pipes_filter_metadata = cls()

        ext_pipes_filter_metadata.additional_properties = d
        return ext_pipes_filter_metadata
