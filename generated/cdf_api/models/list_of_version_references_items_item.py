from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ListOfVersionReferencesItemsItem")


@_attrs_define
class ListOfVersionReferencesItemsItem(AdditionalProperties):
    """
    Attributes:
        external_id (str):
        space (str):
        version (str):
    """

    _FIT = {"externalId": "s", "space": "s", "version": "s"}
    _REQUIRED = ("externalId", "space", "version")

    external_id: str
    space: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        space = self.space

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "space": space,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        space = d.pop("space")

        version = d.pop("version")

        list_of_version_references_items_item = cls(
            external_id=external_id,
            space=space,
            version=version,
        )

        list_of_version_references_items_item.additional_properties = d
        return list_of_version_references_items_item
