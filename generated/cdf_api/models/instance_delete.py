from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.instance_delete_instance_type import InstanceDeleteInstanceType
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="InstanceDelete")


@_attrs_define
class InstanceDelete(AdditionalProperties):
    """Instance to delete

    Attributes:
        instance_type (InstanceDeleteInstanceType):
        space (str):
        external_id (str):
        existing_version (int | Unset): Fail the ingestion request if the instance's version is greater than this value.
            If no existingVersion is specified, the ingestion will always delete the instance. If skipOnVersionConflict is
            set on the ingestion request, then the item will be skipped instead of failing the ingestion request.
    """

    _FIT = {"instanceType": "s", "space": "s", "externalId": "s", "existingVersion": "i"}
    _REQUIRED = ("instanceType", "space", "externalId")

    instance_type: InstanceDeleteInstanceType
    space: str
    external_id: str
    existing_version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_type = self.instance_type.value

        space = self.space

        external_id = self.external_id

        existing_version = self.existing_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceType": instance_type,
                "space": space,
                "externalId": external_id,
            }
        )
        if existing_version is not UNSET:
            field_dict["existingVersion"] = existing_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_type = InstanceDeleteInstanceType(d.pop("instanceType"))

        space = d.pop("space")

        external_id = d.pop("externalId")

        existing_version = d.pop("existingVersion", UNSET)

        instance_delete = cls(
            instance_type=instance_type,
            space=space,
            external_id=external_id,
            existing_version=existing_version,
        )

        instance_delete.additional_properties = d
        return instance_delete
