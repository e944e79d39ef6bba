from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.unprocessable_records_error_duplicated_item import UnprocessableRecordsErrorDuplicatedItem


T = TypeVar("T", bound="UnprocessableRecordsError")


@_attrs_define
class UnprocessableRecordsError(AdditionalProperties):
    """Details about the unprocessable records.

    Attributes:
        code (Literal[422]): The HTTP status code returned.
        message (str): The error which describes the issue.
        duplicated (list[UnprocessableRecordsErrorDuplicatedItem] | Unset): Record identifier items list that are not
            unique in the request.
    """

    _FIT = {"code": ("c", 422), "message": "s", "duplicated": ("l", ("m", "UnprocessableRecordsErrorDuplicatedItem"))}
    _REQUIRED = ("code", "message")

    code: Literal[422]
    message: str
    duplicated: list[UnprocessableRecordsErrorDuplicatedItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

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
        if duplicated is not UNSET:
            field_dict["duplicated"] = duplicated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unprocessable_records_error_duplicated_item import UnprocessableRecordsErrorDuplicatedItem  # noqa: PLC0415

        d = dict(src_dict)
        code = cast(Literal[422], d.pop("code"))
        if code != 422:
            raise ValueError(f"code must match const 422, got '{code}'")

        message = d.pop("message")

        _duplicated = d.pop("duplicated", UNSET)
        duplicated: list[UnprocessableRecordsErrorDuplicatedItem] | Unset = UNSET
        if _duplicated is not UNSET:
            duplicated = []
            for duplicated_item_data in _duplicated:
                duplicated_item = UnprocessableRecordsErrorDuplicatedItem.from_dict(duplicated_item_data)

                duplicated.append(duplicated_item)

        unprocessable_records_error = cls(
            code=code,
            message=message,
            duplicated=duplicated,
        )

        unprocessable_records_error.additional_properties = d
        return unprocessable_records_error
