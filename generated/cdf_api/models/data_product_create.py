from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DataProductCreate")


@_attrs_define
class DataProductCreate(AdditionalProperties):
    """
    Attributes:
        external_id (str): Data product external identifier
        name (str): Human-readable name of the data product.
        schema_space (str | Unset):
        description (str | Unset): A description of the data product.
        is_governed (bool | Unset): Indicates whether the data product follows governance policies and standards.
        tags (list[str] | Unset): A list of distinct tags for categorization and filtering. If the list contains
            duplicates, only one occurrence will be kept. The order of tags is not guaranteed to be preserved.
    """

    _FIT = {
        "externalId": "s",
        "name": "s",
        "schemaSpace": "s",
        "description": "s",
        "isGoverned": "b",
        "tags": ("l", "s"),
    }
    _REQUIRED = ("externalId", "name")

    external_id: str
    name: str
    schema_space: str | Unset = UNSET
    description: str | Unset = UNSET
    is_governed: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        name = self.name

        schema_space = self.schema_space

        description = self.description

        is_governed = self.is_governed

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "name": name,
            }
        )
        if schema_space is not UNSET:
            field_dict["schemaSpace"] = schema_space
        if description is not UNSET:
            field_dict["description"] = description
        if is_governed is not UNSET:
            field_dict["isGoverned"] = is_governed
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        name = d.pop("name")

        schema_space = d.pop("schemaSpace", UNSET)

        description = d.pop("description", UNSET)

        is_governed = d.pop("isGoverned", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        data_product_create = cls(
            external_id=external_id,
            name=name,
            schema_space=schema_space,
            description=description,
            is_governed=is_governed,
            tags=tags,
        )

        data_product_create.additional_properties = d
        return data_product_create
