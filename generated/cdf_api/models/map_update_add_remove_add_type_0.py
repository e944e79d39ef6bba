from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="MapUpdateAddRemoveAddType0")


@_attrs_define
class MapUpdateAddRemoveAddType0(AdditionalProperties):
    """Add the key-value pairs. Values for existing keys will be overwritten.

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
        map_update_add_remove_add_type_0 = cls()

        map_update_add_remove_add_type_0.additional_properties = d
        return map_update_add_remove_add_type_0
