from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.user_identifier import UserIdentifier


T = TypeVar("T", bound="UserProfilesErrorResponseError")


@_attrs_define
class UserProfilesErrorResponseError(AdditionalProperties):
    """
    Attributes:
        code (int): HTTP status code.
        message (str): Error message.
        missing (list[UserIdentifier] | Unset): List of lookup objects that do not match any results.
        duplicated (list[UserIdentifier] | Unset): List of objects that are not unique.
    """

    _FIT = {
        "code": "i",
        "message": "s",
        "missing": ("l", ("m", "UserIdentifier")),
        "duplicated": ("l", ("m", "UserIdentifier")),
    }
    _REQUIRED = ("code", "message")

    code: int
    message: str
    missing: list[UserIdentifier] | Unset = UNSET
    duplicated: list[UserIdentifier] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        missing: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.missing, Unset):
            missing = []
            for missing_item_data in self.missing:
                missing_item = missing_item_data.to_dict()
                missing.append(missing_item)

        duplicated: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.duplicated, Unset):
            duplicated = []
            for duplicated_item_data in self.duplicated:
                duplicated_item = duplicated_item_data.to_dict()
                duplicated.append(duplicated_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if missing is not UNSET:
            field_dict["missing"] = missing
        if duplicated is not UNSET:
            field_dict["duplicated"] = duplicated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_identifier import UserIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        _missing = d.pop("missing", UNSET)
        missing: list[UserIdentifier] | Unset = UNSET
        if _missing is not UNSET:
            missing = []
            for missing_item_data in _missing:
                missing_item = UserIdentifier.from_dict(missing_item_data)

                missing.append(missing_item)

        _duplicated = d.pop("duplicated", UNSET)
        duplicated: list[UserIdentifier] | Unset = UNSET
        if _duplicated is not UNSET:
            duplicated = []
            for duplicated_item_data in _duplicated:
                duplicated_item = UserIdentifier.from_dict(duplicated_item_data)

                duplicated.append(duplicated_item)

        user_profiles_error_response_error = cls(
            code=code,
            message=message,
            missing=missing,
            duplicated=duplicated,
        )

        user_profiles_error_response_error.additional_properties = d
        return user_profiles_error_response_error
