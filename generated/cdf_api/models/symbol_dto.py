from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.dms_id import DmsId


T = TypeVar("T", bound="SymbolDto")


@_attrs_define
class SymbolDto(AdditionalProperties):
    """
    Attributes:
        asset_type_id (DmsId): A DMS Identifier using the space and externalId
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        library_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
    """

    _FIT = {
        "assetTypeId": ("m", "DmsId"),
        "createdTime": "i",
        "externalId": "s",
        "lastUpdatedTime": "i",
        "libraryId": "s",
    }
    _REQUIRED = ("assetTypeId", "createdTime", "externalId", "lastUpdatedTime", "libraryId")

    asset_type_id: DmsId
    created_time: int
    external_id: str
    last_updated_time: int
    library_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_type_id = self.asset_type_id.to_dict()

        created_time = self.created_time

        external_id = self.external_id

        last_updated_time = self.last_updated_time

        library_id = self.library_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetTypeId": asset_type_id,
                "createdTime": created_time,
                "externalId": external_id,
                "lastUpdatedTime": last_updated_time,
                "libraryId": library_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dms_id import DmsId  # noqa: PLC0415

        d = dict(src_dict)
        asset_type_id = DmsId.from_dict(d.pop("assetTypeId"))

        created_time = d.pop("createdTime")

        external_id = d.pop("externalId")

        last_updated_time = d.pop("lastUpdatedTime")

        library_id = d.pop("libraryId")

        symbol_dto = cls(
            asset_type_id=asset_type_id,
            created_time=created_time,
            external_id=external_id,
            last_updated_time=last_updated_time,
            library_id=library_id,
        )

        symbol_dto.additional_properties = d
        return symbol_dto
