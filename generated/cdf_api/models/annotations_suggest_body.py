from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.annotations_v2_suggest_schema import AnnotationsV2SuggestSchema


T = TypeVar("T", bound="AnnotationsSuggestBody")


@_attrs_define
class AnnotationsSuggestBody(AdditionalProperties):
    """
    Attributes:
        items (list[AnnotationsV2SuggestSchema]): A list of annotations to suggest
    """

    _FIT = {"items": ("l", ("m", "AnnotationsV2SuggestSchema"))}
    _REQUIRED = ("items",)

    items: list[AnnotationsV2SuggestSchema]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_v2_suggest_schema import AnnotationsV2SuggestSchema  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = AnnotationsV2SuggestSchema.from_dict(items_item_data)

            items.append(items_item)

        annotations_suggest_body = cls(
            items=items,
        )

        annotations_suggest_body.additional_properties = d
        return annotations_suggest_body
