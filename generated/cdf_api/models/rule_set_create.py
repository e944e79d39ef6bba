from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="RuleSetCreate")


@_attrs_define
class RuleSetCreate(AdditionalProperties):
    """
    Attributes:
        external_id (str): Rule set external identifier Example: data_quality_rules.
        name (str): Human-readable name of the rule set. Example: Data Quality Rules.
    """

    _FIT = {"externalId": "s", "name": "s"}
    _REQUIRED = ("externalId", "name")

    external_id: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        name = d.pop("name")

        rule_set_create = cls(
            external_id=external_id,
            name=name,
        )

        rule_set_create.additional_properties = d
        return rule_set_create
