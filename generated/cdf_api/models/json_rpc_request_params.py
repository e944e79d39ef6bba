from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="JsonRpcRequestParams")


@_attrs_define
class JsonRpcRequestParams(AdditionalProperties):
    """Method parameters. For methods that invoke the function (`tools/list`,
    `tools/call`, `ping`), must include `_meta.com.cognite/nonce` with a
    valid session nonce.

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        json_rpc_request_params = cls()

        json_rpc_request_params.additional_properties = d
        return json_rpc_request_params
