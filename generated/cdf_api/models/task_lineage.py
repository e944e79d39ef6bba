from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.lineage_info import LineageInfo


T = TypeVar("T", bound="TaskLineage")


@_attrs_define
class TaskLineage(AdditionalProperties):
    """
    Attributes:
        sources (list[LineageInfo] | Unset): List of sources that the task reads from.
        targets (list[LineageInfo] | Unset): List of targets that the task writes to.
    """

    _FIT = {"sources": ("l", ("m", "LineageInfo")), "targets": ("l", ("m", "LineageInfo"))}
    _REQUIRED = ()

    sources: list[LineageInfo] | Unset = UNSET
    targets: list[LineageInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = []
            for targets_item_data in self.targets:
                targets_item = targets_item_data.to_dict()
                targets.append(targets_item)

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
        from ..models.lineage_info import LineageInfo  # noqa: PLC0415

        d = dict(src_dict)
        _sources = d.pop("sources", UNSET)
        sources: list[LineageInfo] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = LineageInfo.from_dict(sources_item_data)

                sources.append(sources_item)

        _targets = d.pop("targets", UNSET)
        targets: list[LineageInfo] | Unset = UNSET
        if _targets is not UNSET:
            targets = []
            for targets_item_data in _targets:
                targets_item = LineageInfo.from_dict(targets_item_data)

                targets.append(targets_item)

        task_lineage = cls(
            sources=sources,
            targets=targets,
        )

        task_lineage.additional_properties = d
        return task_lineage
