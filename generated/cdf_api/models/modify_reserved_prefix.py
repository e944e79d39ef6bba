from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModifyReservedPrefix")


@_attrs_define
class ModifyReservedPrefix:
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

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
