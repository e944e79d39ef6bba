from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="JsonRpcError")


@_attrs_define
class JsonRpcError(AdditionalProperties):
    """[JSON-RPC 2.0 error object](https://www.jsonrpc.org/specification#error_object).

    Attributes:
        code (int): Error code. Standard codes: `-32700` (Parse error), `-32600` (Invalid request),
            `-32601` (Method not found), `-32602` (Invalid params), `-32603` (Internal error).
            Implementation-defined: `-32000` (auth/timeout errors).
        message (str): Human-readable error message.
        data (Any | Unset): Additional error data (optional).
    """

    _FIT = {"code": "i", "message": "s", "data": None}
    _REQUIRED = ("code", "message")

    code: int
    message: str
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        data = d.pop("data", UNSET)

        json_rpc_error = cls(
            code=code,
            message=message,
            data=data,
        )

        json_rpc_error.additional_properties = d
        return json_rpc_error
