from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.pipeline_replacements_item import PipelineReplacementsItem


T = TypeVar("T", bound="PatchPipelineReplacements")


@_attrs_define
class PatchPipelineReplacements(AdditionalProperties):
    """Set a new value for replacements.

    Attributes:
        set_ (list[PipelineReplacementsItem]): Replace strings in entity fields. You can use this field to add input
            naming variations to the entity matching
            model to improve the suggested matches, for example, 'pmp' for 'pump' and 'bhp' for 'bottom hole pressure'.
            To avoid false positives, we recommend using the longer string as `string` and the shorter as `replacement`.
    """

    _FIT = {"set": ("l", ("m", "PipelineReplacementsItem"))}
    _REQUIRED = ("set",)

    set_: list[PipelineReplacementsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = []
        for componentsschemas_pipeline_replacements_item_data in self.set_:
            componentsschemas_pipeline_replacements_item = componentsschemas_pipeline_replacements_item_data.to_dict()
            set_.append(componentsschemas_pipeline_replacements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "set": set_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pipeline_replacements_item import PipelineReplacementsItem  # noqa: PLC0415

        d = dict(src_dict)
        set_ = []
        _set_ = d.pop("set")
        for componentsschemas_pipeline_replacements_item_data in _set_:
            componentsschemas_pipeline_replacements_item = PipelineReplacementsItem.from_dict(
                componentsschemas_pipeline_replacements_item_data
            )

            set_.append(componentsschemas_pipeline_replacements_item)

        patch_pipeline_replacements = cls(
            set_=set_,
        )

        patch_pipeline_replacements.additional_properties = d
        return patch_pipeline_replacements
