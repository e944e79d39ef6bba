from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CustomMapping")


@_attrs_define
class CustomMapping(AdditionalProperties):
    """
    Attributes:
        expression (str): Custom transform expression written in the Cognite transformation language.
    """

    _FIT = {"expression": "s"}
    _REQUIRED = ("expression",)

    expression: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expression = self.expression

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expression": expression,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expression = d.pop("expression")

        custom_mapping = cls(
            expression=expression,
        )

        custom_mapping.additional_properties = d
        return custom_mapping
