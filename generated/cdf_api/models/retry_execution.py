from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.authentication import Authentication


T = TypeVar("T", bound="RetryExecution")


@_attrs_define
class RetryExecution(AdditionalProperties):
    """
    Attributes:
        authentication (Authentication):
    """

    _FIT = {"authentication": ("m", "Authentication")}
    _REQUIRED = ("authentication",)

    authentication: Authentication
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication = self.authentication.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authentication": authentication,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authentication import Authentication  # noqa: PLC0415

        d = dict(src_dict)
        authentication = Authentication.from_dict(d.pop("authentication"))

        retry_execution = cls(
            authentication=authentication,
        )

        retry_execution.additional_properties = d
        return retry_execution
