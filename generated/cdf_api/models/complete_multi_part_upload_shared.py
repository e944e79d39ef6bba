from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CompleteMultiPartUploadShared")


@_attrs_define
class CompleteMultiPartUploadShared(AdditionalProperties):
    """
    Attributes:
        upload_id (str): A server-generated identifier returned by 'files/initmultipartupload', used by
            'files/completemultipartupload' for validation purposes.
    """

    _FIT = {"uploadId": "s"}
    _REQUIRED = ("uploadId",)

    upload_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_id = self.upload_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uploadId": upload_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload_id = d.pop("uploadId")

        complete_multi_part_upload_shared = cls(
            upload_id=upload_id,
        )

        complete_multi_part_upload_shared.additional_properties = d
        return complete_multi_part_upload_shared
