from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="RuleSet")


@_attrs_define
class RuleSet(AdditionalProperties):
    """
    Attributes:
        external_id (str): Rule set external identifier Example: data_quality_rules.
        name (str): Human-readable name of the rule set. Example: Data Quality Rules.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
    """

    _FIT = {"externalId": "s", "name": "s", "createdTime": "i"}
    _REQUIRED = ("externalId", "name", "createdTime")

    external_id: str
    name: str
    created_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        name = self.name

        created_time = self.created_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "name": name,
                "createdTime": created_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        name = d.pop("name")

        created_time = d.pop("createdTime")

        rule_set = cls(
            external_id=external_id,
            name=name,
            created_time=created_time,
        )

        rule_set.additional_properties = d
        return rule_set
