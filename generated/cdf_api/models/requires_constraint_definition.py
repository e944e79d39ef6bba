from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.constraint_or_index_state import ConstraintOrIndexState
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.container_reference import ContainerReference


T = TypeVar("T", bound="RequiresConstraintDefinition")


@_attrs_define
class RequiresConstraintDefinition(AdditionalProperties):
    """
    Attributes:
        state (ConstraintOrIndexState):
        require (ContainerReference): Reference to an existing container
        constraint_type (Literal['requires'] | Unset):
    """

    _FIT = {"state": "s", "require": ("m", "ContainerReference"), "constraintType": ("c", "requires")}
    _REQUIRED = ("state", "require")

    state: ConstraintOrIndexState
    require: ContainerReference
    constraint_type: Literal["requires"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state.value

        require = self.require.to_dict()

        constraint_type = self.constraint_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
                "require": require,
            }
        )
        if constraint_type is not UNSET:
            field_dict["constraintType"] = constraint_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_reference import ContainerReference  # noqa: PLC0415

        d = dict(src_dict)
        state = ConstraintOrIndexState(d.pop("state"))

        require = ContainerReference.from_dict(d.pop("require"))

        constraint_type = cast(Literal["requires"] | Unset, d.pop("constraintType", UNSET))
        if constraint_type != "requires" and not isinstance(constraint_type, Unset):
            raise ValueError(f"constraintType must match const 'requires', got '{constraint_type}'")

        requires_constraint_definition = cls(
            state=state,
            require=require,
            constraint_type=constraint_type,
        )

        requires_constraint_definition.additional_properties = d
        return requires_constraint_definition
