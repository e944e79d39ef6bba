from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.error import Error


T = TypeVar("T", bound="Response400ErrorResponse")


@_attrs_define
class Response400ErrorResponse(AdditionalProperties):
    """
    Attributes:
        error (Error): Cognite API error.
    """

    _FIT = {"error": ("m", "Error")}
    _REQUIRED = ("error",)

    error: Error
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
        from ..models.error import Error  # noqa: PLC0415

        d = dict(src_dict)
        error = Error.from_dict(d.pop("error"))

        response_400_error_response = cls(
            error=error,
        )

        response_400_error_response.additional_properties = d
        return response_400_error_response
