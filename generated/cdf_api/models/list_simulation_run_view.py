from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.simulation_run_view import SimulationRunView


T = TypeVar("T", bound="ListSimulationRunView")


@_attrs_define
class ListSimulationRunView(AdditionalProperties):
    """
    Attributes:
        items (list[SimulationRunView]):
    """

    _FIT = {"items": ("l", ("m", "SimulationRunView"))}
    _REQUIRED = ("items",)

    items: list[SimulationRunView]
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
        from ..models.simulation_run_view import SimulationRunView  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = SimulationRunView.from_dict(items_item_data)

            items.append(items_item)

        list_simulation_run_view = cls(
            items=items,
        )

        list_simulation_run_view.additional_properties = d
        return list_simulation_run_view
