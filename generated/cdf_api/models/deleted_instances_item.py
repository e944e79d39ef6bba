from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deleted_instances_item_instance_type import DeletedInstancesItemInstanceType
from ..types import AdditionalProperties

T = TypeVar("T", bound="DeletedInstancesItem")


@_attrs_define
class DeletedInstancesItem(AdditionalProperties):
    """
    Attributes:
        instance_type (DeletedInstancesItemInstanceType): Is the deleted item a node or an edge
        external_id (str):
        space (str):
    """

    _FIT = {"instanceType": "s", "externalId": "s", "space": "s"}
    _REQUIRED = ("instanceType", "externalId", "space")

    instance_type: DeletedInstancesItemInstanceType
    external_id: str
    space: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_type = self.instance_type.value

        external_id = self.external_id

        space = self.space

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceType": instance_type,
                "externalId": external_id,
                "space": space,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_type = DeletedInstancesItemInstanceType(d.pop("instanceType"))

        external_id = d.pop("externalId")

        space = d.pop("space")

        deleted_instances_item = cls(
            instance_type=instance_type,
            external_id=external_id,
            space=space,
        )

        deleted_instances_item.additional_properties = d
        return deleted_instances_item
