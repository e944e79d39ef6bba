from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="RuleSetVersion")


@_attrs_define
class RuleSetVersion(AdditionalProperties):
    """Version of a rule set with immutable rules list. A rule set can have up to 50 versions.

    Attributes:
        external_id (str): Rule set external identifier Example: data_quality_rules.
        version (str): A version number in the SemVer sense. See [semver.org](https://semver.org/) for the
            specification. Example: 1.2.1.
        rules (list[str]): An immutable list of rules associated with this rule set version. The rules are defined in
            SHACL and serialized in Turtle format.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
    """

    _FIT = {"externalId": "s", "version": "s", "rules": ("l", "s"), "createdTime": "i"}
    _REQUIRED = ("externalId", "version", "rules", "createdTime")

    external_id: str
    version: str
    rules: list[str]
    created_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        version = self.version

        rules = self.rules

        created_time = self.created_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "version": version,
                "rules": rules,
                "createdTime": created_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        version = d.pop("version")

        rules = cast(list[str], d.pop("rules"))

        created_time = d.pop("createdTime")

        rule_set_version = cls(
            external_id=external_id,
            version=version,
            rules=rules,
            created_time=created_time,
        )

        rule_set_version.additional_properties = d
        return rule_set_version
