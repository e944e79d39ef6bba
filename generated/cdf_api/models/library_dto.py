from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.library_scope import LibraryScope
from ..types import AdditionalProperties

T = TypeVar("T", bound="LibraryDto")


@_attrs_define
class LibraryDto(AdditionalProperties):
    """
    Attributes:
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        name (str): The name of the library
        scope (LibraryScope): Global or project scope where library is available
    """

    _FIT = {"createdTime": "i", "externalId": "s", "lastUpdatedTime": "i", "name": "s", "scope": "s"}
    _REQUIRED = ("createdTime", "externalId", "lastUpdatedTime", "name", "scope")

    created_time: int
    external_id: str
    last_updated_time: int
    name: str
    scope: LibraryScope
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_time = self.created_time

        external_id = self.external_id

        last_updated_time = self.last_updated_time

        name = self.name

        scope = self.scope.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdTime": created_time,
                "externalId": external_id,
                "lastUpdatedTime": last_updated_time,
                "name": name,
                "scope": scope,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_time = d.pop("createdTime")

        external_id = d.pop("externalId")

        last_updated_time = d.pop("lastUpdatedTime")

        name = d.pop("name")

        scope = LibraryScope(d.pop("scope"))

        library_dto = cls(
            created_time=created_time,
            external_id=external_id,
            last_updated_time=last_updated_time,
            name=name,
            scope=scope,
        )

        library_dto.additional_properties = d
        return library_dto
