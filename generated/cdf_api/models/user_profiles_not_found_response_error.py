from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="UserProfilesNotFoundResponseError")


@_attrs_define
class UserProfilesNotFoundResponseError(AdditionalProperties):
    """
    Attributes:
        code (int): HTTP status code.
        message (str): Error message.
    """

    _FIT = {"code": "i", "message": "s"}
    _REQUIRED = ("code", "message")

    code: int
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        user_profiles_not_found_response_error = cls(
            code=code,
            message=message,
        )

        user_profiles_not_found_response_error.additional_properties = d
        return user_profiles_not_found_response_error
