from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ContainerSubObjectIdentifier")


@_attrs_define
class ContainerSubObjectIdentifier(AdditionalProperties):
    """
    Attributes:
        space (str):
        container_external_id (str):
        identifier (str):
    """

    _FIT = {"space": "s", "containerExternalId": "s", "identifier": "s"}
    _REQUIRED = ("space", "containerExternalId", "identifier")

    space: str
    container_external_id: str
    identifier: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        container_external_id = self.container_external_id

        identifier = self.identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
                "containerExternalId": container_external_id,
                "identifier": identifier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space = d.pop("space")

        container_external_id = d.pop("containerExternalId")

        identifier = d.pop("identifier")

        container_sub_object_identifier = cls(
            space=space,
            container_external_id=container_external_id,
            identifier=identifier,
        )

        container_sub_object_identifier.additional_properties = d
        return container_sub_object_identifier
