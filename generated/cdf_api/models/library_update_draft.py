from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="LibraryUpdateDraft")


@_attrs_define
class LibraryUpdateDraft(AdditionalProperties):
    """
    Attributes:
        name (str | Unset): The name of the library
    """

    _FIT = {"name": "s"}
    _REQUIRED = ()

    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        library_update_draft = cls(
            name=name,
        )

        library_update_draft.additional_properties = d
        return library_update_draft
