from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="PipelineReplacementsItem")


@_attrs_define
class PipelineReplacementsItem(AdditionalProperties):
    """
    Attributes:
        field (str): Which field to replace in. Can be '*' to affect all fields in both source and targets. Example: *.
        string (str): String to search for and replace in both sources and targets. Example: Bottom-hole pressure.
        replacement (str): Replacement for the string. Example: bhp.
    """

    _FIT = {"field": "s", "string": "s", "replacement": "s"}
    _REQUIRED = ("field", "string", "replacement")

    field: str
    string: str
    replacement: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        string = self.string

        replacement = self.replacement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "string": string,
                "replacement": replacement,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        string = d.pop("string")

        replacement = d.pop("replacement")

        pipeline_replacements_item = cls(
            field=field,
            string=string,
            replacement=replacement,
        )

        pipeline_replacements_item.additional_properties = d
        return pipeline_replacements_item
