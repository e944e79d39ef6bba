from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SpaceCreateDefinition")


@_attrs_define
class SpaceCreateDefinition(AdditionalProperties):
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

        description (str | Unset): Used to describe the space you're defining.
        name (str | Unset): Human-readable name for the space.
    """

    _FIT = {"space": "s", "description": "s", "name": "s"}
    _REQUIRED = ("space",)

    space: str
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        description = self.description

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
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

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        space_create_definition = cls(
            space=space,
            description=description,
            name=name,
        )

        space_create_definition.additional_properties = d
        return space_create_definition
