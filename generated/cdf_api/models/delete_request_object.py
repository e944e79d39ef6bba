from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.external_id_object import ExternalIdObject


T = TypeVar("T", bound="DeleteRequestObject")


@_attrs_define
class DeleteRequestObject(AdditionalProperties):
    """
    Attributes:
        items (list[ExternalIdObject]):
        ignore_unknown_ids (bool | Unset): Ignore external IDs that are not found.
    """

    _FIT = {"items": ("l", ("m", "ExternalIdObject")), "ignoreUnknownIds": "b"}
    _REQUIRED = ("items",)

    items: list[ExternalIdObject]
    ignore_unknown_ids: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for componentsschemasitems_array_item_data in self.items:
            componentsschemasitems_array_item = componentsschemasitems_array_item_data.to_dict()
            items.append(componentsschemasitems_array_item)

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
        from ..models.external_id_object import ExternalIdObject  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for componentsschemasitems_array_item_data in _items:
            componentsschemasitems_array_item = ExternalIdObject.from_dict(componentsschemasitems_array_item_data)

            items.append(componentsschemasitems_array_item)

        ignore_unknown_ids = d.pop("ignoreUnknownIds", UNSET)

        delete_request_object = cls(
            items=items,
            ignore_unknown_ids=ignore_unknown_ids,
        )

        delete_request_object.additional_properties = d
        return delete_request_object
