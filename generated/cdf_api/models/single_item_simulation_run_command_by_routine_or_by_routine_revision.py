from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.simulation_run_command_by_routine import SimulationRunCommandByRoutine
    from ..models.simulation_run_command_by_routine_revision import SimulationRunCommandByRoutineRevision


T = TypeVar("T", bound="SingleItemSimulationRunCommandByRoutineOrByRoutineRevision")


@_attrs_define
class SingleItemSimulationRunCommandByRoutineOrByRoutineRevision(AdditionalProperties):
    """
    Attributes:
        items (list[SimulationRunCommandByRoutine | SimulationRunCommandByRoutineRevision]): A list with a single item
    """

    _FIT = {
        "items": ("l", ("u", (("m", "SimulationRunCommandByRoutine"), ("m", "SimulationRunCommandByRoutineRevision"))))
    }
    _REQUIRED = ("items",)

    items: list[SimulationRunCommandByRoutine | SimulationRunCommandByRoutineRevision]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
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
        from ..models.simulation_run_command_by_routine import SimulationRunCommandByRoutine  # noqa: PLC0415
        from ..models.simulation_run_command_by_routine_revision import SimulationRunCommandByRoutineRevision  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> SimulationRunCommandByRoutine | SimulationRunCommandByRoutineRevision:
                return parse_best(data, (SimulationRunCommandByRoutine, SimulationRunCommandByRoutineRevision))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        single_item_simulation_run_command_by_routine_or_by_routine_revision = cls(
            items=items,
        )

        single_item_simulation_run_command_by_routine_or_by_routine_revision.additional_properties = d
        return single_item_simulation_run_command_by_routine_or_by_routine_revision
