from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.authentication import Authentication


T = TypeVar("T", bound="RetryExecution")


@_attrs_define
class RetryExecution:
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

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
