from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.constraint_or_index_state import ConstraintOrIndexState
from ..types import AdditionalProperties

T = TypeVar("T", bound="ConstraintState")


@_attrs_define
class ConstraintState(AdditionalProperties):
    """
    Attributes:
        state (ConstraintOrIndexState):
    """

    _FIT = {"state": "s"}
    _REQUIRED = ("state",)

    state: ConstraintOrIndexState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        state = ConstraintOrIndexState(d.pop("state"))

        constraint_state = cls(
            state=state,
        )

        constraint_state.additional_properties = d
        return constraint_state
