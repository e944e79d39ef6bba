from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="MatchOption1")


@_attrs_define
class MatchOption1(AdditionalProperties):
    """
    Attributes:
        source_id (int): A server-generated ID for the object.
        target_external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
    """

    _FIT = {"sourceId": "i", "targetExternalId": "s"}
    _REQUIRED = ("sourceId", "targetExternalId")

    source_id: int
    target_external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_id = self.source_id

        target_external_id = self.target_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourceId": source_id,
                "targetExternalId": target_external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_id = d.pop("sourceId")

        target_external_id = d.pop("targetExternalId")

        match_option_1 = cls(
            source_id=source_id,
            target_external_id=target_external_id,
        )

        match_option_1.additional_properties = d
        return match_option_1
