from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.simulator_update import SimulatorUpdate


T = TypeVar("T", bound="SimulatorUpdateCommand")


@_attrs_define
class SimulatorUpdateCommand(AdditionalProperties):
    """
    Attributes:
        id (int): Id of the simulator resource
        update (SimulatorUpdate):
    """

    _FIT = {"id": "i", "update": ("m", "SimulatorUpdate")}
    _REQUIRED = ("id", "update")

    id: int
    update: SimulatorUpdate
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
        from ..models.simulator_update import SimulatorUpdate  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        update = SimulatorUpdate.from_dict(d.pop("update"))

        simulator_update_command = cls(
            id=id,
            update=update,
        )

        simulator_update_command.additional_properties = d
        return simulator_update_command
