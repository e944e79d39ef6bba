from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.simulator_model_revision_update import SimulatorModelRevisionUpdate


T = TypeVar("T", bound="SimulatorModelRevisionUpdateCommand")


@_attrs_define
class SimulatorModelRevisionUpdateCommand(AdditionalProperties):
    """
    Attributes:
        id (int): Id of the simulator model revision
        update (SimulatorModelRevisionUpdate):
    """

    _FIT = {"id": "i", "update": ("m", "SimulatorModelRevisionUpdate")}
    _REQUIRED = ("id", "update")

    id: int
    update: SimulatorModelRevisionUpdate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "update": update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_model_revision_update import SimulatorModelRevisionUpdate  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        update = SimulatorModelRevisionUpdate.from_dict(d.pop("update"))

        simulator_model_revision_update_command = cls(
            id=id,
            update=update,
        )

        simulator_model_revision_update_command.additional_properties = d
        return simulator_model_revision_update_command
