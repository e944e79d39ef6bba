from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="UserIdentifier")


@_attrs_define
class UserIdentifier(AdditionalProperties):
    """
    Attributes:
        user_identifier (str):  Example: abcd.
    """

    _FIT = {"userIdentifier": "s"}
    _REQUIRED = ("userIdentifier",)

    user_identifier: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_identifier = self.user_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userIdentifier": user_identifier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_identifier = d.pop("userIdentifier")

        user_identifier = cls(
            user_identifier=user_identifier,
        )

        user_identifier.additional_properties = d
        return user_identifier
