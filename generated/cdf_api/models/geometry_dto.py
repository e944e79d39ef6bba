from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.path import Path


T = TypeVar("T", bound="GeometryDto")


@_attrs_define
class GeometryDto(AdditionalProperties):
    """
    Attributes:
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        paths (list[Path]): List of paths of this geometry
        symbol_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
    """

    _FIT = {
        "createdTime": "i",
        "externalId": "s",
        "lastUpdatedTime": "i",
        "paths": ("l", ("m", "Path")),
        "symbolId": "s",
    }
    _REQUIRED = ("createdTime", "externalId", "lastUpdatedTime", "paths", "symbolId")

    created_time: int
    external_id: str
    last_updated_time: int
    paths: list[Path]
    symbol_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_time = self.created_time

        external_id = self.external_id

        last_updated_time = self.last_updated_time

        paths = []
        for paths_item_data in self.paths:
            paths_item = paths_item_data.to_dict()
            paths.append(paths_item)

        symbol_id = self.symbol_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdTime": created_time,
                "externalId": external_id,
                "lastUpdatedTime": last_updated_time,
                "paths": paths,
                "symbolId": symbol_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.path import Path  # noqa: PLC0415

        d = dict(src_dict)
        created_time = d.pop("createdTime")

        external_id = d.pop("externalId")

        last_updated_time = d.pop("lastUpdatedTime")

        paths = []
        _paths = d.pop("paths")
        for paths_item_data in _paths:
            paths_item = Path.from_dict(paths_item_data)

            paths.append(paths_item)

        symbol_id = d.pop("symbolId")

        geometry_dto = cls(
            created_time=created_time,
            external_id=external_id,
            last_updated_time=last_updated_time,
            paths=paths,
            symbol_id=symbol_id,
        )

        geometry_dto.additional_properties = d
        return geometry_dto
