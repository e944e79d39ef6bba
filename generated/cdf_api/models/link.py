from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.link_type import LinkType
from ..types import AdditionalProperties

T = TypeVar("T", bound="Link")


@_attrs_define
class Link(AdditionalProperties):
    """Link to an external resource for an extractor

    Attributes:
        name (str): Human readable link name.
        type_ (LinkType): Enumeration of link types.
        url (str): Link URL.
    """

    _FIT = {"name": "s", "type": "s", "url": "s"}
    _REQUIRED = ("name", "type", "url")

    name: str
    type_: LinkType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = LinkType(d.pop("type"))

        url = d.pop("url")

        link = cls(
            name=name,
            type_=type_,
            url=url,
        )

        link.additional_properties = d
        return link
