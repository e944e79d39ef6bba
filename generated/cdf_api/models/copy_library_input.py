from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CopyLibraryInput")


@_attrs_define
class CopyLibraryInput(AdditionalProperties):
    """
    Attributes:
        name (str): The name of the copied library
    """

    _FIT = {"name": "s"}
    _REQUIRED = ("name",)

    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        copy_library_input = cls(
            name=name,
        )

        copy_library_input.additional_properties = d
        return copy_library_input
