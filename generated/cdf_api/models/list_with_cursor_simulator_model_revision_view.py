from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.simulator_model_revision_view import SimulatorModelRevisionView


T = TypeVar("T", bound="ListWithCursorSimulatorModelRevisionView")


@_attrs_define
class ListWithCursorSimulatorModelRevisionView(AdditionalProperties):
    """
    Attributes:
        items (list[SimulatorModelRevisionView]):
        next_cursor (str | Unset):
    """

    _FIT = {"items": ("l", ("m", "SimulatorModelRevisionView")), "nextCursor": "s"}
    _REQUIRED = ("items",)

    items: list[SimulatorModelRevisionView]
    next_cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_model_revision_view import SimulatorModelRevisionView  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = SimulatorModelRevisionView.from_dict(items_item_data)

            items.append(items_item)

        next_cursor = d.pop("nextCursor", UNSET)

        list_with_cursor_simulator_model_revision_view = cls(
            items=items,
            next_cursor=next_cursor,
        )

        list_with_cursor_simulator_model_revision_view.additional_properties = d
        return list_with_cursor_simulator_model_revision_view
