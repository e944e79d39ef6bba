from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.user_profiles_error_response_error import UserProfilesErrorResponseError


T = TypeVar("T", bound="UserProfilesErrorResponse")


@_attrs_define
class UserProfilesErrorResponse(AdditionalProperties):
    """
    Attributes:
        error (UserProfilesErrorResponseError):
    """

    _FIT = {"error": ("m", "UserProfilesErrorResponseError")}
    _REQUIRED = ("error",)

    error: UserProfilesErrorResponseError
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_profiles_error_response_error import UserProfilesErrorResponseError  # noqa: PLC0415

        d = dict(src_dict)
        error = UserProfilesErrorResponseError.from_dict(d.pop("error"))

        user_profiles_error_response = cls(
            error=error,
        )

        user_profiles_error_response.additional_properties = d
        return user_profiles_error_response
