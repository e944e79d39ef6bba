from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="NewConfigRevision")


@_attrs_define
class NewConfigRevision(AdditionalProperties):
    """Request schema for creating a new config revision. This is also backwards compatible with extraction pipelines API.

    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.integrations.id.
        config (str): Content of the config revision.
        description (str | Unset): Config revision description.
    """

    _FIT = {"externalId": "s", "config": "s", "description": "s"}
    _REQUIRED = ("externalId", "config")

    external_id: str
    config: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        config = self.config

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "config": config,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        config = d.pop("config")

        description = d.pop("description", UNSET)

        new_config_revision = cls(
            external_id=external_id,
            config=config,
            description=description,
        )

        new_config_revision.additional_properties = d
        return new_config_revision
