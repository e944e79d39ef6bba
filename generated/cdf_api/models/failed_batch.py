from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.vision_all_of_file_id import VisionAllOfFileId


T = TypeVar("T", bound="FailedBatch")


@_attrs_define
class FailedBatch(AdditionalProperties):
    """List of the items and the corresponding error message(s) per failed batch.

    Attributes:
        error_message (str | Unset): The error message(s) of the failed batch.
        items (list[VisionAllOfFileId] | Unset): List of the items in the failed batch.
    """

    _FIT = {"errorMessage": "s", "items": ("l", ("m", "VisionAllOfFileId"))}
    _REQUIRED = ()

    error_message: str | Unset = UNSET
    items: list[VisionAllOfFileId] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_message = self.error_message

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vision_all_of_file_id import VisionAllOfFileId  # noqa: PLC0415

        d = dict(src_dict)
        error_message = d.pop("errorMessage", UNSET)

        _items = d.pop("items", UNSET)
        items: list[VisionAllOfFileId] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = VisionAllOfFileId.from_dict(items_item_data)

                items.append(items_item)

        failed_batch = cls(
            error_message=error_message,
            items=items,
        )

        failed_batch.additional_properties = d
        return failed_batch
