from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.sequence_post_data_select_by_external_id import SequencePostDataSelectByExternalId
    from ..models.sequence_post_data_select_by_id import SequencePostDataSelectById


T = TypeVar("T", bound="DataSequencePostData")


@_attrs_define
class DataSequencePostData(AdditionalProperties):
    """
    Example:
        {'items': [{'externalId': 'DL/DRILL412/20190103/T3', 'columns': ['Depth', 'DepthSource', 'PowerSetting'],
            'rows': [{'rowNumber': 1, 'values': [23331.3, 's2', 61]}]}]}

    Attributes:
        items (list[SequencePostDataSelectByExternalId | SequencePostDataSelectById]):
    """

    _FIT = {"items": ("l", ("u", (("m", "SequencePostDataSelectById"), ("m", "SequencePostDataSelectByExternalId"))))}
    _REQUIRED = ("items",)

    items: list[SequencePostDataSelectByExternalId | SequencePostDataSelectById]
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
        from ..models.sequence_post_data_select_by_external_id import SequencePostDataSelectByExternalId  # noqa: PLC0415
        from ..models.sequence_post_data_select_by_id import SequencePostDataSelectById  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> SequencePostDataSelectByExternalId | SequencePostDataSelectById:
                return parse_best(data, (SequencePostDataSelectById, SequencePostDataSelectByExternalId))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        data_sequence_post_data = cls(
            items=items,
        )

        data_sequence_post_data.additional_properties = d
        return data_sequence_post_data
