from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.transformation_cognite_external_id import TransformationCogniteExternalId
    from ..models.transformation_cognite_internal_id import TransformationCogniteInternalId


T = TypeVar("T", bound="ItemsWithIgnoreUnknownIdsCogniteId")


@_attrs_define
class ItemsWithIgnoreUnknownIdsCogniteId(AdditionalProperties):
    """All provided IDs and external IDs must be unique.

    Attributes:
        items (list[TransformationCogniteExternalId | TransformationCogniteInternalId] | Unset):
        ignore_unknown_ids (bool | Unset): Ignore IDs and external IDs that are not found. Defaults to false.
    """

    _FIT = {
        "items": ("l", ("u", (("m", "TransformationCogniteExternalId"), ("m", "TransformationCogniteInternalId")))),
        "ignoreUnknownIds": "b",
    }
    _REQUIRED = ()

    items: list[TransformationCogniteExternalId | TransformationCogniteInternalId] | Unset = UNSET
    ignore_unknown_ids: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item: dict[str, Any]
                items_item = items_item_data.to_dict()

                items.append(items_item)

        ignore_unknown_ids = self.ignore_unknown_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if ignore_unknown_ids is not UNSET:
            field_dict["ignoreUnknownIds"] = ignore_unknown_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transformation_cognite_external_id import TransformationCogniteExternalId  # noqa: PLC0415
        from ..models.transformation_cognite_internal_id import TransformationCogniteInternalId  # noqa: PLC0415

        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[TransformationCogniteExternalId | TransformationCogniteInternalId] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:

                def _parse_items_item(
                    data: object,
                ) -> TransformationCogniteExternalId | TransformationCogniteInternalId:
                    return parse_best(data, (TransformationCogniteExternalId, TransformationCogniteInternalId))

                items_item = _parse_items_item(items_item_data)

                items.append(items_item)

        ignore_unknown_ids = d.pop("ignoreUnknownIds", UNSET)

        items_with_ignore_unknown_ids_cognite_id = cls(
            items=items,
            ignore_unknown_ids=ignore_unknown_ids,
        )

        items_with_ignore_unknown_ids_cognite_id.additional_properties = d
        return items_with_ignore_unknown_ids_cognite_id
