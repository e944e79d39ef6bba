from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.data_set_external_id import DataSetExternalId
    from ..models.data_set_internal_id import DataSetInternalId


T = TypeVar("T", bound="DataSetIdEitherList")


@_attrs_define
class DataSetIdEitherList(AdditionalProperties):
    """
    Attributes:
        items (list[DataSetExternalId | DataSetInternalId]):
        ignore_unknown_ids (bool | Unset): Ignore IDs and external IDs that are not found
    """

    _FIT = {"items": ("l", ("u", (("m", "DataSetInternalId"), ("m", "DataSetExternalId")))), "ignoreUnknownIds": "b"}
    _REQUIRED = ("items",)

    items: list[DataSetExternalId | DataSetInternalId]
    ignore_unknown_ids: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
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
        from ..models.data_set_external_id import DataSetExternalId  # noqa: PLC0415
        from ..models.data_set_internal_id import DataSetInternalId  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> DataSetExternalId | DataSetInternalId:
                return parse_best(data, (DataSetInternalId, DataSetExternalId))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        ignore_unknown_ids = d.pop("ignoreUnknownIds", UNSET)

        data_set_id_either_list = cls(
            items=items,
            ignore_unknown_ids=ignore_unknown_ids,
        )

        data_set_id_either_list.additional_properties = d
        return data_set_id_either_list
