from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="UsernameWrapper")


@_attrs_define
class UsernameWrapper(AdditionalProperties):
    """
    Attributes:
        username (str): Username to authenticate the user on the DB.
    """

    _FIT = {"username": "s"}
    _REQUIRED = ("username",)

    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        username_wrapper = cls(
            username=username,
        )

        username_wrapper.additional_properties = d
        return username_wrapper
