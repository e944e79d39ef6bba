from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.claim_name import ClaimName


T = TypeVar("T", bound="RemoveClaimNames")


@_attrs_define
class RemoveClaimNames(AdditionalProperties):
    """
    Attributes:
        remove (list[ClaimName]):
    """

    _FIT = {"remove": ("l", ("m", "ClaimName"))}
    _REQUIRED = ("remove",)

    remove: list[ClaimName]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remove = []
        for componentsschemas_claim_names_array_item_data in self.remove:
            componentsschemas_claim_names_array_item = componentsschemas_claim_names_array_item_data.to_dict()
            remove.append(componentsschemas_claim_names_array_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "remove": remove,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.claim_name import ClaimName  # noqa: PLC0415

        d = dict(src_dict)
        remove = []
        _remove = d.pop("remove")
        for componentsschemas_claim_names_array_item_data in _remove:
            componentsschemas_claim_names_array_item = ClaimName.from_dict(
                componentsschemas_claim_names_array_item_data
            )

            remove.append(componentsschemas_claim_names_array_item)

        remove_claim_names = cls(
            remove=remove,
        )

        remove_claim_names.additional_properties = d
        return remove_claim_names
