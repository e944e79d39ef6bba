from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DiagramDetectConfig")


@_attrs_define
class DiagramDetectConfig(AdditionalProperties):
    """
    Attributes:
        search_field (str | Unset): This field determines the string to search for and to identify object entities.
            Example: userDefinedField.
        partial_match (bool | Unset): Allow partial (fuzzy) matching of entities in the engineering diagrams. Creates a
            match only when it is possible to do so unambiguously.
        min_tokens (int | Unset): Each detected item must match the detected entity on at least this number of tokens. A
            token is a substring of consecutive letters or digits.
    """

    _FIT = {"searchField": "s", "partialMatch": "b", "minTokens": "i"}
    _REQUIRED = ()

    search_field: str | Unset = UNSET
    partial_match: bool | Unset = UNSET
    min_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_field = self.search_field

        partial_match = self.partial_match

        min_tokens = self.min_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search_field is not UNSET:
            field_dict["searchField"] = search_field
        if partial_match is not UNSET:
            field_dict["partialMatch"] = partial_match
        if min_tokens is not UNSET:
            field_dict["minTokens"] = min_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        search_field = d.pop("searchField", UNSET)

        partial_match = d.pop("partialMatch", UNSET)

        min_tokens = d.pop("minTokens", UNSET)

        diagram_detect_config = cls(
            search_field=search_field,
            partial_match=partial_match,
            min_tokens=min_tokens,
        )

        diagram_detect_config.additional_properties = d
        return diagram_detect_config
