from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CompleteMultiPartUploadFileExternalId")


@_attrs_define
class CompleteMultiPartUploadFileExternalId(AdditionalProperties):
    """
    Attributes:
        upload_id (str): A server-generated identifier returned by 'files/initmultipartupload', used by
            'files/completemultipartupload' for validation purposes.
        external_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
    """

    _FIT = {"uploadId": "s", "externalId": "s"}
    _REQUIRED = ("uploadId",)

    upload_id: str
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_id = self.upload_id

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uploadId": upload_id,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload_id = d.pop("uploadId")

        external_id = d.pop("externalId", UNSET)

        complete_multi_part_upload_file_external_id = cls(
            upload_id=upload_id,
            external_id=external_id,
        )

        complete_multi_part_upload_file_external_id.additional_properties = d
        return complete_multi_part_upload_file_external_id
