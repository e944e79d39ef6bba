from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.dms_id import DmsId
    from ..models.geometry_dto import GeometryDto


T = TypeVar("T", bound="ExtendedSymbolDto")


@_attrs_define
class ExtendedSymbolDto(AdditionalProperties):
    """Symbol with all of its geometries joined

    Attributes:
        asset_type_id (DmsId): A DMS Identifier using the space and externalId
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        geometries (list[GeometryDto]): List of geometries of this symbol
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        library_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        created_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
    """

    _FIT = {
        "assetTypeId": ("m", "DmsId"),
        "externalId": "s",
        "geometries": ("l", ("m", "GeometryDto")),
        "lastUpdatedTime": "i",
        "libraryId": "s",
        "createdTime": "i",
    }
    _REQUIRED = ("assetTypeId", "externalId", "geometries", "lastUpdatedTime", "libraryId")

    asset_type_id: DmsId
    external_id: str
    geometries: list[GeometryDto]
    last_updated_time: int
    library_id: str
    created_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_type_id = self.asset_type_id.to_dict()

        external_id = self.external_id

        geometries = []
        for geometries_item_data in self.geometries:
            geometries_item = geometries_item_data.to_dict()
            geometries.append(geometries_item)

        last_updated_time = self.last_updated_time

        library_id = self.library_id

        created_time = self.created_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetTypeId": asset_type_id,
                "externalId": external_id,
                "geometries": geometries,
                "lastUpdatedTime": last_updated_time,
                "libraryId": library_id,
            }
        )
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dms_id import DmsId  # noqa: PLC0415
        from ..models.geometry_dto import GeometryDto  # noqa: PLC0415

        d = dict(src_dict)
        asset_type_id = DmsId.from_dict(d.pop("assetTypeId"))

        external_id = d.pop("externalId")

        geometries = []
        _geometries = d.pop("geometries")
        for geometries_item_data in _geometries:
            geometries_item = GeometryDto.from_dict(geometries_item_data)

            geometries.append(geometries_item)

        last_updated_time = d.pop("lastUpdatedTime")

        library_id = d.pop("libraryId")

        created_time = d.pop("createdTime", UNSET)

        extended_symbol_dto = cls(
            asset_type_id=asset_type_id,
            external_id=external_id,
            geometries=geometries,
            last_updated_time=last_updated_time,
            library_id=library_id,
            created_time=created_time,
        )

        extended_symbol_dto.additional_properties = d
        return extended_symbol_dto
