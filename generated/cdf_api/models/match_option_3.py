from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="MatchOption3")


@_attrs_define
class MatchOption3(AdditionalProperties):
    """
    Attributes:
        source_external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        target_external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
    """

    _FIT = {"sourceExternalId": "s", "targetExternalId": "s"}
    _REQUIRED = ("sourceExternalId", "targetExternalId")

    source_external_id: str
    target_external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_external_id = self.source_external_id

        target_external_id = self.target_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourceExternalId": source_external_id,
                "targetExternalId": target_external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_external_id = d.pop("sourceExternalId")

        target_external_id = d.pop("targetExternalId")

        match_option_3 = cls(
            source_external_id=source_external_id,
            target_external_id=target_external_id,
        )

        match_option_3.additional_properties = d
        return match_option_3
