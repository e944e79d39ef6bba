from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="AdvancedJoinMatch")


@_attrs_define
class AdvancedJoinMatch(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        advanced_join_external_id (str): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        origin_external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        linked_external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
    """

    _FIT = {"externalId": "s", "advancedJoinExternalId": "s", "originExternalId": "s", "linkedExternalId": "s"}
    _REQUIRED = ("externalId", "advancedJoinExternalId", "originExternalId", "linkedExternalId")

    external_id: str
    advanced_join_external_id: str
    origin_external_id: str
    linked_external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        advanced_join_external_id = self.advanced_join_external_id

        origin_external_id = self.origin_external_id

        linked_external_id = self.linked_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "advancedJoinExternalId": advanced_join_external_id,
                "originExternalId": origin_external_id,
                "linkedExternalId": linked_external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        advanced_join_external_id = d.pop("advancedJoinExternalId")

        origin_external_id = d.pop("originExternalId")

        linked_external_id = d.pop("linkedExternalId")

        advanced_join_match = cls(
            external_id=external_id,
            advanced_join_external_id=advanced_join_external_id,
            origin_external_id=origin_external_id,
            linked_external_id=linked_external_id,
        )

        advanced_join_match.additional_properties = d
        return advanced_join_match
