from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.simulator_routine_create_command import SimulatorRoutineCreateCommand


T = TypeVar("T", bound="SingleItemSimulatorRoutineCreateCommand")


@_attrs_define
class SingleItemSimulatorRoutineCreateCommand(AdditionalProperties):
    """
    Attributes:
        items (list[SimulatorRoutineCreateCommand]): A list with a single item
    """

    _FIT = {"items": ("l", ("m", "SimulatorRoutineCreateCommand"))}
    _REQUIRED = ("items",)

    items: list[SimulatorRoutineCreateCommand]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_routine_create_command import SimulatorRoutineCreateCommand  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = SimulatorRoutineCreateCommand.from_dict(items_item_data)

            items.append(items_item)

        single_item_simulator_routine_create_command = cls(
            items=items,
        )

        single_item_simulator_routine_create_command.additional_properties = d
        return single_item_simulator_routine_create_command
