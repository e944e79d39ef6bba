from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ConnectionCheckContent")


@_attrs_define
class ConnectionCheckContent(AdditionalProperties):
    """Cognite API error.

    Attributes:
        status (str): Connectivity status between the writeback API and the SAP destination endpoint. `success` means
            that the CDF writeback API has successfully connected to the SAP endpoint destination.
        detail (str | Unset): Description of the connection check
    """

    _FIT = {"status": "s", "detail": "s"}
    _REQUIRED = ("status",)

    status: str
    detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        detail = d.pop("detail", UNSET)

        connection_check_content = cls(
            status=status,
            detail=detail,
        )

        connection_check_content.additional_properties = d
        return connection_check_content
