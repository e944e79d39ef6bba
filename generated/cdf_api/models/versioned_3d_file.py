from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="Versioned3DFile")


@_attrs_define
class Versioned3DFile(AdditionalProperties):
    """The file ID of the data file for this resource, with multiple versions supported. Use /3d/files/{id} to retrieve the
    file.

        Attributes:
            version (int): Version of the file format. Example: 1.
            file_id (int): File ID. Use `/3d/files/{id}` to retrieve the file. Example: 1000.
    """

    _FIT = {"version": "i", "fileId": "i"}
    _REQUIRED = ("version", "fileId")

    version: int
    file_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        file_id = self.file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "fileId": file_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        file_id = d.pop("fileId")

        versioned_3d_file = cls(
            version=version,
            file_id=file_id,
        )

        versioned_3d_file.additional_properties = d
        return versioned_3d_file
