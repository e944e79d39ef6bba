from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.datapoints_delete_request_query_with_external_id import DatapointsDeleteRequestQueryWithExternalId
    from ..models.datapoints_delete_request_query_with_instance_id import DatapointsDeleteRequestQueryWithInstanceId
    from ..models.datapoints_delete_request_query_with_internal_id import DatapointsDeleteRequestQueryWithInternalId


T = TypeVar("T", bound="DatapointsDeleteQuery")


@_attrs_define
class DatapointsDeleteQuery(AdditionalProperties):
    """
    Attributes:
        items (list[DatapointsDeleteRequestQueryWithExternalId | DatapointsDeleteRequestQueryWithInstanceId |
            DatapointsDeleteRequestQueryWithInternalId]): List of delete filters.
    """

    _FIT = {
        "items": (
            "l",
            (
                "u",
                (
                    ("m", "DatapointsDeleteRequestQueryWithInternalId"),
                    ("m", "DatapointsDeleteRequestQueryWithExternalId"),
                    ("m", "DatapointsDeleteRequestQueryWithInstanceId"),
                ),
            ),
        )
    }
    _REQUIRED = ("items",)

    items: list[
        DatapointsDeleteRequestQueryWithExternalId
        | DatapointsDeleteRequestQueryWithInstanceId
        | DatapointsDeleteRequestQueryWithInternalId
    ]
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
        from ..models.datapoints_delete_request_query_with_external_id import DatapointsDeleteRequestQueryWithExternalId  # noqa: PLC0415
        from ..models.datapoints_delete_request_query_with_instance_id import DatapointsDeleteRequestQueryWithInstanceId  # noqa: PLC0415
        from ..models.datapoints_delete_request_query_with_internal_id import DatapointsDeleteRequestQueryWithInternalId  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> (
                DatapointsDeleteRequestQueryWithExternalId
                | DatapointsDeleteRequestQueryWithInstanceId
                | DatapointsDeleteRequestQueryWithInternalId
            ):
                return parse_best(
                    data,
                    (
                        DatapointsDeleteRequestQueryWithInternalId,
                        DatapointsDeleteRequestQueryWithExternalId,
                        DatapointsDeleteRequestQueryWithInstanceId,
                    ),
                )

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        datapoints_delete_query = cls(
            items=items,
        )

        datapoints_delete_query.additional_properties = d
        return datapoints_delete_query
