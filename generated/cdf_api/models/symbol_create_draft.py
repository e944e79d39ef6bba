from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.dms_id import DmsId


T = TypeVar("T", bound="SymbolCreateDraft")


@_attrs_define
class SymbolCreateDraft(AdditionalProperties):
    """
    Attributes:
        asset_type_id (DmsId): A DMS Identifier using the space and externalId
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        library_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
    """

    _FIT = {"assetTypeId": ("m", "DmsId"), "externalId": "s", "libraryId": "s"}
    _REQUIRED = ("assetTypeId", "externalId", "libraryId")

    asset_type_id: DmsId
    external_id: str
    library_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_type_id = self.asset_type_id.to_dict()

        external_id = self.external_id

        library_id = self.library_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetTypeId": asset_type_id,
                "externalId": external_id,
                "libraryId": library_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dms_id import DmsId  # noqa: PLC0415

        d = dict(src_dict)
        asset_type_id = DmsId.from_dict(d.pop("assetTypeId"))

        external_id = d.pop("externalId")

        library_id = d.pop("libraryId")

        symbol_create_draft = cls(
            asset_type_id=asset_type_id,
            external_id=external_id,
            library_id=library_id,
        )

        symbol_create_draft.additional_properties = d
        return symbol_create_draft
