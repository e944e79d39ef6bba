from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.data_set_change_by_external_id import DataSetChangeByExternalId
    from ..models.data_set_change_by_id import DataSetChangeById


T = TypeVar("T", bound="DataSetUpdateList")


@_attrs_define
class DataSetUpdateList(AdditionalProperties):
    """
    Attributes:
        items (list[DataSetChangeByExternalId | DataSetChangeById]):
    """

    _FIT = {"items": ("l", ("u", (("m", "DataSetChangeById"), ("m", "DataSetChangeByExternalId"))))}
    _REQUIRED = ("items",)

    items: list[DataSetChangeByExternalId | DataSetChangeById]
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
        from ..models.data_set_change_by_external_id import DataSetChangeByExternalId  # noqa: PLC0415
        from ..models.data_set_change_by_id import DataSetChangeById  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> DataSetChangeByExternalId | DataSetChangeById:
                return parse_best(data, (DataSetChangeById, DataSetChangeByExternalId))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        data_set_update_list = cls(
            items=items,
        )

        data_set_update_list.additional_properties = d
        return data_set_update_list
