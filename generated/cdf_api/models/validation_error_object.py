from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.validation_error_content_object import ValidationErrorContentObject


T = TypeVar("T", bound="ValidationErrorObject")


@_attrs_define
class ValidationErrorObject(AdditionalProperties):
    """
    Attributes:
        error (ValidationErrorContentObject): Cognite API error.
    """

    _FIT = {"error": ("m", "ValidationErrorContentObject")}
    _REQUIRED = ("error",)

    error: ValidationErrorContentObject
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
        from ..models.validation_error_content_object import ValidationErrorContentObject  # noqa: PLC0415

        d = dict(src_dict)
        error = ValidationErrorContentObject.from_dict(d.pop("error"))

        validation_error_object = cls(
            error=error,
        )

        validation_error_object.additional_properties = d
        return validation_error_object
