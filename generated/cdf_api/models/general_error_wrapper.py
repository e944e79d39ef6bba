from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.general_error import GeneralError


T = TypeVar("T", bound="GeneralErrorWrapper")


@_attrs_define
class GeneralErrorWrapper(AdditionalProperties):
    """Error wrapper Error message

    Attributes:
        error (GeneralError): Cognite API error
    """

    _FIT = {"error": ("m", "GeneralError")}
    _REQUIRED = ("error",)

    error: GeneralError
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
        from ..models.general_error import GeneralError  # noqa: PLC0415

        d = dict(src_dict)
        error = GeneralError.from_dict(d.pop("error"))

        general_error_wrapper = cls(
            error=error,
        )

        general_error_wrapper.additional_properties = d
        return general_error_wrapper
