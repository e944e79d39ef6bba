from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SuggestImprovementsRequestSchema")


@_attrs_define
class SuggestImprovementsRequestSchema(AdditionalProperties):
    """
    Attributes:
        advanced_join_external_id (str): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        limit (int | Unset):
    """

    _FIT = {"advancedJoinExternalId": "s", "limit": "i"}
    _REQUIRED = ("advancedJoinExternalId",)

    advanced_join_external_id: str
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advanced_join_external_id = self.advanced_join_external_id

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "advancedJoinExternalId": advanced_join_external_id,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        advanced_join_external_id = d.pop("advancedJoinExternalId")

        limit = d.pop("limit", UNSET)

        suggest_improvements_request_schema = cls(
            advanced_join_external_id=advanced_join_external_id,
            limit=limit,
        )

        suggest_improvements_request_schema.additional_properties = d
        return suggest_improvements_request_schema
