from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.datapoints_get_double_datapoint import DatapointsGetDoubleDatapoint
    from ..models.datapoints_get_string_datapoint import DatapointsGetStringDatapoint


T = TypeVar("T", bound="DatapointsResponse")


@_attrs_define
class DatapointsResponse(AdditionalProperties):
    """The list of responses. The order matches the requests order.

    Attributes:
        items (list[DatapointsGetDoubleDatapoint | DatapointsGetStringDatapoint]):
    """

    _FIT = {"items": ("l", ("u", (("m", "DatapointsGetDoubleDatapoint"), ("m", "DatapointsGetStringDatapoint"))))}
    _REQUIRED = ("items",)

    items: list[DatapointsGetDoubleDatapoint | DatapointsGetStringDatapoint]
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
        from ..models.datapoints_get_double_datapoint import DatapointsGetDoubleDatapoint  # noqa: PLC0415
        from ..models.datapoints_get_string_datapoint import DatapointsGetStringDatapoint  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> DatapointsGetDoubleDatapoint | DatapointsGetStringDatapoint:
                return parse_best(data, (DatapointsGetDoubleDatapoint, DatapointsGetStringDatapoint))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        datapoints_response = cls(
            items=items,
        )

        datapoints_response.additional_properties = d
        return datapoints_response
