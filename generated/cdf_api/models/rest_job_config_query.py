from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="RestJobConfigQuery")


@_attrs_define
class RestJobConfigQuery(AdditionalProperties):
    """Query parameters to include in request. String key -> String value. Limits: Maximum 255 characters per key, 2048 per
    value, and at most 32 pairs.

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
        rest_job_config_query = cls()

        rest_job_config_query.additional_properties = d
        return rest_job_config_query
