from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.external_ids_already_exist_response_error import ExternalIdsAlreadyExistResponseError


T = TypeVar("T", bound="ExternalIdsAlreadyExistResponse")


@_attrs_define
class ExternalIdsAlreadyExistResponse(AdditionalProperties):
    """
    Attributes:
        error (ExternalIdsAlreadyExistResponseError): Error details
    """

    _FIT = {"error": ("m", "ExternalIdsAlreadyExistResponseError")}
    _REQUIRED = ("error",)

    error: ExternalIdsAlreadyExistResponseError
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
        from ..models.external_ids_already_exist_response_error import ExternalIdsAlreadyExistResponseError  # noqa: PLC0415

        d = dict(src_dict)
        error = ExternalIdsAlreadyExistResponseError.from_dict(d.pop("error"))

        external_ids_already_exist_response = cls(
            error=error,
        )

        external_ids_already_exist_response.additional_properties = d
        return external_ids_already_exist_response
