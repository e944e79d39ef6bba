from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="MinimalJobMetadata")


@_attrs_define
class MinimalJobMetadata(AdditionalProperties):
    """Custom, application specific metadata. String key -> String value. Limits are 16 key-value pairs, 512 bytes per
    value, and 4096 bytes total.

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
        minimal_job_metadata = cls()

        minimal_job_metadata.additional_properties = d
        return minimal_job_metadata
