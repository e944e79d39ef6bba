from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.claim_name import ClaimName


T = TypeVar("T", bound="AddClaimNames")


@_attrs_define
class AddClaimNames(AdditionalProperties):
    """
    Attributes:
        add (list[ClaimName]):
    """

    _FIT = {"add": ("l", ("m", "ClaimName"))}
    _REQUIRED = ("add",)

    add: list[ClaimName]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add = []
        for componentsschemas_claim_names_array_item_data in self.add:
            componentsschemas_claim_names_array_item = componentsschemas_claim_names_array_item_data.to_dict()
            add.append(componentsschemas_claim_names_array_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "add": add,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.claim_name import ClaimName  # noqa: PLC0415

        d = dict(src_dict)
        add = []
        _add = d.pop("add")
        for componentsschemas_claim_names_array_item_data in _add:
            componentsschemas_claim_names_array_item = ClaimName.from_dict(
                componentsschemas_claim_names_array_item_data
            )

            add.append(componentsschemas_claim_names_array_item)

        add_claim_names = cls(
            add=add,
        )

        add_claim_names.additional_properties = d
        return add_claim_names
