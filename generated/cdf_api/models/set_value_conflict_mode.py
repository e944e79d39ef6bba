from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conflict_mode import ConflictMode
from ..types import AdditionalProperties

T = TypeVar("T", bound="SetValueConflictMode")


@_attrs_define
class SetValueConflictMode(AdditionalProperties):
    """Set a new value for the transformation conflictMode (action).

    Attributes:
        set_ (ConflictMode): Behavior when the data already exists.`upsert` - Create or Update,`abort` - Create and fail
            when already exists,`update` - update and fail if it does not exist,`delete` - delete the matched rows.
    """

    _FIT = {"set": "s"}
    _REQUIRED = ("set",)

    set_: ConflictMode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = self.set_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "set": set_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        set_ = ConflictMode(d.pop("set"))

        set_value_conflict_mode = cls(
            set_=set_,
        )

        set_value_conflict_mode.additional_properties = d
        return set_value_conflict_mode
