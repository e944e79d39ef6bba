from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="Metadata3D")


@_attrs_define
class Metadata3D(AdditionalProperties):
    """Custom, application specific metadata. String key -> String value. Limits: Maximum length of key is 32 bytes, value
    512 bytes, up to 16 key-value pairs.

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
        metadata_3d = cls()

        metadata_3d.additional_properties = d
        return metadata_3d
