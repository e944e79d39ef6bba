from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.claim_name import ClaimName


T = TypeVar("T", bound="SetClaimNames")


@_attrs_define
class SetClaimNames(AdditionalProperties):
    """
    Attributes:
        set_ (list[ClaimName]):
    """

    _FIT = {"set": ("l", ("m", "ClaimName"))}
    _REQUIRED = ("set",)

    set_: list[ClaimName]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = []
        for componentsschemas_claim_names_array_item_data in self.set_:
            componentsschemas_claim_names_array_item = componentsschemas_claim_names_array_item_data.to_dict()
            set_.append(componentsschemas_claim_names_array_item)

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
        from ..models.claim_name import ClaimName  # noqa: PLC0415

        d = dict(src_dict)
        set_ = []
        _set_ = d.pop("set")
        for componentsschemas_claim_names_array_item_data in _set_:
            componentsschemas_claim_names_array_item = ClaimName.from_dict(
                componentsschemas_claim_names_array_item_data
            )

            set_.append(componentsschemas_claim_names_array_item)

        set_claim_names = cls(
            set_=set_,
        )

        set_claim_names.additional_properties = d
        return set_claim_names
