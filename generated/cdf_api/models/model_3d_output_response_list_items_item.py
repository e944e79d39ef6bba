from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="Model3DOutputResponseListItemsItem")


@_attrs_define
class Model3DOutputResponseListItemsItem(AdditionalProperties):
    """
    Attributes:
        format_ (str): Format identifier. Example: ept-pointcloud.
        version (int): Version of the output format, starting at 1. Example: 1.
        blob_id (int): A server-generated ID for the object.
    """

    _FIT = {"format": "s", "version": "i", "blobId": "i"}
    _REQUIRED = ("format", "version", "blobId")

    format_: str
    version: int
    blob_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_

        version = self.version

        blob_id = self.blob_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
                "version": version,
                "blobId": blob_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        format_ = d.pop("format")

        version = d.pop("version")

        blob_id = d.pop("blobId")

        model_3d_output_response_list_items_item = cls(
            format_=format_,
            version=version,
            blob_id=blob_id,
        )

        model_3d_output_response_list_items_item.additional_properties = d
        return model_3d_output_response_list_items_item
