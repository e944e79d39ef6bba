from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import best_first

if TYPE_CHECKING:
    from ..models.create_client_credentials_authentication import CreateClientCredentialsAuthentication
    from ..models.simple_basic_authentication_write import SimpleBasicAuthenticationWrite


T = TypeVar("T", bound="UpdateEventHubSourceAuthentication")


@_attrs_define
class UpdateEventHubSourceAuthentication:
    """Update authentication details for the eventhub source.

    Attributes:
        set_ (CreateClientCredentialsAuthentication | SimpleBasicAuthenticationWrite): Authentication details for
            eventhub. Basic authentication uses a shared access key, where the `username` is the key name, and the
            `password` is the key value.
    """

    _FIT = {"set": ("u", (("m", "SimpleBasicAuthenticationWrite"), ("m", "CreateClientCredentialsAuthentication")))}
    _REQUIRED = ("set",)

    set_: CreateClientCredentialsAuthentication | SimpleBasicAuthenticationWrite
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.simple_basic_authentication_write import SimpleBasicAuthenticationWrite  # noqa: PLC0415

        set_: dict[str, Any]
        if isinstance(self.set_, SimpleBasicAuthenticationWrite):
            set_ = self.set_.to_dict()
        else:
            set_ = self.set_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "set": set_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_client_credentials_authentication import CreateClientCredentialsAuthentication  # noqa: PLC0415
        from ..models.simple_basic_authentication_write import SimpleBasicAuthenticationWrite  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_set_(data: object) -> CreateClientCredentialsAuthentication | SimpleBasicAuthenticationWrite:
            if isinstance(data, dict):
                _ranked = best_first(
                    data,
                    (
                        SimpleBasicAuthenticationWrite,
                        CreateClientCredentialsAuthentication,
                    ),
                )
                for _cls in _ranked[:-1]:
                    try:
                        return _cls.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                return _ranked[-1].from_dict(data)
            raise TypeError(f"expected an object, got {type(data).__name__}")

        set_ = _parse_set_(d.pop("set"))

        update_event_hub_source_authentication = cls(
            set_=set_,
        )

        update_event_hub_source_authentication.additional_properties = d
        return update_event_hub_source_authentication

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
