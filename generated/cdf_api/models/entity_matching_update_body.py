from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.model_change_by_external_id import ModelChangeByExternalId
    from ..models.model_change_by_id import ModelChangeById


T = TypeVar("T", bound="EntityMatchingUpdateBody")


@_attrs_define
class EntityMatchingUpdateBody(AdditionalProperties):
    """
    Attributes:
        items (list[ModelChangeByExternalId | ModelChangeById]):
    """

    _FIT = {"items": ("l", ("u", (("m", "ModelChangeById"), ("m", "ModelChangeByExternalId"))))}
    _REQUIRED = ("items",)

    items: list[ModelChangeByExternalId | ModelChangeById]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
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
        from ..models.model_change_by_external_id import ModelChangeByExternalId  # noqa: PLC0415
        from ..models.model_change_by_id import ModelChangeById  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> ModelChangeByExternalId | ModelChangeById:
                return parse_best(data, (ModelChangeById, ModelChangeByExternalId))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        entity_matching_update_body = cls(
            items=items,
        )

        entity_matching_update_body.additional_properties = d
        return entity_matching_update_body
