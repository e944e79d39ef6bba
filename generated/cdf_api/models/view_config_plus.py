from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ViewConfigPlus")


@_attrs_define
class ViewConfigPlus(AdditionalProperties):
    """The view the job is based on.

    Attributes:
        space (str | Unset):
        external_id (str | Unset):
        version (str | Unset):
        description (str | Unset): Description of the View
        name (str | Unset): Name of the View
        title (str | Unset): Title of the View
    """

    _FIT = {"space": "s", "externalId": "s", "version": "s", "description": "s", "name": "s", "title": "s"}
    _REQUIRED = ()

    space: str | Unset = UNSET
    external_id: str | Unset = UNSET
    version: str | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        external_id = self.external_id

        version = self.version

        description = self.description

        name = self.name

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if space is not UNSET:
            field_dict["space"] = space
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if version is not UNSET:
            field_dict["version"] = version
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space = d.pop("space", UNSET)

        external_id = d.pop("externalId", UNSET)

        version = d.pop("version", UNSET)

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        title = d.pop("title", UNSET)

        view_config_plus = cls(
            space=space,
            external_id=external_id,
            version=version,
            description=description,
            name=name,
            title=title,
        )

        view_config_plus.additional_properties = d
        return view_config_plus
