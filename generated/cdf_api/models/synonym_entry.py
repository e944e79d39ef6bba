from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SynonymEntry")


@_attrs_define
class SynonymEntry(AdditionalProperties):
    """List of sources and targets words that all mean the same.

    Attributes:
        sources (list[str] | Unset): List of tokens that have the same meaning when appearing in a source entity.
        targets (list[str] | Unset): List of tokens that have the same meaning when appearing in a target entity.
    """

    _FIT = {"sources": ("l", "s"), "targets": ("l", "s")}
    _REQUIRED = ()

    sources: list[str] | Unset = UNSET
    targets: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sources: list[str] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = self.sources

        targets: list[str] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = self.targets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sources is not UNSET:
            field_dict["sources"] = sources
        if targets is not UNSET:
            field_dict["targets"] = targets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sources = cast(list[str], d.pop("sources", UNSET))

        targets = cast(list[str], d.pop("targets", UNSET))

        synonym_entry = cls(
            sources=sources,
            targets=targets,
        )

        synonym_entry.additional_properties = d
        return synonym_entry
