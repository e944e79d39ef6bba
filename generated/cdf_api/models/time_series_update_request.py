from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.time_series_update_by_external_id import TimeSeriesUpdateByExternalId
    from ..models.time_series_update_by_id import TimeSeriesUpdateById
    from ..models.time_series_update_by_instance_id import TimeSeriesUpdateByInstanceId


T = TypeVar("T", bound="TimeSeriesUpdateRequest")


@_attrs_define
class TimeSeriesUpdateRequest(AdditionalProperties):
    """
    Attributes:
        items (list[TimeSeriesUpdateByExternalId | TimeSeriesUpdateById | TimeSeriesUpdateByInstanceId]):
    """

    _FIT = {
        "items": (
            "l",
            (
                "u",
                (
                    ("m", "TimeSeriesUpdateById"),
                    ("m", "TimeSeriesUpdateByExternalId"),
                    ("m", "TimeSeriesUpdateByInstanceId"),
                ),
            ),
        )
    }
    _REQUIRED = ("items",)

    items: list[TimeSeriesUpdateByExternalId | TimeSeriesUpdateById | TimeSeriesUpdateByInstanceId]
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
        from ..models.time_series_update_by_external_id import TimeSeriesUpdateByExternalId  # noqa: PLC0415
        from ..models.time_series_update_by_id import TimeSeriesUpdateById  # noqa: PLC0415
        from ..models.time_series_update_by_instance_id import TimeSeriesUpdateByInstanceId  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> TimeSeriesUpdateByExternalId | TimeSeriesUpdateById | TimeSeriesUpdateByInstanceId:
                return parse_best(
                    data, (TimeSeriesUpdateById, TimeSeriesUpdateByExternalId, TimeSeriesUpdateByInstanceId)
                )

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        time_series_update_request = cls(
            items=items,
        )

        time_series_update_request.additional_properties = d
        return time_series_update_request
