from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="RuleSetVersionReference")


@_attrs_define
class RuleSetVersionReference(AdditionalProperties):
    """A reference to a rule set version

    Attributes:
        external_id (str): Rule set external identifier Example: data_quality_rules.
        version (str): A version number in the SemVer sense. See [semver.org](https://semver.org/) for the
            specification. Example: 1.2.1.
    """

    _FIT = {"externalId": "s", "version": "s"}
    _REQUIRED = ("externalId", "version")

    external_id: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        version = d.pop("version")

        rule_set_version_reference = cls(
            external_id=external_id,
            version=version,
        )

        rule_set_version_reference.additional_properties = d
        return rule_set_version_reference
