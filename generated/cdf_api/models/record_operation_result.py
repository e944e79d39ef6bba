from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.record_operation_result_code import RecordOperationResultCode
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="RecordOperationResult")


@_attrs_define
class RecordOperationResult(AdditionalProperties):
    """Result of processing an individual record from the request

    Attributes:
        space (str):
        external_id (str): The identifier (in scope of a space) of a ```record``` which is stored in a ```stream```.
            **Note:** For *mutable* records, the property value must be unique within the scope of the space the record
            belongs to.
            **Note:** Duplicate ```space + externalId``` pair values are allowed for *immutable* records, even within a
            single batched create records request.
             Example: some_id.
        code (RecordOperationResultCode): The code which matches an HTTP status that can represent record operation
            result.
            A 202 code means that the operation was successful, while any other code means that
            the operation failed.
             Example: 409.
        message (str | Unset): The error message which describes the issue. Only present when the operation failed.
    """

    _FIT = {"space": "s", "externalId": "s", "code": "i", "message": "s"}
    _REQUIRED = ("space", "externalId", "code")

    space: str
    external_id: str
    code: RecordOperationResultCode
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        external_id = self.external_id

        code = self.code.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
                "externalId": external_id,
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space = d.pop("space")

        external_id = d.pop("externalId")

        code = RecordOperationResultCode(d.pop("code"))

        message = d.pop("message", UNSET)

        record_operation_result = cls(
            space=space,
            external_id=external_id,
            code=code,
            message=message,
        )

        record_operation_result.additional_properties = d
        return record_operation_result
