from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.oidc_configuration_dto import OidcConfigurationDTO


T = TypeVar("T", bound="SetOidcConfigurationUpdateDTO")


@_attrs_define
class SetOidcConfigurationUpdateDTO(AdditionalProperties):
    """
    Attributes:
        set_ (OidcConfigurationDTO):
    """

    _FIT = {"set": ("m", "OidcConfigurationDTO")}
    _REQUIRED = ("set",)

    set_: OidcConfigurationDTO
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.oidc_configuration_dto import OidcConfigurationDTO  # noqa: PLC0415

        d = dict(src_dict)
        set_ = OidcConfigurationDTO.from_dict(d.pop("set"))

        set_oidc_configuration_update_dto = cls(
            set_=set_,
        )

        set_oidc_configuration_update_dto.additional_properties = d
        return set_oidc_configuration_update_dto
