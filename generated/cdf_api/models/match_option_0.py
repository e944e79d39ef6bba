from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="MatchOption0")


@_attrs_define
class MatchOption0(AdditionalProperties):
    """
    Attributes:
        source_id (int): A server-generated ID for the object.
        target_id (int): A server-generated ID for the object.
    """

    _FIT = {"sourceId": "i", "targetId": "i"}
    _REQUIRED = ("sourceId", "targetId")

    source_id: int
    target_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_id = self.source_id

        target_id = self.target_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourceId": source_id,
                "targetId": target_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_id = d.pop("sourceId")

        target_id = d.pop("targetId")

        match_option_0 = cls(
            source_id=source_id,
            target_id=target_id,
        )

        match_option_0.additional_properties = d
        return match_option_0
