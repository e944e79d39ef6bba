from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.schedule_update import ScheduleUpdate


T = TypeVar("T", bound="UpdateItemWithIdScheduleUpdate")


@_attrs_define
class UpdateItemWithIdScheduleUpdate(AdditionalProperties):
    """
    Attributes:
        update (ScheduleUpdate):
        id (int): A server-generated ID for the object.
    """

    _FIT = {"update": ("m", "ScheduleUpdate"), "id": "i"}
    _REQUIRED = ("update", "id")

    update: ScheduleUpdate
    id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update = self.update.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "update": update,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schedule_update import ScheduleUpdate  # noqa: PLC0415

        d = dict(src_dict)
        update = ScheduleUpdate.from_dict(d.pop("update"))

        id = d.pop("id")

        update_item_with_id_schedule_update = cls(
            update=update,
            id=id,
        )

        update_item_with_id_schedule_update.additional_properties = d
        return update_item_with_id_schedule_update
