from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SlimEdgeDefinition")


@_attrs_define
class SlimEdgeDefinition(AdditionalProperties):
    """Edge

    Attributes:
        instance_type (Literal['edge']):
        version (int): Current version of the edge
        was_modified (bool): Whether or not the edge was modified by this ingestion. We only update the edges if the
            input differs from the existing state.
        space (str):
        external_id (str):
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
    """

    _FIT = {
        "instanceType": ("c", "edge"),
        "version": "i",
        "wasModified": "b",
        "space": "s",
        "externalId": "s",
        "createdTime": "i",
        "lastUpdatedTime": "i",
    }
    _REQUIRED = ("instanceType", "version", "wasModified", "space", "externalId", "createdTime", "lastUpdatedTime")

    instance_type: Literal["edge"]
    version: int
    was_modified: bool
    space: str
    external_id: str
    created_time: int
    last_updated_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_type = self.instance_type

        version = self.version

        was_modified = self.was_modified

        space = self.space

        external_id = self.external_id

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceType": instance_type,
                "version": version,
                "wasModified": was_modified,
                "space": space,
                "externalId": external_id,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_type = cast(Literal["edge"], d.pop("instanceType"))
        if instance_type != "edge":
            raise ValueError(f"instanceType must match const 'edge', got '{instance_type}'")

        version = d.pop("version")

        was_modified = d.pop("wasModified")

        space = d.pop("space")

        external_id = d.pop("externalId")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        slim_edge_definition = cls(
            instance_type=instance_type,
            version=version,
            was_modified=was_modified,
            space=space,
            external_id=external_id,
            created_time=created_time,
            last_updated_time=last_updated_time,
        )

        slim_edge_definition.additional_properties = d
        return slim_edge_definition
