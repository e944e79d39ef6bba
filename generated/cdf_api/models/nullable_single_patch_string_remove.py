from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="NullableSinglePatchStringRemove")


@_attrs_define
class NullableSinglePatchStringRemove(AdditionalProperties):
    """
    Attributes:
        set_null (Literal[True]):
    """

    _FIT = {"setNull": ("c", True)}
    _REQUIRED = ("setNull",)

    set_null: Literal[True]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_null = self.set_null

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "setNull": set_null,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        set_null = cast(Literal[True], d.pop("setNull"))
        if set_null != True:
            raise ValueError(f"setNull must match const True, got '{set_null}'")

        nullable_single_patch_string_remove = cls(
            set_null=set_null,
        )

        nullable_single_patch_string_remove.additional_properties = d
        return nullable_single_patch_string_remove
