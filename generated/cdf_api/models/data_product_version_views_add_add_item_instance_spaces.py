from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DataProductVersionViewsAddAddItemInstanceSpaces")


@_attrs_define
class DataProductVersionViewsAddAddItemInstanceSpaces(AdditionalProperties):
    """
    Attributes:
        read (list[str]): List of space ids that contain instances that may be read through this view when using this
            data product version. The list does not need to be exhaustive - there may exist other spaces that contain
            instances that can be read through this view, but access to reading instances from those spaces via this view
            can not be managed via this data product version.
        write (list[str]): List of space ids that contain instances that may be written through this view when using
            this data product version. The list does not need to be exhaustive - there may exist other spaces that contain
            instances that can be read through this view, but access to writing instances from those spaces via this view
            can not be managed via this data product version.
    """

    _FIT = {"read": ("l", "s"), "write": ("l", "s")}
    _REQUIRED = ("read", "write")

    read: list[str]
    write: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        read = self.read

        write = self.write

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "read": read,
                "write": write,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        read = cast(list[str], d.pop("read"))

        write = cast(list[str], d.pop("write"))

        data_product_version_views_add_add_item_instance_spaces = cls(
            read=read,
            write=write,
        )

        data_product_version_views_add_add_item_instance_spaces.additional_properties = d
        return data_product_version_views_add_add_item_instance_spaces
