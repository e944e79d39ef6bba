from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ExtendLeaseResponse")


@_attrs_define
class ExtendLeaseResponse(AdditionalProperties):
    """
    Attributes:
        response_timeout_seconds (int): The number of seconds granted to the worker to respond to the task after the
            lease extension. Responding to the task is done through the `update` or `extendlease` endpoints.
        respond_before (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
    """

    _FIT = {"responseTimeoutSeconds": "i", "respondBefore": "i"}
    _REQUIRED = ("responseTimeoutSeconds",)

    response_timeout_seconds: int
    respond_before: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response_timeout_seconds = self.response_timeout_seconds

        respond_before = self.respond_before

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "responseTimeoutSeconds": response_timeout_seconds,
            }
        )
        if respond_before is not UNSET:
            field_dict["respondBefore"] = respond_before

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        response_timeout_seconds = d.pop("responseTimeoutSeconds")

        respond_before = d.pop("respondBefore", UNSET)

        extend_lease_response = cls(
            response_timeout_seconds=response_timeout_seconds,
            respond_before=respond_before,
        )

        extend_lease_response.additional_properties = d
        return extend_lease_response
