from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.source_selector_v3_item import SourceSelectorV3Item


T = TypeVar("T", bound="SyncSelectV3")


@_attrs_define
class SyncSelectV3(AdditionalProperties):
    """Define which view to return properties for, and the properties to return. Up to 10 views can be specified per query.

    Attributes:
        sources (list[SourceSelectorV3Item] | Unset):
    """

    _FIT = {"sources": ("l", ("m", "SourceSelectorV3Item"))}
    _REQUIRED = ()

    sources: list[SourceSelectorV3Item] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for componentsschemas_source_selector_v3_item_data in self.sources:
                componentsschemas_source_selector_v3_item = componentsschemas_source_selector_v3_item_data.to_dict()
                sources.append(componentsschemas_source_selector_v3_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_selector_v3_item import SourceSelectorV3Item  # noqa: PLC0415

        d = dict(src_dict)
        _sources = d.pop("sources", UNSET)
        sources: list[SourceSelectorV3Item] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for componentsschemas_source_selector_v3_item_data in _sources:
                componentsschemas_source_selector_v3_item = SourceSelectorV3Item.from_dict(
                    componentsschemas_source_selector_v3_item_data
                )

                sources.append(componentsschemas_source_selector_v3_item)

        sync_select_v3 = cls(
            sources=sources,
        )

        sync_select_v3.additional_properties = d
        return sync_select_v3
