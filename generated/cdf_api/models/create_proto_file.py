from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CreateProtoFile")


@_attrs_define
class CreateProtoFile(AdditionalProperties):
    """Definition of a protobuf file used for loading input to the mapping.

    Attributes:
        file_name (str): Name of protobuf file. Must contain only letters, numbers, underscores, and hyphens, and must
            end with '.proto'.
        content (str): Protobuf file content. Must be a valid protobuf file.
    """

    _FIT = {"fileName": "s", "content": "s"}
    _REQUIRED = ("fileName", "content")

    file_name: str
    content: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileName": file_name,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_name = d.pop("fileName")

        content = d.pop("content")

        create_proto_file = cls(
            file_name=file_name,
            content=content,
        )

        create_proto_file.additional_properties = d
        return create_proto_file
