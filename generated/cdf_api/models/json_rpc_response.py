from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.json_rpc_error import JsonRpcError


T = TypeVar("T", bound="JsonRpcResponse")


@_attrs_define
class JsonRpcResponse(AdditionalProperties):
    """[JSON-RPC 2.0](https://www.jsonrpc.org/specification) response object.
    Contains either `result` (on success) or `error` (on failure), never both.

        Attributes:
            jsonrpc (Literal['2.0']):
            id (int | None | str): Matches the `id` from the request.
            result (Any | Unset): Method result on success. Shape depends on the method called.
            error (JsonRpcError | Unset): [JSON-RPC 2.0 error object](https://www.jsonrpc.org/specification#error_object).
    """

    _FIT = {"jsonrpc": ("c", "2.0"), "id": ("u", ("s", "i", None)), "result": None, "error": ("m", "JsonRpcError")}
    _REQUIRED = ("jsonrpc", "id")

    jsonrpc: Literal["2.0"]
    id: int | None | str
    result: Any | Unset = UNSET
    error: JsonRpcError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jsonrpc = self.jsonrpc

        id: int | None | str
        id = self.id

        result = self.result

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jsonrpc": jsonrpc,
                "id": id,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_rpc_error import JsonRpcError  # noqa: PLC0415

        d = dict(src_dict)
        jsonrpc = cast(Literal["2.0"], d.pop("jsonrpc"))
        if jsonrpc != "2.0":
            raise ValueError(f"jsonrpc must match const '2.0', got '{jsonrpc}'")

        def _parse_id(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        id = _parse_id(d.pop("id"))

        result = d.pop("result", UNSET)

        _error = d.pop("error", UNSET)
        error: JsonRpcError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = JsonRpcError.from_dict(_error)

        json_rpc_response = cls(
            jsonrpc=jsonrpc,
            id=id,
            result=result,
            error=error,
        )

        json_rpc_response.additional_properties = d
        return json_rpc_response
