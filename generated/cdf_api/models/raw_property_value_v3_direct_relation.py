from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="RawPropertyValueV3DirectRelation")


@_attrs_define
class RawPropertyValueV3DirectRelation(AdditionalProperties):
    """A JSON value matching the direct relation type. Direct relation json object requires and allows only `space` and
    `externalId` attributes of the related instance.

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
        raw_property_value_v3_direct_relation = cls()

        raw_property_value_v3_direct_relation.additional_properties = d
        return raw_property_value_v3_direct_relation
