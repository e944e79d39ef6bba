from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PassageSourceFile")


@_attrs_define
class PassageSourceFile(AdditionalProperties):
    """The source file that this document is derived from.

    Attributes:
        name (str): Name of the file. Example: hamlet.txt.
        hash_ (str | Unset): The hash of the source file. This is a SHA256 hash of the original file. The hash only
            covers the file content, and not other CDF metadata. Example:
            23203f9264161714cdb8d2f474b9b641e6a735f8cea4098c40a3cab8743bd749.
    """

    _FIT = {"name": "s", "hash": "s"}
    _REQUIRED = ("name",)

    name: str
    hash_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        hash_ = self.hash_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if hash_ is not UNSET:
            field_dict["hash"] = hash_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        hash_ = d.pop("hash", UNSET)

        passage_source_file = cls(
            name=name,
            hash_=hash_,
        )

        passage_source_file.additional_properties = d
        return passage_source_file
