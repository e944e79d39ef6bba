from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.api_error import APIError


T = TypeVar("T", bound="ErrorBase")


@_attrs_define
class ErrorBase(AdditionalProperties):
    """
    Attributes:
        error (APIError):
    """

    _FIT = {"error": ("m", "APIError")}
    _REQUIRED = ("error",)

    error: APIError
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
        from ..models.api_error import APIError  # noqa: PLC0415

        d = dict(src_dict)
        error = APIError.from_dict(d.pop("error"))

        error_base = cls(
            error=error,
        )

        error_base.additional_properties = d
        return error_base
