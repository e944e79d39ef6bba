from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DocumentSearchHighlight")


@_attrs_define
class DocumentSearchHighlight(AdditionalProperties):
    """
    Attributes:
        highlight (bool | Unset): Whether or not matches in search results should be highlighted.
    """

    _FIT = {"highlight": "b"}
    _REQUIRED = ()

    highlight: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        highlight = self.highlight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if highlight is not UNSET:
            field_dict["highlight"] = highlight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        highlight = d.pop("highlight", UNSET)

        document_search_highlight = cls(
            highlight=highlight,
        )

        document_search_highlight.additional_properties = d
        return document_search_highlight
