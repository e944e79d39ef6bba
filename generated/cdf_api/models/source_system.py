from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_type import ItemType
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SourceSystem")


@_attrs_define
class SourceSystem(AdditionalProperties):
    """A source system representing a source extractors may read from.

    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        name (str): Source system name.
        description (str): Short description of the source system.
        type_ (ItemType): Status of this item. "Global" means that it is maintained by Cognite and considered official.
            "Community" means that it is community made and maintained. "Unreleased" means that it is not yet released and
            it is visible only as a preview or closed beta.
        documentation (str | Unset): Long-form description of the source system.
        image_url (str | Unset): URL of a publicly hosted logo for the source system.
        tags (list[str] | Unset): A list of tags, used for searching and filtering.
    """

    _FIT = {
        "externalId": "s",
        "name": "s",
        "description": "s",
        "type": "s",
        "documentation": "s",
        "imageUrl": "s",
        "tags": ("l", "s"),
    }
    _REQUIRED = ("externalId", "name", "description", "type")

    external_id: str
    name: str
    description: str
    type_: ItemType
    documentation: str | Unset = UNSET
    image_url: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        name = self.name

        description = self.description

        type_ = self.type_.value

        documentation = self.documentation

        image_url = self.image_url

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "name": name,
                "description": description,
                "type": type_,
            }
        )
        if documentation is not UNSET:
            field_dict["documentation"] = documentation
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        name = d.pop("name")

        description = d.pop("description")

        type_ = ItemType(d.pop("type"))

        documentation = d.pop("documentation", UNSET)

        image_url = d.pop("imageUrl", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        source_system = cls(
            external_id=external_id,
            name=name,
            description=description,
            type_=type_,
            documentation=documentation,
            image_url=image_url,
            tags=tags,
        )

        source_system.additional_properties = d
        return source_system
