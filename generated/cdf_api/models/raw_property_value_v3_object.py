from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="RawPropertyValueV3Object")


@_attrs_define
class RawPropertyValueV3Object(AdditionalProperties):
    """A JSON value. General limits for the JSON object are the next. The max key length is 128. The max number of keys
    256. The max object total size is 40,960B. The max value size is 10,240B.

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        raw_property_value_v3_object = cls()

        raw_property_value_v3_object.additional_properties = d
        return raw_property_value_v3_object
