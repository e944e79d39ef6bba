from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.external_id_object import ExternalIdObject


T = TypeVar("T", bound="ByIdsRequest")


@_attrs_define
class ByIdsRequest(AdditionalProperties):
    """
    Attributes:
        items (list[ExternalIdObject]):
        ignore_unknown_ids (bool | Unset): Ignore external IDs that are not found.
        fetch_resources (bool | Unset): If true,
            will try to fetch the resources referred to in the relationship,
            based on the users access rights.
            Will silently fail to attatch the resources if the user lacks access to some of them.
    """

    _FIT = {"items": ("l", ("m", "ExternalIdObject")), "ignoreUnknownIds": "b", "fetchResources": "b"}
    _REQUIRED = ("items",)

    items: list[ExternalIdObject]
    ignore_unknown_ids: bool | Unset = UNSET
    fetch_resources: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for componentsschemasitems_array_item_data in self.items:
            componentsschemasitems_array_item = componentsschemasitems_array_item_data.to_dict()
            items.append(componentsschemasitems_array_item)

        ignore_unknown_ids = self.ignore_unknown_ids

        fetch_resources = self.fetch_resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if ignore_unknown_ids is not UNSET:
            field_dict["ignoreUnknownIds"] = ignore_unknown_ids
        if fetch_resources is not UNSET:
            field_dict["fetchResources"] = fetch_resources

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

        fetch_resources = d.pop("fetchResources", UNSET)

        by_ids_request = cls(
            items=items,
            ignore_unknown_ids=ignore_unknown_ids,
            fetch_resources=fetch_resources,
        )

        by_ids_request.additional_properties = d
        return by_ids_request
