from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="RuleSetVersionCreate")


@_attrs_define
class RuleSetVersionCreate(AdditionalProperties):
    """Version of a rule set with immutable rules list. A rule set can have up to 50 versions.

    Attributes:
        version (str): A version number in the SemVer sense. See [semver.org](https://semver.org/) for the
            specification. Example: 1.2.1.
        rules (list[str]): An immutable list of rules associated with this rule set version. The rules are defined in
            SHACL and serialized in Turtle format.
    """

    _FIT = {"version": "s", "rules": ("l", "s")}
    _REQUIRED = ("version", "rules")

    version: str
    rules: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        rules = self.rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        rules = cast(list[str], d.pop("rules"))

        rule_set_version_create = cls(
            version=version,
            rules=rules,
        )

        rule_set_version_create.additional_properties = d
        return rule_set_version_create
