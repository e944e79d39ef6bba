from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="FunctionBuildError")


@_attrs_define
class FunctionBuildError(AdditionalProperties):
    """Cognite Function API error.

    Attributes:
        message (str): Error message. Example: Function deployment failed..
        trace (None | str): Raw build output from the deployment process, truncated to 2000 characters. Contains the
            tail of the build log, typically showing the cause of the failure (e.g., a pip install error).
             Example: ERROR: Could not find a version that satisfies the requirement pandas==99.0.0
            ERROR: No matching distribution found for pandas==99.0.0.
    """

    _FIT = {"message": "s", "trace": ("u", ("s", None))}
    _REQUIRED = ("message", "trace")

    message: str
    trace: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        trace: None | str
        trace = self.trace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "trace": trace,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        def _parse_trace(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        trace = _parse_trace(d.pop("trace"))

        function_build_error = cls(
            message=message,
            trace=trace,
        )

        function_build_error.additional_properties = d
        return function_build_error
