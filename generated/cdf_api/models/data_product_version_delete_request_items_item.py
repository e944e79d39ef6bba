from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DataProductVersionDeleteRequestItemsItem")


@_attrs_define
class DataProductVersionDeleteRequestItemsItem(AdditionalProperties):
    """
    Attributes:
        version (str):  Example: 1.2.34.
    """

    _FIT = {"version": "s"}
    _REQUIRED = ("version",)

    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        data_product_version_delete_request_items_item = cls(
            version=version,
        )

        data_product_version_delete_request_items_item.additional_properties = d
        return data_product_version_delete_request_items_item
