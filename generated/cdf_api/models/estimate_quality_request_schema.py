from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.raw_matcher import RAWMatcher


T = TypeVar("T", bound="EstimateQualityRequestSchema")


@_attrs_define
class EstimateQualityRequestSchema(AdditionalProperties):
    """
    Attributes:
        advanced_join_external_id (str): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        matcher (RAWMatcher): The Raw matcher can be used when you already have a collection of known matches, stored in
            a Raw table.
        dummy_response (bool | Unset): Whether to return a bogus response that complies with the expected schema.
            This will be removed in a future iteration.
    """

    _FIT = {"advancedJoinExternalId": "s", "matcher": ("m", "RAWMatcher"), "dummyResponse": "b"}
    _REQUIRED = ("advancedJoinExternalId", "matcher")

    advanced_join_external_id: str
    matcher: RAWMatcher
    dummy_response: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advanced_join_external_id = self.advanced_join_external_id

        matcher = self.matcher.to_dict()

        dummy_response = self.dummy_response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "advancedJoinExternalId": advanced_join_external_id,
                "matcher": matcher,
            }
        )
        if dummy_response is not UNSET:
            field_dict["dummyResponse"] = dummy_response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.raw_matcher import RAWMatcher  # noqa: PLC0415

        d = dict(src_dict)
        advanced_join_external_id = d.pop("advancedJoinExternalId")

        matcher = RAWMatcher.from_dict(d.pop("matcher"))

        dummy_response = d.pop("dummyResponse", UNSET)

        estimate_quality_request_schema = cls(
            advanced_join_external_id=advanced_join_external_id,
            matcher=matcher,
            dummy_response=dummy_response,
        )

        estimate_quality_request_schema.additional_properties = d
        return estimate_quality_request_schema
