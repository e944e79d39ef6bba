from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.data_resource_ids_select_by_external_id import DataResourceIdsSelectByExternalId
    from ..models.data_resource_ids_select_by_id import DataResourceIdsSelectById


T = TypeVar("T", bound="DataResourceIds")


@_attrs_define
class DataResourceIds(AdditionalProperties):
    """
    Attributes:
        items (list[DataResourceIdsSelectByExternalId | DataResourceIdsSelectById]):
    """

    _FIT = {"items": ("l", ("u", (("m", "DataResourceIdsSelectById"), ("m", "DataResourceIdsSelectByExternalId"))))}
    _REQUIRED = ("items",)

    items: list[DataResourceIdsSelectByExternalId | DataResourceIdsSelectById]
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
        from ..models.data_resource_ids_select_by_external_id import DataResourceIdsSelectByExternalId  # noqa: PLC0415
        from ..models.data_resource_ids_select_by_id import DataResourceIdsSelectById  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> DataResourceIdsSelectByExternalId | DataResourceIdsSelectById:
                return parse_best(data, (DataResourceIdsSelectById, DataResourceIdsSelectByExternalId))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        data_resource_ids = cls(
            items=items,
        )

        data_resource_ids.additional_properties = d
        return data_resource_ids
