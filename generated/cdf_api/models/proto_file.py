from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ProtoFile")


@_attrs_define
class ProtoFile(AdditionalProperties):
    """Description of a protobuf file used for loading input to the mapping.

    Attributes:
        file_name (str): Name of protobuf file. Must contain only letters, numbers, underscores, and hyphens, and must
            end with '.proto'.
    """

    _FIT = {"fileName": "s"}
    _REQUIRED = ("fileName",)

    file_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileName": file_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_name = d.pop("fileName")

        proto_file = cls(
            file_name=file_name,
        )

        proto_file.additional_properties = d
        return proto_file
