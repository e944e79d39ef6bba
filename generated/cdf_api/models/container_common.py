from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ContainerCommon")


@_attrs_define
class ContainerCommon(AdditionalProperties):
    """Container for properties you can access through views. Container specifications give details about storage related
    details, such as how to index the data and what constraints should be present.

        Attributes:
            space (str):
            external_id (str):
            name (str | Unset): Readable name for container meant for use in UIs
            description (str | Unset): Description of what the property contains, and how you intend to use it.
    """

    _FIT = {"space": "s", "externalId": "s", "name": "s", "description": "s"}
    _REQUIRED = ("space", "externalId")

    space: str
    external_id: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        external_id = self.external_id

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
                "externalId": external_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space = d.pop("space")

        external_id = d.pop("externalId")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        container_common = cls(
            space=space,
            external_id=external_id,
            name=name,
            description=description,
        )

        container_common.additional_properties = d
        return container_common
