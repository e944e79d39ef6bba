from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.not_found_response_error import NotFoundResponseError


T = TypeVar("T", bound="NotFoundResponse")


@_attrs_define
class NotFoundResponse(AdditionalProperties):
    """
    Attributes:
        error (NotFoundResponseError): Error details.
    """

    _FIT = {"error": ("m", "NotFoundResponseError")}
    _REQUIRED = ("error",)

    error: NotFoundResponseError
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
        from ..models.not_found_response_error import NotFoundResponseError  # noqa: PLC0415

        d = dict(src_dict)
        error = NotFoundResponseError.from_dict(d.pop("error"))

        not_found_response = cls(
            error=error,
        )

        not_found_response.additional_properties = d
        return not_found_response
