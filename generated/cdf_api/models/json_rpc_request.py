from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.json_rpc_request_method import JsonRpcRequestMethod
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.json_rpc_request_params import JsonRpcRequestParams


T = TypeVar("T", bound="JsonRpcRequest")


@_attrs_define
class JsonRpcRequest(AdditionalProperties):
    """[JSON-RPC 2.0](https://www.jsonrpc.org/specification) request object.

    Example:
        {'jsonrpc': '2.0', 'method': 'initialize', 'params': {'protocolVersion': '2025-03-26', 'clientInfo': {'name':
            'my-client', 'version': '1.0.0'}, 'capabilities': {}}, 'id': 1}

    Attributes:
        jsonrpc (Literal['2.0']): JSON-RPC protocol version. Must be `"2.0"`.
        method (JsonRpcRequestMethod): The MCP method to invoke.
        params (JsonRpcRequestParams | Unset): Method parameters. For methods that invoke the function (`tools/list`,
            `tools/call`, `ping`), must include `_meta.com.cognite/nonce` with a
            valid session nonce.
        id (int | str | Unset): Request identifier. Included in the response for correlation.
            May be a string or integer.
    """

    _FIT = {"jsonrpc": ("c", "2.0"), "method": "s", "params": ("m", "JsonRpcRequestParams"), "id": ("u", ("s", "i"))}
    _REQUIRED = ("jsonrpc", "method")

    jsonrpc: Literal["2.0"]
    method: JsonRpcRequestMethod
    params: JsonRpcRequestParams | Unset = UNSET
    id: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jsonrpc = self.jsonrpc

        method = self.method.value

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jsonrpc": jsonrpc,
                "method": method,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_rpc_request_params import JsonRpcRequestParams  # noqa: PLC0415

        d = dict(src_dict)
        jsonrpc = cast(Literal["2.0"], d.pop("jsonrpc"))
        if jsonrpc != "2.0":
            raise ValueError(f"jsonrpc must match const '2.0', got '{jsonrpc}'")

        method = JsonRpcRequestMethod(d.pop("method"))

        _params = d.pop("params", UNSET)
        params: JsonRpcRequestParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = JsonRpcRequestParams.from_dict(_params)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        json_rpc_request = cls(
            jsonrpc=jsonrpc,
            method=method,
            params=params,
            id=id,
        )

        json_rpc_request.additional_properties = d
        return json_rpc_request
