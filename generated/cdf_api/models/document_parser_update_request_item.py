from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_status import ValidationStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.raw_responses import RawResponses


T = TypeVar("T", bound="DocumentParserUpdateRequestItem")


@_attrs_define
class DocumentParserUpdateRequestItem(AdditionalProperties):
    """
    Attributes:
        job_id (int | Unset): Contextualization job ID. Example: 123.
        validation_status (ValidationStatus | Unset): The status of document parser validation, which can be not ready,
            ready for review, approved, or rejected.
        data (RawResponses | Unset): A dictionary where each key represents a property name (e.g., 'operatingPressure')
            and the value is a 'RawResponseItem' schema.
    """

    _FIT = {"jobId": "i", "validationStatus": "s", "data": ("m", "RawResponses")}
    _REQUIRED = ()

    job_id: int | Unset = UNSET
    validation_status: ValidationStatus | Unset = UNSET
    data: RawResponses | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        validation_status: str | Unset = UNSET
        if not isinstance(self.validation_status, Unset):
            validation_status = self.validation_status.value

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if validation_status is not UNSET:
            field_dict["validationStatus"] = validation_status
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.raw_responses import RawResponses  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("jobId", UNSET)

        _validation_status = d.pop("validationStatus", UNSET)
        validation_status: ValidationStatus | Unset
        if isinstance(_validation_status, Unset):
            validation_status = UNSET
        else:
            validation_status = ValidationStatus(_validation_status)

        _data = d.pop("data", UNSET)
        data: RawResponses | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = RawResponses.from_dict(_data)

        document_parser_update_request_item = cls(
            job_id=job_id,
            validation_status=validation_status,
            data=data,
        )

        document_parser_update_request_item.additional_properties = d
        return document_parser_update_request_item
