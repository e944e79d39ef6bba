from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_app_call_runtime_response_runtime_status import FunctionAppCallRuntimeResponseRuntimeStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.error import Error
    from ..models.function_app_call_runtime_response_response import FunctionAppCallRuntimeResponseResponse


T = TypeVar("T", bound="FunctionAppCallRuntimeResponse")


@_attrs_define
class FunctionAppCallRuntimeResponse(AdditionalProperties):
    """
    Attributes:
        call_id (int): ID of the call, for log correlation.
        function_id (int): ID of the function that was called.
        runtime_status (FunctionAppCallRuntimeResponseRuntimeStatus): Cognite Functions platform status. Running is not
            returned for synchronous calls.
        response (FunctionAppCallRuntimeResponseResponse | Unset): Function response envelope, present only when
            runtimeStatus is Completed.
        error (Error | Unset): Cognite API error.
    """

    _FIT = {
        "callId": "i",
        "functionId": "i",
        "runtimeStatus": "s",
        "response": ("m", "FunctionAppCallRuntimeResponseResponse"),
        "error": ("m", "Error"),
    }
    _REQUIRED = ("callId", "functionId", "runtimeStatus")

    call_id: int
    function_id: int
    runtime_status: FunctionAppCallRuntimeResponseRuntimeStatus
    response: FunctionAppCallRuntimeResponseResponse | Unset = UNSET
    error: Error | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        function_id = self.function_id

        runtime_status = self.runtime_status.value

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callId": call_id,
                "functionId": function_id,
                "runtimeStatus": runtime_status,
            }
        )
        if response is not UNSET:
            field_dict["response"] = response
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error import Error  # noqa: PLC0415
        from ..models.function_app_call_runtime_response_response import FunctionAppCallRuntimeResponseResponse  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("callId")

        function_id = d.pop("functionId")

        runtime_status = FunctionAppCallRuntimeResponseRuntimeStatus(d.pop("runtimeStatus"))

        _response = d.pop("response", UNSET)
        response: FunctionAppCallRuntimeResponseResponse | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = FunctionAppCallRuntimeResponseResponse.from_dict(_response)

        _error = d.pop("error", UNSET)
        error: Error | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = Error.from_dict(_error)

        function_app_call_runtime_response = cls(
            call_id=call_id,
            function_id=function_id,
            runtime_status=runtime_status,
            response=response,
            error=error,
        )

        function_app_call_runtime_response.additional_properties = d
        return function_app_call_runtime_response
