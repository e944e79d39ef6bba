from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="Changelog")


@_attrs_define
class Changelog(AdditionalProperties):
    """Extractor changelog, uses the [keep-a-changelog](https://keepachangelog.com/en/1.1.0/) format

    Attributes:
        added (list[str] | Unset): Features added to this release.
        changed (list[str] | Unset): Changes made to the extractor in this release.
        deprecated (list[str] | Unset): Features that have been deprecated, but not yet removed.
        fixed (list[str] | Unset): Bugs fixed in this release.
        removed (list[str] | Unset): Features that have been removed.
        security (list[str] | Unset): Changes that affect security.
    """

    _FIT = {
        "added": ("l", "s"),
        "changed": ("l", "s"),
        "deprecated": ("l", "s"),
        "fixed": ("l", "s"),
        "removed": ("l", "s"),
        "security": ("l", "s"),
    }
    _REQUIRED = ()

    added: list[str] | Unset = UNSET
    changed: list[str] | Unset = UNSET
    deprecated: list[str] | Unset = UNSET
    fixed: list[str] | Unset = UNSET
    removed: list[str] | Unset = UNSET
    security: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added: list[str] | Unset = UNSET
        if not isinstance(self.added, Unset):
            added = self.added

        changed: list[str] | Unset = UNSET
        if not isinstance(self.changed, Unset):
            changed = self.changed

        deprecated: list[str] | Unset = UNSET
        if not isinstance(self.deprecated, Unset):
            deprecated = self.deprecated

        fixed: list[str] | Unset = UNSET
        if not isinstance(self.fixed, Unset):
            fixed = self.fixed

        removed: list[str] | Unset = UNSET
        if not isinstance(self.removed, Unset):
            removed = self.removed

        security: list[str] | Unset = UNSET
        if not isinstance(self.security, Unset):
            security = self.security

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if added is not UNSET:
            field_dict["added"] = added
        if changed is not UNSET:
            field_dict["changed"] = changed
        if deprecated is not UNSET:
            field_dict["deprecated"] = deprecated
        if fixed is not UNSET:
            field_dict["fixed"] = fixed
        if removed is not UNSET:
            field_dict["removed"] = removed
        if security is not UNSET:
            field_dict["security"] = security

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        added = cast(list[str], d.pop("added", UNSET))

        changed = cast(list[str], d.pop("changed", UNSET))

        deprecated = cast(list[str], d.pop("deprecated", UNSET))

        fixed = cast(list[str], d.pop("fixed", UNSET))

        removed = cast(list[str], d.pop("removed", UNSET))

        security = cast(list[str], d.pop("security", UNSET))

        changelog = cls(
            added=added,
            changed=changed,
            deprecated=deprecated,
            fixed=fixed,
            removed=removed,
            security=security,
        )

        changelog.additional_properties = d
        return changelog
