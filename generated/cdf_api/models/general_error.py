from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.general_error_duplicated_item import GeneralErrorDuplicatedItem
    from ..models.general_error_missing_item import GeneralErrorMissingItem


T = TypeVar("T", bound="GeneralError")


@_attrs_define
class GeneralError(AdditionalProperties):
    """Cognite API error

    Attributes:
        code (int): HTTP status code Example: 409.
        message (str): Error message Example: Could not authenticate..
        missing (list[GeneralErrorMissingItem] | Unset): List of lookup objects that do not match any results.
        duplicated (list[GeneralErrorDuplicatedItem] | Unset): List of objects that are not unique.
    """

    _FIT = {
        "code": "i",
        "message": "s",
        "missing": ("l", ("m", "GeneralErrorMissingItem")),
        "duplicated": ("l", ("m", "GeneralErrorDuplicatedItem")),
    }
    _REQUIRED = ("code", "message")

    code: int
    message: str
    missing: list[GeneralErrorMissingItem] | Unset = UNSET
    duplicated: list[GeneralErrorDuplicatedItem] | Unset = UNSET
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
        from ..models.general_error_duplicated_item import GeneralErrorDuplicatedItem  # noqa: PLC0415
        from ..models.general_error_missing_item import GeneralErrorMissingItem  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        _missing = d.pop("missing", UNSET)
        missing: list[GeneralErrorMissingItem] | Unset = UNSET
        if _missing is not UNSET:
            missing = []
            for missing_item_data in _missing:
                missing_item = GeneralErrorMissingItem.from_dict(missing_item_data)

                missing.append(missing_item)

        _duplicated = d.pop("duplicated", UNSET)
        duplicated: list[GeneralErrorDuplicatedItem] | Unset = UNSET
        if _duplicated is not UNSET:
            duplicated = []
            for duplicated_item_data in _duplicated:
                duplicated_item = GeneralErrorDuplicatedItem.from_dict(duplicated_item_data)

                duplicated.append(duplicated_item)

        general_error = cls(
            code=code,
            message=message,
            missing=missing,
            duplicated=duplicated,
        )

        general_error.additional_properties = d
        return general_error
