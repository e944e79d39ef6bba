from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.connection_check_content import ConnectionCheckContent


T = TypeVar("T", bound="ConnectionCheck")


@_attrs_define
class ConnectionCheck(AdditionalProperties):
    """
    Attributes:
        error (ConnectionCheckContent | Unset): Cognite API error.
    """

    _FIT = {"error": ("m", "ConnectionCheckContent")}
    _REQUIRED = ()

    error: ConnectionCheckContent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connection_check_content import ConnectionCheckContent  # noqa: PLC0415

        d = dict(src_dict)
        _error = d.pop("error", UNSET)
        error: ConnectionCheckContent | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ConnectionCheckContent.from_dict(_error)

        connection_check = cls(
            error=error,
        )

        connection_check.additional_properties = d
        return connection_check
