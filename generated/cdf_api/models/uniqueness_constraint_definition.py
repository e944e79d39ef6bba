from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.constraint_or_index_state import ConstraintOrIndexState
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="UniquenessConstraintDefinition")


@_attrs_define
class UniquenessConstraintDefinition(AdditionalProperties):
    """
    Attributes:
        state (ConstraintOrIndexState):
        properties (list[str]): List of properties included in the constraint. The order you list the properties in is
            significant.
        constraint_type (Literal['uniqueness'] | Unset):
        by_space (bool | Unset): Whether to make the constraint space-specific
    """

    _FIT = {"state": "s", "properties": ("l", "s"), "constraintType": ("c", "uniqueness"), "bySpace": "b"}
    _REQUIRED = ("state", "properties")

    state: ConstraintOrIndexState
    properties: list[str]
    constraint_type: Literal["uniqueness"] | Unset = UNSET
    by_space: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state.value

        properties = self.properties

        constraint_type = self.constraint_type

        by_space = self.by_space

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
                "properties": properties,
            }
        )
        if constraint_type is not UNSET:
            field_dict["constraintType"] = constraint_type
        if by_space is not UNSET:
            field_dict["bySpace"] = by_space

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        state = ConstraintOrIndexState(d.pop("state"))

        properties = cast(list[str], d.pop("properties"))

        constraint_type = cast(Literal["uniqueness"] | Unset, d.pop("constraintType", UNSET))
        if constraint_type != "uniqueness" and not isinstance(constraint_type, Unset):
            raise ValueError(f"constraintType must match const 'uniqueness', got '{constraint_type}'")

        by_space = d.pop("bySpace", UNSET)

        uniqueness_constraint_definition = cls(
            state=state,
            properties=properties,
            constraint_type=constraint_type,
            by_space=by_space,
        )

        uniqueness_constraint_definition.additional_properties = d
        return uniqueness_constraint_definition
