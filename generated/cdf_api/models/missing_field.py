from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.missing_field_missing_fields_item import MissingFieldMissingFieldsItem


T = TypeVar("T", bound="MissingField")


@_attrs_define
class MissingField(AdditionalProperties):
    """Some required fields are missing.

    Attributes:
        code (int): HTTP status code. Example: 400.
        message (str): Error message.
        missing_fields (list[MissingFieldMissingFieldsItem]): Fields that are missing.
    """

    _FIT = {"code": "i", "message": "s", "missingFields": ("l", ("m", "MissingFieldMissingFieldsItem"))}
    _REQUIRED = ("code", "message", "missingFields")

    code: int
    message: str
    missing_fields: list[MissingFieldMissingFieldsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        missing_fields = []
        for missing_fields_item_data in self.missing_fields:
            missing_fields_item = missing_fields_item_data.to_dict()
            missing_fields.append(missing_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "missingFields": missing_fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.missing_field_missing_fields_item import MissingFieldMissingFieldsItem  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        missing_fields = []
        _missing_fields = d.pop("missingFields")
        for missing_fields_item_data in _missing_fields:
            missing_fields_item = MissingFieldMissingFieldsItem.from_dict(missing_fields_item_data)

            missing_fields.append(missing_fields_item)

        missing_field = cls(
            code=code,
            message=message,
            missing_fields=missing_fields,
        )

        missing_field.additional_properties = d
        return missing_field
