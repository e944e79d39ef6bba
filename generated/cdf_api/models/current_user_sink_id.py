from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CurrentUserSinkId")


@_attrs_define
class CurrentUserSinkId(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['current_user']): Sink type.
    """

    _FIT = {"type": ("c", "current_user")}
    _REQUIRED = ("type",)

    type_: Literal["current_user"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["current_user"], d.pop("type"))
        if type_ != "current_user":
            raise ValueError(f"type must match const 'current_user', got '{type_}'")

        current_user_sink_id = cls(
            type_=type_,
        )

        current_user_sink_id.additional_properties = d
        return current_user_sink_id
