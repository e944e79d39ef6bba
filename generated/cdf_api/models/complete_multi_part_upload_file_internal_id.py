from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CompleteMultiPartUploadFileInternalId")


@_attrs_define
class CompleteMultiPartUploadFileInternalId(AdditionalProperties):
    """
    Attributes:
        upload_id (str): A server-generated identifier returned by 'files/initmultipartupload', used by
            'files/completemultipartupload' for validation purposes.
        id (int | Unset): A server-generated ID for the object.
    """

    _FIT = {"uploadId": "s", "id": "i"}
    _REQUIRED = ("uploadId",)

    upload_id: str
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_id = self.upload_id

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uploadId": upload_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload_id = d.pop("uploadId")

        id = d.pop("id", UNSET)

        complete_multi_part_upload_file_internal_id = cls(
            upload_id=upload_id,
            id=id,
        )

        complete_multi_part_upload_file_internal_id.additional_properties = d
        return complete_multi_part_upload_file_internal_id
