from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.records_partial_success_response_error import RecordsPartialSuccessResponseError


T = TypeVar("T", bound="RecordsPartialSuccessResponse")


@_attrs_define
class RecordsPartialSuccessResponse(AdditionalProperties):
    """Contains generic description of the result as well as per record detailed results.

    Attributes:
        error (RecordsPartialSuccessResponseError): Error details including HTTP status code, message, and per-record
            operation results.
    """

    _FIT = {"error": ("m", "RecordsPartialSuccessResponseError")}
    _REQUIRED = ("error",)

    error: RecordsPartialSuccessResponseError
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
        from ..models.records_partial_success_response_error import RecordsPartialSuccessResponseError  # noqa: PLC0415

        d = dict(src_dict)
        error = RecordsPartialSuccessResponseError.from_dict(d.pop("error"))

        records_partial_success_response = cls(
            error=error,
        )

        records_partial_success_response.additional_properties = d
        return records_partial_success_response
