from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.function_app_call_payload_body import FunctionAppCallPayloadBody


T = TypeVar("T", bound="FunctionAppCallPayload")


@_attrs_define
class FunctionAppCallPayload(AdditionalProperties):
    """
    Attributes:
        path (str): The endpoint path including query string (e.g., "/items/123?include_tax=true").
        method (str): HTTP method (GET, POST, PUT, DELETE).
        body (FunctionAppCallPayloadBody | Unset): Request body for POST/PUT requests.
    """

    _FIT = {"path": "s", "method": "s", "body": ("m", "FunctionAppCallPayloadBody")}
    _REQUIRED = ("path", "method")

    path: str
    method: str
    body: FunctionAppCallPayloadBody | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        method = self.method

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "method": method,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.function_app_call_payload_body import FunctionAppCallPayloadBody  # noqa: PLC0415

        d = dict(src_dict)
        path = d.pop("path")

        method = d.pop("method")

        _body = d.pop("body", UNSET)
        body: FunctionAppCallPayloadBody | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = FunctionAppCallPayloadBody.from_dict(_body)

        function_app_call_payload = cls(
            path=path,
            method=method,
            body=body,
        )

        function_app_call_payload.additional_properties = d
        return function_app_call_payload
