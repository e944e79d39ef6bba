from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.function_app_call_payload import FunctionAppCallPayload


T = TypeVar("T", bound="FunctionAppCallRequest")


@_attrs_define
class FunctionAppCallRequest(AdditionalProperties):
    """
    Attributes:
        data (FunctionAppCallPayload):
        nonce (str): Session nonce from the Sessions API.
    """

    _FIT = {"data": ("m", "FunctionAppCallPayload"), "nonce": "s"}
    _REQUIRED = ("data", "nonce")

    data: FunctionAppCallPayload
    nonce: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        nonce = self.nonce

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "nonce": nonce,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.function_app_call_payload import FunctionAppCallPayload  # noqa: PLC0415

        d = dict(src_dict)
        data = FunctionAppCallPayload.from_dict(d.pop("data"))

        nonce = d.pop("nonce")

        function_app_call_request = cls(
            data=data,
            nonce=nonce,
        )

        function_app_call_request.additional_properties = d
        return function_app_call_request
