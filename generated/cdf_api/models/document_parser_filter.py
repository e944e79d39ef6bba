from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_status import ValidationStatus
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DocumentParserFilter")


@_attrs_define
class DocumentParserFilter(AdditionalProperties):
    """
    Attributes:
        validation_status (ValidationStatus | Unset): The status of document parser validation, which can be not ready,
            ready for review, approved, or rejected.
    """

    _FIT = {"validationStatus": "s"}
    _REQUIRED = ()

    validation_status: ValidationStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        validation_status: str | Unset = UNSET
        if not isinstance(self.validation_status, Unset):
            validation_status = self.validation_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if validation_status is not UNSET:
            field_dict["validationStatus"] = validation_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _validation_status = d.pop("validationStatus", UNSET)
        validation_status: ValidationStatus | Unset
        if isinstance(_validation_status, Unset):
            validation_status = UNSET
        else:
            validation_status = ValidationStatus(_validation_status)

        document_parser_filter = cls(
            validation_status=validation_status,
        )

        document_parser_filter.additional_properties = d
        return document_parser_filter
