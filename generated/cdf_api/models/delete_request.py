from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.asset_external_id import AssetExternalId
    from ..models.asset_internal_id import AssetInternalId


T = TypeVar("T", bound="DeleteRequest")


@_attrs_define
class DeleteRequest(AdditionalProperties):
    """
    Attributes:
        items (list[AssetExternalId | AssetInternalId]):
        ignore_unknown_ids (bool | Unset): Ignore IDs and external IDs that are not found
        recursive (bool | Unset): Recursively delete all asset subtrees under the specified IDs.
    """

    _FIT = {
        "items": ("l", ("u", (("m", "AssetInternalId"), ("m", "AssetExternalId")))),
        "ignoreUnknownIds": "b",
        "recursive": "b",
    }
    _REQUIRED = ("items",)

    items: list[AssetExternalId | AssetInternalId]
    ignore_unknown_ids: bool | Unset = UNSET
    recursive: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            items_item = items_item_data.to_dict()

            items.append(items_item)

        ignore_unknown_ids = self.ignore_unknown_ids

        recursive = self.recursive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if ignore_unknown_ids is not UNSET:
            field_dict["ignoreUnknownIds"] = ignore_unknown_ids
        if recursive is not UNSET:
            field_dict["recursive"] = recursive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_external_id import AssetExternalId  # noqa: PLC0415
        from ..models.asset_internal_id import AssetInternalId  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> AssetExternalId | AssetInternalId:
                return parse_best(data, (AssetInternalId, AssetExternalId))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        ignore_unknown_ids = d.pop("ignoreUnknownIds", UNSET)

        recursive = d.pop("recursive", UNSET)

        delete_request = cls(
            items=items,
            ignore_unknown_ids=ignore_unknown_ids,
            recursive=recursive,
        )

        delete_request.additional_properties = d
        return delete_request
