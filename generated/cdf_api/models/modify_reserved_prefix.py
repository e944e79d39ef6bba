from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ModifyReservedPrefix")


@_attrs_define
class ModifyReservedPrefix(AdditionalProperties):
    """
    Attributes:
        set_ (str): Reserves a prefix that can only be used by projects that are children of the project hierachy
            starting at
            this project (reserved prefixes *MUST* only be specified for non-leaf projects).

            Projects outside this project hierachy will be rejected to create projects with url names starting with
            this reserved prefix.

            Only allowed for non-leaf projects. Currently only permitted to be updated by cluster administrators.
             Example: test.
    """

    _FIT = {"set": "s"}
    _REQUIRED = ("set",)

    set_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = self.set_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "set": set_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        set_ = d.pop("set")

        modify_reserved_prefix = cls(
            set_=set_,
        )

        modify_reserved_prefix.additional_properties = d
        return modify_reserved_prefix
