from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="FileReferenceFileExternalId")


@_attrs_define
class FileReferenceFileExternalId(AdditionalProperties):
    """
    Attributes:
        file_external_id (str): The external ID of a file in CDF. Example: 1234.
    """

    _FIT = {"fileExternalId": "s"}
    _REQUIRED = ("fileExternalId",)

    file_external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_external_id = self.file_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileExternalId": file_external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_external_id = d.pop("fileExternalId")

        file_reference_file_external_id = cls(
            file_external_id=file_external_id,
        )

        file_reference_file_external_id.additional_properties = d
        return file_reference_file_external_id
