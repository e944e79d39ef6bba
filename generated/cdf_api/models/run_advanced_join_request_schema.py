from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="RunAdvancedJoinRequestSchema")


@_attrs_define
class RunAdvancedJoinRequestSchema(AdditionalProperties):
    """
    Attributes:
        advanced_join_external_id (str): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
    """

    _FIT = {"advancedJoinExternalId": "s"}
    _REQUIRED = ("advancedJoinExternalId",)

    advanced_join_external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advanced_join_external_id = self.advanced_join_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "advancedJoinExternalId": advanced_join_external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        advanced_join_external_id = d.pop("advancedJoinExternalId")

        run_advanced_join_request_schema = cls(
            advanced_join_external_id=advanced_join_external_id,
        )

        run_advanced_join_request_schema.additional_properties = d
        return run_advanced_join_request_schema
