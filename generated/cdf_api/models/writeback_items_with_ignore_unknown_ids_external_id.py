from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.writeback_external_id_wrapper import WritebackExternalIdWrapper


T = TypeVar("T", bound="WritebackItemsWithIgnoreUnknownIdsExternalId")


@_attrs_define
class WritebackItemsWithIgnoreUnknownIdsExternalId(AdditionalProperties):
    """
    Attributes:
        items (list[WritebackExternalIdWrapper]):
        ignore_unknown_ids (bool | Unset): Ignore IDs and external IDs that are not found
    """

    _FIT = {"items": ("l", ("m", "WritebackExternalIdWrapper")), "ignoreUnknownIds": "b"}
    _REQUIRED = ("items",)

    items: list[WritebackExternalIdWrapper]
    ignore_unknown_ids: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        ignore_unknown_ids = self.ignore_unknown_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if ignore_unknown_ids is not UNSET:
            field_dict["ignoreUnknownIds"] = ignore_unknown_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.writeback_external_id_wrapper import WritebackExternalIdWrapper  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = WritebackExternalIdWrapper.from_dict(items_item_data)

            items.append(items_item)

        ignore_unknown_ids = d.pop("ignoreUnknownIds", UNSET)

        writeback_items_with_ignore_unknown_ids_external_id = cls(
            items=items,
            ignore_unknown_ids=ignore_unknown_ids,
        )

        writeback_items_with_ignore_unknown_ids_external_id.additional_properties = d
        return writeback_items_with_ignore_unknown_ids_external_id
