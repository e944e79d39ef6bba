from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.constraint_or_index_state import ConstraintOrIndexState
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CorePropertyDefinitionConstraintState")


@_attrs_define
class CorePropertyDefinitionConstraintState(AdditionalProperties):
    """Describes the validity of constraints defined on this property.
    Not applicable for records.

        Attributes:
            nullability (ConstraintOrIndexState | Unset):
            max_list_size (ConstraintOrIndexState | Unset):
            max_text_size (ConstraintOrIndexState | Unset):
    """

    _FIT = {"nullability": "s", "maxListSize": "s", "maxTextSize": "s"}
    _REQUIRED = ()

    nullability: ConstraintOrIndexState | Unset = UNSET
    max_list_size: ConstraintOrIndexState | Unset = UNSET
    max_text_size: ConstraintOrIndexState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nullability: str | Unset = UNSET
        if not isinstance(self.nullability, Unset):
            nullability = self.nullability.value

        max_list_size: str | Unset = UNSET
        if not isinstance(self.max_list_size, Unset):
            max_list_size = self.max_list_size.value

        max_text_size: str | Unset = UNSET
        if not isinstance(self.max_text_size, Unset):
            max_text_size = self.max_text_size.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nullability is not UNSET:
            field_dict["nullability"] = nullability
        if max_list_size is not UNSET:
            field_dict["maxListSize"] = max_list_size
        if max_text_size is not UNSET:
            field_dict["maxTextSize"] = max_text_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _nullability = d.pop("nullability", UNSET)
        nullability: ConstraintOrIndexState | Unset
        if isinstance(_nullability, Unset):
            nullability = UNSET
        else:
            nullability = ConstraintOrIndexState(_nullability)

        _max_list_size = d.pop("maxListSize", UNSET)
        max_list_size: ConstraintOrIndexState | Unset
        if isinstance(_max_list_size, Unset):
            max_list_size = UNSET
        else:
            max_list_size = ConstraintOrIndexState(_max_list_size)

        _max_text_size = d.pop("maxTextSize", UNSET)
        max_text_size: ConstraintOrIndexState | Unset
        if isinstance(_max_text_size, Unset):
            max_text_size = UNSET
        else:
            max_text_size = ConstraintOrIndexState(_max_text_size)

        core_property_definition_constraint_state = cls(
            nullability=nullability,
            max_list_size=max_list_size,
            max_text_size=max_text_size,
        )

        core_property_definition_constraint_state.additional_properties = d
        return core_property_definition_constraint_state
