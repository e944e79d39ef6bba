from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.duplicated_ids_in_request_response_error import DuplicatedIdsInRequestResponseError


T = TypeVar("T", bound="DuplicatedIdsInRequestResponse")


@_attrs_define
class DuplicatedIdsInRequestResponse(AdditionalProperties):
    """
    Attributes:
        error (DuplicatedIdsInRequestResponseError): Error details
    """

    _FIT = {"error": ("m", "DuplicatedIdsInRequestResponseError")}
    _REQUIRED = ("error",)

    error: DuplicatedIdsInRequestResponseError
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
        from ..models.duplicated_ids_in_request_response_error import DuplicatedIdsInRequestResponseError  # noqa: PLC0415

        d = dict(src_dict)
        error = DuplicatedIdsInRequestResponseError.from_dict(d.pop("error"))

        duplicated_ids_in_request_response = cls(
            error=error,
        )

        duplicated_ids_in_request_response.additional_properties = d
        return duplicated_ids_in_request_response
