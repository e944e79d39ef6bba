from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.state_aggregate_functions_state_aggregates_item import StateAggregateFunctionsStateAggregatesItem


T = TypeVar("T", bound="StateAggregateFunctions")


@_attrs_define
class StateAggregateFunctions(AdditionalProperties):
    """
    Attributes:
        state_aggregates (list[StateAggregateFunctionsStateAggregatesItem] | Unset): Aggregates per state value
    """

    _FIT = {"stateAggregates": ("l", ("m", "StateAggregateFunctionsStateAggregatesItem"))}
    _REQUIRED = ()

    state_aggregates: list[StateAggregateFunctionsStateAggregatesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state_aggregates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.state_aggregates, Unset):
            state_aggregates = []
            for state_aggregates_item_data in self.state_aggregates:
                state_aggregates_item = state_aggregates_item_data.to_dict()
                state_aggregates.append(state_aggregates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state_aggregates is not UNSET:
            field_dict["stateAggregates"] = state_aggregates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.state_aggregate_functions_state_aggregates_item import StateAggregateFunctionsStateAggregatesItem  # noqa: PLC0415

        d = dict(src_dict)
        _state_aggregates = d.pop("stateAggregates", UNSET)
        state_aggregates: list[StateAggregateFunctionsStateAggregatesItem] | Unset = UNSET
        if _state_aggregates is not UNSET:
            state_aggregates = []
            for state_aggregates_item_data in _state_aggregates:
                state_aggregates_item = StateAggregateFunctionsStateAggregatesItem.from_dict(state_aggregates_item_data)

                state_aggregates.append(state_aggregates_item)

        state_aggregate_functions = cls(
            state_aggregates=state_aggregates,
        )

        state_aggregate_functions.additional_properties = d
        return state_aggregate_functions
