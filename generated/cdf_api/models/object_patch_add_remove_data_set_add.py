from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ObjectPatchAddRemoveDataSetAdd")


@_attrs_define
class ObjectPatchAddRemoveDataSetAdd(AdditionalProperties):
    """Add the key-value pairs. Values for existing keys will be overwritten.

    Example:
        {'key1': 'value1', 'key2': 'value2'}

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
        object_patch_add_remove_data_set_add = cls()

        object_patch_add_remove_data_set_add.additional_properties = d
        return object_patch_add_remove_data_set_add
