from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_type import ItemType
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="Solution")


@_attrs_define
class Solution(AdditionalProperties):
    """A solution represents a connection between an extractor and a source system it can be configured to read from.

    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        name (str): Solution name.
        source_system_external_id (str): External ID of the source system of this solution.
        documentation (str | Unset): Long-form documentation of the solution, describing how to use the referenced
            extractor to connect to the referenced source.
        type_ (ItemType | Unset): Status of this item. "Global" means that it is maintained by Cognite and considered
            official. "Community" means that it is community made and maintained. "Unreleased" means that it is not yet
            released and it is visible only as a preview or closed beta.
        extractor_external_id (str | Unset): External ID of the extractor of this solution.
    """

    _FIT = {
        "externalId": "s",
        "name": "s",
        "sourceSystemExternalId": "s",
        "documentation": "s",
        "type": "s",
        "extractorExternalId": "s",
    }
    _REQUIRED = ("externalId", "name", "sourceSystemExternalId")

    external_id: str
    name: str
    source_system_external_id: str
    documentation: str | Unset = UNSET
    type_: ItemType | Unset = UNSET
    extractor_external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        name = self.name

        source_system_external_id = self.source_system_external_id

        documentation = self.documentation

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        extractor_external_id = self.extractor_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "name": name,
                "sourceSystemExternalId": source_system_external_id,
            }
        )
        if documentation is not UNSET:
            field_dict["documentation"] = documentation
        if type_ is not UNSET:
            field_dict["type"] = type_
        if extractor_external_id is not UNSET:
            field_dict["extractorExternalId"] = extractor_external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        name = d.pop("name")

        source_system_external_id = d.pop("sourceSystemExternalId")

        documentation = d.pop("documentation", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ItemType(_type_)

        extractor_external_id = d.pop("extractorExternalId", UNSET)

        solution = cls(
            external_id=external_id,
            name=name,
            source_system_external_id=source_system_external_id,
            documentation=documentation,
            type_=type_,
            extractor_external_id=extractor_external_id,
        )

        solution.additional_properties = d
        return solution
