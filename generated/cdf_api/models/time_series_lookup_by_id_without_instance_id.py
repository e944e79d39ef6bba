from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.time_series_lookup_by_id_without_instance_id_query_with_external_id import (
        TimeSeriesLookupByIdWithoutInstanceIdQueryWithExternalId,
    )
    from ..models.time_series_lookup_by_id_without_instance_id_query_with_internal_id import (
        TimeSeriesLookupByIdWithoutInstanceIdQueryWithInternalId,
    )


T = TypeVar("T", bound="TimeSeriesLookupByIdWithoutInstanceId")


@_attrs_define
class TimeSeriesLookupByIdWithoutInstanceId(AdditionalProperties):
    """
    Attributes:
        items (list[TimeSeriesLookupByIdWithoutInstanceIdQueryWithExternalId |
            TimeSeriesLookupByIdWithoutInstanceIdQueryWithInternalId]): List of ID objects.
        ignore_unknown_ids (bool | Unset): Ignore IDs and external IDs that are not found
    """

    _FIT = {
        "items": (
            "l",
            (
                "u",
                (
                    ("m", "TimeSeriesLookupByIdWithoutInstanceIdQueryWithInternalId"),
                    ("m", "TimeSeriesLookupByIdWithoutInstanceIdQueryWithExternalId"),
                ),
            ),
        ),
        "ignoreUnknownIds": "b",
    }
    _REQUIRED = ("items",)

    items: list[
        TimeSeriesLookupByIdWithoutInstanceIdQueryWithExternalId
        | TimeSeriesLookupByIdWithoutInstanceIdQueryWithInternalId
    ]
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
        from ..models.time_series_lookup_by_id_without_instance_id_query_with_external_id import (
            TimeSeriesLookupByIdWithoutInstanceIdQueryWithExternalId,  # noqa: PLC0415
        )
        from ..models.time_series_lookup_by_id_without_instance_id_query_with_internal_id import (
            TimeSeriesLookupByIdWithoutInstanceIdQueryWithInternalId,  # noqa: PLC0415
        )

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> (
                TimeSeriesLookupByIdWithoutInstanceIdQueryWithExternalId
                | TimeSeriesLookupByIdWithoutInstanceIdQueryWithInternalId
            ):
                return parse_best(
                    data,
                    (
                        TimeSeriesLookupByIdWithoutInstanceIdQueryWithInternalId,
                        TimeSeriesLookupByIdWithoutInstanceIdQueryWithExternalId,
                    ),
                )

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        ignore_unknown_ids = d.pop("ignoreUnknownIds", UNSET)

        time_series_lookup_by_id_without_instance_id = cls(
            items=items,
            ignore_unknown_ids=ignore_unknown_ids,
        )

        time_series_lookup_by_id_without_instance_id.additional_properties = d
        return time_series_lookup_by_id_without_instance_id
