from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.dms_file_change_update import DMSFileChangeUpdate
    from ..models.instance_id import InstanceId


T = TypeVar("T", bound="FileChangeUpdateByInstanceId")


@_attrs_define
class FileChangeUpdateByInstanceId(AdditionalProperties):
    """
    Attributes:
        instance_id (InstanceId):
        update (DMSFileChangeUpdate):
    """

    _FIT = {"instanceId": ("m", "InstanceId"), "update": ("m", "DMSFileChangeUpdate")}
    _REQUIRED = ("instanceId", "update")

    instance_id: InstanceId
    update: DMSFileChangeUpdate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id.to_dict()

        update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceId": instance_id,
                "update": update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dms_file_change_update import DMSFileChangeUpdate  # noqa: PLC0415
        from ..models.instance_id import InstanceId  # noqa: PLC0415

        d = dict(src_dict)
        instance_id = InstanceId.from_dict(d.pop("instanceId"))

        update = DMSFileChangeUpdate.from_dict(d.pop("update"))

        file_change_update_by_instance_id = cls(
            instance_id=instance_id,
            update=update,
        )

        file_change_update_by_instance_id.additional_properties = d
        return file_change_update_by_instance_id
