from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="MetaData")


@_attrs_define
class MetaData(AdditionalProperties):
    """Custom, application specific metadata. String key -> String value. Limits: Maximum length of key is 32, value 512
    characters, up to 16 key-value pairs. Maximum size of entire metadata is 4096 bytes.

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
        meta_data = cls()

        meta_data.additional_properties = d
        return meta_data
