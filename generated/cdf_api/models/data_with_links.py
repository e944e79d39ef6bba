from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.data_with_links_file_external_id import DataWithLinksFileExternalId
    from ..models.data_with_links_file_instance_id import DataWithLinksFileInstanceId
    from ..models.data_with_links_file_internal_id import DataWithLinksFileInternalId


T = TypeVar("T", bound="DataWithLinks")


@_attrs_define
class DataWithLinks(AdditionalProperties):
    """
    Attributes:
        items (list[DataWithLinksFileExternalId | DataWithLinksFileInstanceId | DataWithLinksFileInternalId] | Unset):
    """

    _FIT = {
        "items": (
            "l",
            (
                "u",
                (
                    ("m", "DataWithLinksFileInternalId"),
                    ("m", "DataWithLinksFileExternalId"),
                    ("m", "DataWithLinksFileInstanceId"),
                ),
            ),
        )
    }
    _REQUIRED = ()

    items: list[DataWithLinksFileExternalId | DataWithLinksFileInstanceId | DataWithLinksFileInternalId] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item: dict[str, Any]
                items_item = items_item_data.to_dict()

                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_with_links_file_external_id import DataWithLinksFileExternalId  # noqa: PLC0415
        from ..models.data_with_links_file_instance_id import DataWithLinksFileInstanceId  # noqa: PLC0415
        from ..models.data_with_links_file_internal_id import DataWithLinksFileInternalId  # noqa: PLC0415

        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[DataWithLinksFileExternalId | DataWithLinksFileInstanceId | DataWithLinksFileInternalId] | Unset = (
            UNSET
        )
        if _items is not UNSET:
            items = []
            for items_item_data in _items:

                def _parse_items_item(
                    data: object,
                ) -> DataWithLinksFileExternalId | DataWithLinksFileInstanceId | DataWithLinksFileInternalId:
                    return parse_best(
                        data, (DataWithLinksFileInternalId, DataWithLinksFileExternalId, DataWithLinksFileInstanceId)
                    )

                items_item = _parse_items_item(items_item_data)

                items.append(items_item)

        data_with_links = cls(
            items=items,
        )

        data_with_links.additional_properties = d
        return data_with_links
