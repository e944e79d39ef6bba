from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.extractor_type import ExtractorType
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="Extractor")


@_attrs_define
class Extractor(AdditionalProperties):
    """An extractor instance

    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        name (str): Name of this extractor.
        description (str): Short description of the extractor.
        type_ (ExtractorType): Type of extractor. "Global" means that it is globally available and maintained by
            cognite. "Community" means that it is unofficial and community maintained. "Unreleased" means that it is not yet
            publicly available and it is visible only as a prerelease or private beta. "Hosted" means it is a hosted
            extractor that runs as part of the CDF platform.
        documentation (str | Unset): Longer markdown documentation.
        image_url (str | Unset): Image URL for extractor logo.
        latest_version (str | Unset): The last released version of the extractor.
        links (list[Link] | Unset): A list of external links.
        tags (list[str] | Unset): A list of tags, used for searching and filtering.
    """

    _FIT = {
        "externalId": "s",
        "name": "s",
        "description": "s",
        "type": "s",
        "documentation": "s",
        "imageUrl": "s",
        "latestVersion": "s",
        "links": ("l", ("m", "Link")),
        "tags": ("l", "s"),
    }
    _REQUIRED = ("externalId", "name", "description", "type")

    external_id: str
    name: str
    description: str
    type_: ExtractorType
    documentation: str | Unset = UNSET
    image_url: str | Unset = UNSET
    latest_version: str | Unset = UNSET
    links: list[Link] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        name = self.name

        description = self.description

        type_ = self.type_.value

        documentation = self.documentation

        image_url = self.image_url

        latest_version = self.latest_version

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

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
        if latest_version is not UNSET:
            field_dict["latestVersion"] = latest_version
        if links is not UNSET:
            field_dict["links"] = links
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        name = d.pop("name")

        description = d.pop("description")

        type_ = ExtractorType(d.pop("type"))

        documentation = d.pop("documentation", UNSET)

        image_url = d.pop("imageUrl", UNSET)

        latest_version = d.pop("latestVersion", UNSET)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = Link.from_dict(links_item_data)

                links.append(links_item)

        tags = cast(list[str], d.pop("tags", UNSET))

        extractor = cls(
            external_id=external_id,
            name=name,
            description=description,
            type_=type_,
            documentation=documentation,
            image_url=image_url,
            latest_version=latest_version,
            links=links,
            tags=tags,
        )

        extractor.additional_properties = d
        return extractor
