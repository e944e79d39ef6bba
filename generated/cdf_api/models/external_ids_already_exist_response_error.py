from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.external_ids_already_exist_response_error_duplicated_item import (
        ExternalIdsAlreadyExistResponseErrorDuplicatedItem,
    )


T = TypeVar("T", bound="ExternalIdsAlreadyExistResponseError")


@_attrs_define
class ExternalIdsAlreadyExistResponseError(AdditionalProperties):
    """Error details

    Attributes:
        code (int): HTTP status code Example: 409.
        message (str): Error message
        duplicated (list[ExternalIdsAlreadyExistResponseErrorDuplicatedItem]): Items that are duplicated.
    """

    _FIT = {
        "code": "i",
        "message": "s",
        "duplicated": ("l", ("m", "ExternalIdsAlreadyExistResponseErrorDuplicatedItem")),
    }
    _REQUIRED = ("code", "message", "duplicated")

    code: int
    message: str
    duplicated: list[ExternalIdsAlreadyExistResponseErrorDuplicatedItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

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
                "duplicated": duplicated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_ids_already_exist_response_error_duplicated_item import (
            ExternalIdsAlreadyExistResponseErrorDuplicatedItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        duplicated = []
        _duplicated = d.pop("duplicated")
        for duplicated_item_data in _duplicated:
            duplicated_item = ExternalIdsAlreadyExistResponseErrorDuplicatedItem.from_dict(duplicated_item_data)

            duplicated.append(duplicated_item)

        external_ids_already_exist_response_error = cls(
            code=code,
            message=message,
            duplicated=duplicated,
        )

        external_ids_already_exist_response_error.additional_properties = d
        return external_ids_already_exist_response_error
