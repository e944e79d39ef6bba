from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.function_task_output_response import FunctionTaskOutputResponse


T = TypeVar("T", bound="FunctionTaskOutput")


@_attrs_define
class FunctionTaskOutput(AdditionalProperties):
    """
    Attributes:
        call_id (int | Unset): The callId of the Cognite Function call instance.
        function_id (int | Unset): The functionId of the Cognite Function called.
        response (FunctionTaskOutputResponse | Unset): The response of the function call. Limited to 100KB in size.
    """

    _FIT = {"callId": "i", "functionId": "i", "response": ("m", "FunctionTaskOutputResponse")}
    _REQUIRED = ()

    call_id: int | Unset = UNSET
    function_id: int | Unset = UNSET
    response: FunctionTaskOutputResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        function_id = self.function_id

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call_id is not UNSET:
            field_dict["callId"] = call_id
        if function_id is not UNSET:
            field_dict["functionId"] = function_id
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.function_task_output_response import FunctionTaskOutputResponse  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("callId", UNSET)

        function_id = d.pop("functionId", UNSET)

        _response = d.pop("response", UNSET)
        response: FunctionTaskOutputResponse | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = FunctionTaskOutputResponse.from_dict(_response)

        function_task_output = cls(
            call_id=call_id,
            function_id=function_id,
            response=response,
        )

        function_task_output.additional_properties = d
        return function_task_output
