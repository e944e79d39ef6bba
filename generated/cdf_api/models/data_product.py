from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DataProduct")


@_attrs_define
class DataProduct(AdditionalProperties):
    """
    Attributes:
        external_id (str): Data product external identifier
        name (str): Human-readable name of the data product.
        schema_space (str):
        is_governed (bool): Indicates whether the data product follows governance policies and standards.
        tags (list[str]): A list of distinct tags for categorization and filtering.
        domains (list[str]): List of data domain external IDs that this data product is derived from. This field will be
            empty while the data domains feature is in development.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        description (str | Unset): A description of the data product.
    """

    _FIT = {
        "externalId": "s",
        "name": "s",
        "schemaSpace": "s",
        "isGoverned": "b",
        "tags": ("l", "s"),
        "domains": ("l", "s"),
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "description": "s",
    }
    _REQUIRED = ("externalId", "name", "schemaSpace", "isGoverned", "tags", "domains", "createdTime", "lastUpdatedTime")

    external_id: str
    name: str
    schema_space: str
    is_governed: bool
    tags: list[str]
    domains: list[str]
    created_time: int
    last_updated_time: int
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        name = self.name

        schema_space = self.schema_space

        is_governed = self.is_governed

        tags = self.tags

        domains = self.domains

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "name": name,
                "schemaSpace": schema_space,
                "isGoverned": is_governed,
                "tags": tags,
                "domains": domains,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        name = d.pop("name")

        schema_space = d.pop("schemaSpace")

        is_governed = d.pop("isGoverned")

        tags = cast(list[str], d.pop("tags"))

        domains = cast(list[str], d.pop("domains"))

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        description = d.pop("description", UNSET)

        data_product = cls(
            external_id=external_id,
            name=name,
            schema_space=schema_space,
            is_governed=is_governed,
            tags=tags,
            domains=domains,
            created_time=created_time,
            last_updated_time=last_updated_time,
            description=description,
        )

        data_product.additional_properties = d
        return data_product
