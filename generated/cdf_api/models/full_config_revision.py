from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="FullConfigRevision")


@_attrs_define
class FullConfigRevision(AdditionalProperties):
    """A full config revision with the config object and metadata.

    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.integrations.id.
        revision (int): Revision number.
        config (str): Content of the config revision.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        description (str | Unset): Config revision description.
    """

    _FIT = {
        "externalId": "s",
        "revision": "i",
        "config": "s",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "description": "s",
    }
    _REQUIRED = ("externalId", "revision", "config", "createdTime", "lastUpdatedTime")

    external_id: str
    revision: int
    config: str
    created_time: int
    last_updated_time: int
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        revision = self.revision

        config = self.config

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "revision": revision,
                "config": config,
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

        revision = d.pop("revision")

        config = d.pop("config")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        description = d.pop("description", UNSET)

        full_config_revision = cls(
            external_id=external_id,
            revision=revision,
            config=config,
            created_time=created_time,
            last_updated_time=last_updated_time,
            description=description,
        )

        full_config_revision.additional_properties = d
        return full_config_revision
