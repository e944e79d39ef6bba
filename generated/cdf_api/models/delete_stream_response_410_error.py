from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DeleteStreamResponse410Error")


@_attrs_define
class DeleteStreamResponse410Error(AdditionalProperties):
    """
    Attributes:
        code (int):  Example: 410.
        message (str):  Example: This endpoint is deprecated and no longer supported. Please use POST /streams/delete
            instead with body: {"items": [{"externalId": "your-stream-id"}]}.
    """

    _FIT = {"code": "i", "message": "s"}
    _REQUIRED = ("code", "message")

    code: int
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        delete_stream_response_410_error = cls(
            code=code,
            message=message,
        )

        delete_stream_response_410_error.additional_properties = d
        return delete_stream_response_410_error
