from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="MatchFieldsItem")


@_attrs_define
class MatchFieldsItem(AdditionalProperties):
    """
    Attributes:
        source (str):
        target (str):
    """

    _FIT = {"source": "s", "target": "s"}
    _REQUIRED = ("source", "target")

    source: str
    target: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "target": target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source")

        target = d.pop("target")

        match_fields_item = cls(
            source=source,
            target=target,
        )

        match_fields_item.additional_properties = d
        return match_fields_item
