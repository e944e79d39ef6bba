from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cognite_instance_id import CogniteInstanceId
    from ..models.update_revision_3d_dms_only_update import UpdateRevision3DDmsOnlyUpdate


T = TypeVar("T", bound="UpdateRevision3DDmsOnly")


@_attrs_define
class UpdateRevision3DDmsOnly(AdditionalProperties):
    """
    Attributes:
        instance_id (CogniteInstanceId): The ID of an [instance in Cognite Data
            Models](https://docs.cognite.com/cdf/dm/dm_concepts/dm_spaces_instances#instance).
        update (UpdateRevision3DDmsOnlyUpdate | Unset):
    """

    _FIT = {"instanceId": ("m", "CogniteInstanceId"), "update": ("m", "UpdateRevision3DDmsOnlyUpdate")}
    _REQUIRED = ("instanceId",)

    instance_id: CogniteInstanceId
    update: UpdateRevision3DDmsOnlyUpdate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id.to_dict()

        update: dict[str, Any] | Unset = UNSET
        if not isinstance(self.update, Unset):
            update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceId": instance_id,
            }
        )
        if update is not UNSET:
            field_dict["update"] = update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_instance_id import CogniteInstanceId  # noqa: PLC0415
        from ..models.update_revision_3d_dms_only_update import UpdateRevision3DDmsOnlyUpdate  # noqa: PLC0415

        d = dict(src_dict)
        instance_id = CogniteInstanceId.from_dict(d.pop("instanceId"))

        _update = d.pop("update", UNSET)
        update: UpdateRevision3DDmsOnlyUpdate | Unset
        if isinstance(_update, Unset):
            update = UNSET
        else:
            update = UpdateRevision3DDmsOnlyUpdate.from_dict(_update)

        update_revision_3d_dms_only = cls(
            instance_id=instance_id,
            update=update,
        )

        update_revision_3d_dms_only.additional_properties = d
        return update_revision_3d_dms_only
