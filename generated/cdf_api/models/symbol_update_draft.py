from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.dms_id import DmsId


T = TypeVar("T", bound="SymbolUpdateDraft")


@_attrs_define
class SymbolUpdateDraft(AdditionalProperties):
    """
    Attributes:
        asset_type_id (DmsId | Unset): A DMS Identifier using the space and externalId
    """

    _FIT = {"assetTypeId": ("m", "DmsId")}
    _REQUIRED = ()

    asset_type_id: DmsId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_type_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_type_id, Unset):
            asset_type_id = self.asset_type_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_type_id is not UNSET:
            field_dict["assetTypeId"] = asset_type_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dms_id import DmsId  # noqa: PLC0415

        d = dict(src_dict)
        _asset_type_id = d.pop("assetTypeId", UNSET)
        asset_type_id: DmsId | Unset
        if isinstance(_asset_type_id, Unset):
            asset_type_id = UNSET
        else:
            asset_type_id = DmsId.from_dict(_asset_type_id)

        symbol_update_draft = cls(
            asset_type_id=asset_type_id,
        )

        symbol_update_draft.additional_properties = d
        return symbol_update_draft
