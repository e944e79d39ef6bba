from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.unprocessable_records_error import UnprocessableRecordsError


T = TypeVar("T", bound="UnprocessableRecords")


@_attrs_define
class UnprocessableRecords(AdditionalProperties):
    """
    Attributes:
        error (UnprocessableRecordsError): Details about the unprocessable records.
    """

    _FIT = {"error": ("m", "UnprocessableRecordsError")}
    _REQUIRED = ("error",)

    error: UnprocessableRecordsError
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
        from ..models.unprocessable_records_error import UnprocessableRecordsError  # noqa: PLC0415

        d = dict(src_dict)
        error = UnprocessableRecordsError.from_dict(d.pop("error"))

        unprocessable_records = cls(
            error=error,
        )

        unprocessable_records.additional_properties = d
        return unprocessable_records
