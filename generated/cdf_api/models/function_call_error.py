from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="FunctionCallError")


@_attrs_define
class FunctionCallError(AdditionalProperties):
    """Error occuring due to user's function code.

    Attributes:
        message (str): Error message. Example: Could not authenticate..
        trace (str | Unset): Stack trace of exception, useful for debugging. Example: Cannot assign foo to bar..
    """

    _FIT = {"message": "s", "trace": "s"}
    _REQUIRED = ("message",)

    message: str
    trace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        trace = self.trace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if trace is not UNSET:
            field_dict["trace"] = trace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        trace = d.pop("trace", UNSET)

        function_call_error = cls(
            message=message,
            trace=trace,
        )

        function_call_error.additional_properties = d
        return function_call_error
