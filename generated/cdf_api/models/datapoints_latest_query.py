from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.latest_data_before_request_query_with_external_id import LatestDataBeforeRequestQueryWithExternalId
    from ..models.latest_data_before_request_query_with_instance_id import LatestDataBeforeRequestQueryWithInstanceId
    from ..models.latest_data_before_request_query_with_internal_id import LatestDataBeforeRequestQueryWithInternalId


T = TypeVar("T", bound="DatapointsLatestQuery")


@_attrs_define
class DatapointsLatestQuery(AdditionalProperties):
    """
    Attributes:
        items (list[LatestDataBeforeRequestQueryWithExternalId | LatestDataBeforeRequestQueryWithInstanceId |
            LatestDataBeforeRequestQueryWithInternalId]): List of latest queries
        ignore_unknown_ids (bool | Unset): Ignore IDs and external IDs that are not found
    """

    _FIT = {
        "items": (
            "l",
            (
                "u",
                (
                    ("m", "LatestDataBeforeRequestQueryWithInternalId"),
                    ("m", "LatestDataBeforeRequestQueryWithExternalId"),
                    ("m", "LatestDataBeforeRequestQueryWithInstanceId"),
                ),
            ),
        ),
        "ignoreUnknownIds": "b",
    }
    _REQUIRED = ("items",)

    items: list[
        LatestDataBeforeRequestQueryWithExternalId
        | LatestDataBeforeRequestQueryWithInstanceId
        | LatestDataBeforeRequestQueryWithInternalId
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
        from ..models.latest_data_before_request_query_with_external_id import (
            LatestDataBeforeRequestQueryWithExternalId,  # noqa: PLC0415
        )
        from ..models.latest_data_before_request_query_with_instance_id import (
            LatestDataBeforeRequestQueryWithInstanceId,  # noqa: PLC0415
        )
        from ..models.latest_data_before_request_query_with_internal_id import (
            LatestDataBeforeRequestQueryWithInternalId,  # noqa: PLC0415
        )

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> (
                LatestDataBeforeRequestQueryWithExternalId
                | LatestDataBeforeRequestQueryWithInstanceId
                | LatestDataBeforeRequestQueryWithInternalId
            ):
                return parse_best(
                    data,
                    (
                        LatestDataBeforeRequestQueryWithInternalId,
                        LatestDataBeforeRequestQueryWithExternalId,
                        LatestDataBeforeRequestQueryWithInstanceId,
                    ),
                )

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        ignore_unknown_ids = d.pop("ignoreUnknownIds", UNSET)

        datapoints_latest_query = cls(
            items=items,
            ignore_unknown_ids=ignore_unknown_ids,
        )

        datapoints_latest_query.additional_properties = d
        return datapoints_latest_query
