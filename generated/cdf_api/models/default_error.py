from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.default_error_duplicated_item import DefaultErrorDuplicatedItem
    from ..models.default_error_missing_item import DefaultErrorMissingItem


T = TypeVar("T", bound="DefaultError")


@_attrs_define
class DefaultError(AdditionalProperties):
    """Cognite API error

    Attributes:
        code (int | Unset): HTTP status code
        message (str | Unset): Error message
        missing (list[DefaultErrorMissingItem] | Unset): List of lookup objects that do not match any results.
        duplicated (list[DefaultErrorDuplicatedItem] | Unset): List of objects that are not unique.
    """

    _FIT = {
        "code": "i",
        "message": "s",
        "missing": ("l", ("m", "DefaultErrorMissingItem")),
        "duplicated": ("l", ("m", "DefaultErrorDuplicatedItem")),
    }
    _REQUIRED = ()

    code: int | Unset = UNSET
    message: str | Unset = UNSET
    missing: list[DefaultErrorMissingItem] | Unset = UNSET
    duplicated: list[DefaultErrorDuplicatedItem] | Unset = UNSET
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
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if missing is not UNSET:
            field_dict["missing"] = missing
        if duplicated is not UNSET:
            field_dict["duplicated"] = duplicated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.default_error_duplicated_item import DefaultErrorDuplicatedItem  # noqa: PLC0415
        from ..models.default_error_missing_item import DefaultErrorMissingItem  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        _missing = d.pop("missing", UNSET)
        missing: list[DefaultErrorMissingItem] | Unset = UNSET
        if _missing is not UNSET:
            missing = []
            for missing_item_data in _missing:
                missing_item = DefaultErrorMissingItem.from_dict(missing_item_data)

                missing.append(missing_item)

        _duplicated = d.pop("duplicated", UNSET)
        duplicated: list[DefaultErrorDuplicatedItem] | Unset = UNSET
        if _duplicated is not UNSET:
            duplicated = []
            for duplicated_item_data in _duplicated:
                duplicated_item = DefaultErrorDuplicatedItem.from_dict(duplicated_item_data)

                duplicated.append(duplicated_item)

        default_error = cls(
            code=code,
            message=message,
            missing=missing,
            duplicated=duplicated,
        )

        default_error.additional_properties = d
        return default_error
