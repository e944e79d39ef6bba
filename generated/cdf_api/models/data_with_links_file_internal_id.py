from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DataWithLinksFileInternalId")


@_attrs_define
class DataWithLinksFileInternalId(AdditionalProperties):
    """
    Attributes:
        id (int | Unset): A server-generated ID for the object.
        download_url (str | Unset):
    """

    _FIT = {"id": "i", "downloadUrl": "s"}
    _REQUIRED = ()

    id: int | Unset = UNSET
    download_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        download_url = self.download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        download_url = d.pop("downloadUrl", UNSET)

        data_with_links_file_internal_id = cls(
            id=id,
            download_url=download_url,
        )

        data_with_links_file_internal_id.additional_properties = d
        return data_with_links_file_internal_id
