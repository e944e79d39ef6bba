from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.writeback_validation_error_content import WritebackValidationErrorContent


T = TypeVar("T", bound="WritebackValidationError")


@_attrs_define
class WritebackValidationError(AdditionalProperties):
    """
    Attributes:
        error (WritebackValidationErrorContent): Cognite API error.
    """

    _FIT = {"error": ("m", "WritebackValidationErrorContent")}
    _REQUIRED = ("error",)

    error: WritebackValidationErrorContent
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
        from ..models.writeback_validation_error_content import WritebackValidationErrorContent  # noqa: PLC0415

        d = dict(src_dict)
        error = WritebackValidationErrorContent.from_dict(d.pop("error"))

        writeback_validation_error = cls(
            error=error,
        )

        writeback_validation_error.additional_properties = d
        return writeback_validation_error
