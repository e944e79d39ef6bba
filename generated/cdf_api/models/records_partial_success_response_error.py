from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.records_partial_success_response_error_code import RecordsPartialSuccessResponseErrorCode
from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.record_operation_result import RecordOperationResult


T = TypeVar("T", bound="RecordsPartialSuccessResponseError")


@_attrs_define
class RecordsPartialSuccessResponseError(AdditionalProperties):
    """Error details including HTTP status code, message, and per-record operation results.

    Attributes:
        code (RecordsPartialSuccessResponseErrorCode): HTTP status code.
             Example: 409.
        message (str): The error message which describes the issue.
        partial (list[RecordOperationResult]): List of per record operation results.
            The order of results in the list may not match the order of Records in the request.
            Therefore, record-level request-response mapping should be done using the
            Record identifier (`space` + `externalId`).
    """

    _FIT = {"code": "i", "message": "s", "partial": ("l", ("m", "RecordOperationResult"))}
    _REQUIRED = ("code", "message", "partial")

    code: RecordsPartialSuccessResponseErrorCode
    message: str
    partial: list[RecordOperationResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        message = self.message

        partial = []
        for partial_item_data in self.partial:
            partial_item = partial_item_data.to_dict()
            partial.append(partial_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "partial": partial,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_operation_result import RecordOperationResult  # noqa: PLC0415

        d = dict(src_dict)
        code = RecordsPartialSuccessResponseErrorCode(d.pop("code"))

        message = d.pop("message")

        partial = []
        _partial = d.pop("partial")
        for partial_item_data in _partial:
            partial_item = RecordOperationResult.from_dict(partial_item_data)

            partial.append(partial_item)

        records_partial_success_response_error = cls(
            code=code,
            message=message,
            partial=partial,
        )

        records_partial_success_response_error.additional_properties = d
        return records_partial_success_response_error
