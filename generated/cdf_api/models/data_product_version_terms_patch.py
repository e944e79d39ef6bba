from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.data_product_version_terms_patch_modify import DataProductVersionTermsPatchModify


T = TypeVar("T", bound="DataProductVersionTermsPatch")


@_attrs_define
class DataProductVersionTermsPatch(AdditionalProperties):
    """Modify nested terms object fields.

    Attributes:
        modify (DataProductVersionTermsPatchModify | Unset): Modify terms fields
    """

    _FIT = {"modify": ("m", "DataProductVersionTermsPatchModify")}
    _REQUIRED = ()

    modify: DataProductVersionTermsPatchModify | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        modify: dict[str, Any] | Unset = UNSET
        if not isinstance(self.modify, Unset):
            modify = self.modify.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if modify is not UNSET:
            field_dict["modify"] = modify

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_product_version_terms_patch_modify import DataProductVersionTermsPatchModify  # noqa: PLC0415

        d = dict(src_dict)
        _modify = d.pop("modify", UNSET)
        modify: DataProductVersionTermsPatchModify | Unset
        if isinstance(_modify, Unset):
            modify = UNSET
        else:
            modify = DataProductVersionTermsPatchModify.from_dict(_modify)

        data_product_version_terms_patch = cls(
            modify=modify,
        )

        data_product_version_terms_patch.additional_properties = d
        return data_product_version_terms_patch
