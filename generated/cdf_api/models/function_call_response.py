from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.function_call_response_response import FunctionCallResponseResponse


T = TypeVar("T", bound="FunctionCallResponse")


@_attrs_define
class FunctionCallResponse(AdditionalProperties):
    """The function response.

    Attributes:
        function_id (int): A server-generated ID for the object.
        call_id (int): A server-generated ID for the object.
        response (FunctionCallResponseResponse | Unset):
    """

    _FIT = {"functionId": "i", "callId": "i", "response": ("m", "FunctionCallResponseResponse")}
    _REQUIRED = ("functionId", "callId")

    function_id: int
    call_id: int
    response: FunctionCallResponseResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        function_id = self.function_id

        call_id = self.call_id

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "functionId": function_id,
                "callId": call_id,
            }
        )
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.function_call_response_response import FunctionCallResponseResponse  # noqa: PLC0415

        d = dict(src_dict)
        function_id = d.pop("functionId")

        call_id = d.pop("callId")

        _response = d.pop("response", UNSET)
        response: FunctionCallResponseResponse | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = FunctionCallResponseResponse.from_dict(_response)

        function_call_response = cls(
            function_id=function_id,
            call_id=call_id,
            response=response,
        )

        function_call_response.additional_properties = d
        return function_call_response
