from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="Field429Error")


@_attrs_define
class Field429Error(AdditionalProperties):
    """Cognite API throttling.

    Attributes:
        code (int): 429 HTTP status code. Example: 429.
        message (str): The error message specifies which kind of throttling happened:
              - Too many concurrent requests for a single project or an identity.
              - Too high rate of requests for a single project or an identity.

            See more [here](https://docs.cognite.com/dev/concepts/request_throttling/ "requests throttling"). Example:
            Project exceeded maximum number='50' of concurrent requests. Please try again later..
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

        field_429_error = cls(
            code=code,
            message=message,
        )

        field_429_error.additional_properties = d
        return field_429_error
