from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SpaceDefinition")


@_attrs_define
class SpaceDefinition(AdditionalProperties):
    """
    Attributes:
        space (str): The Space identifier (id).


            Note that we have reserved the use of certain space ids.  These reserved spaces are:
             * `space`
             * `cdf`
             * `dms`
             * `pg3`
             * `shared`
             * `system`
             * `node`
             * `edge`

        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        is_global (bool): Is this a global space.
        description (str | Unset): Used to describe the space you're defining.
        name (str | Unset): Human-readable name for the space.
    """

    _FIT = {"space": "s", "createdTime": "i", "lastUpdatedTime": "i", "isGlobal": "b", "description": "s", "name": "s"}
    _REQUIRED = ("space", "createdTime", "lastUpdatedTime", "isGlobal")

    space: str
    created_time: int
    last_updated_time: int
    is_global: bool
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        is_global = self.is_global

        description = self.description

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
                "isGlobal": is_global,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space = d.pop("space")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        is_global = d.pop("isGlobal")

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        space_definition = cls(
            space=space,
            created_time=created_time,
            last_updated_time=last_updated_time,
            is_global=is_global,
            description=description,
            name=name,
        )

        space_definition.additional_properties = d
        return space_definition
