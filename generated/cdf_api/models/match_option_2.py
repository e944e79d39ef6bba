from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="MatchOption2")


@_attrs_define
class MatchOption2(AdditionalProperties):
    """
    Attributes:
        source_external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        target_id (int): A server-generated ID for the object.
    """

    _FIT = {"sourceExternalId": "s", "targetId": "i"}
    _REQUIRED = ("sourceExternalId", "targetId")

    source_external_id: str
    target_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_external_id = self.source_external_id

        target_id = self.target_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourceExternalId": source_external_id,
                "targetId": target_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_external_id = d.pop("sourceExternalId")

        target_id = d.pop("targetId")

        match_option_2 = cls(
            source_external_id=source_external_id,
            target_id=target_id,
        )

        match_option_2.additional_properties = d
        return match_option_2
