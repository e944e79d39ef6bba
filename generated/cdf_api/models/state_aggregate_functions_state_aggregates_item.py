from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="StateAggregateFunctionsStateAggregatesItem")


@_attrs_define
class StateAggregateFunctionsStateAggregatesItem(AdditionalProperties):
    """
    Attributes:
        numeric_value (float): The numeric representation of the state.
        string_value (str | Unset): The string representation of the state. May be omitted if the state no longer exists
            in the state set.
        state_count (int | Unset): The number of data points in the aggregate period with this state value.
        state_transitions (int | Unset): How many times the state _changed_ to this value in the aggregate period. Also
            count the very first
            data point, as well as transitions from a data point with bad status code.
        state_duration (int | Unset): The duration the time series is in this state. Measured in milliseconds.
            Will carry over from the previous aggregate period,
            and may thus be non-zero even if the state does not occur in the current aggregate period.
    """

    _FIT = {"numericValue": "n", "stringValue": "s", "stateCount": "i", "stateTransitions": "i", "stateDuration": "i"}
    _REQUIRED = ("numericValue",)

    numeric_value: float
    string_value: str | Unset = UNSET
    state_count: int | Unset = UNSET
    state_transitions: int | Unset = UNSET
    state_duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        numeric_value = self.numeric_value

        string_value = self.string_value

        state_count = self.state_count

        state_transitions = self.state_transitions

        state_duration = self.state_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "numericValue": numeric_value,
            }
        )
        if string_value is not UNSET:
            field_dict["stringValue"] = string_value
        if state_count is not UNSET:
            field_dict["stateCount"] = state_count
        if state_transitions is not UNSET:
            field_dict["stateTransitions"] = state_transitions
        if state_duration is not UNSET:
            field_dict["stateDuration"] = state_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        numeric_value = d.pop("numericValue")

        string_value = d.pop("stringValue", UNSET)

        state_count = d.pop("stateCount", UNSET)

        state_transitions = d.pop("stateTransitions", UNSET)

        state_duration = d.pop("stateDuration", UNSET)

        state_aggregate_functions_state_aggregates_item = cls(
            numeric_value=numeric_value,
            string_value=string_value,
            state_count=state_count,
            state_transitions=state_transitions,
            state_duration=state_duration,
        )

        state_aggregate_functions_state_aggregates_item.additional_properties = d
        return state_aggregate_functions_state_aggregates_item
