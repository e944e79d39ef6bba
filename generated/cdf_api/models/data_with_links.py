from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, best_first

if TYPE_CHECKING:
    from ..models.data_with_links_file_external_id import DataWithLinksFileExternalId
    from ..models.data_with_links_file_instance_id import DataWithLinksFileInstanceId
    from ..models.data_with_links_file_internal_id import DataWithLinksFileInternalId


T = TypeVar("T", bound="DataWithLinks")


@_attrs_define
class DataWithLinks:
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
        from ..models.data_with_links_file_external_id import DataWithLinksFileExternalId  # noqa: PLC0415
        from ..models.data_with_links_file_internal_id import DataWithLinksFileInternalId  # noqa: PLC0415

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item: dict[str, Any]
                if isinstance(items_item_data, DataWithLinksFileInternalId):
                    items_item = items_item_data.to_dict()
                elif isinstance(items_item_data, DataWithLinksFileExternalId):
                    items_item = items_item_data.to_dict()
                else:
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
                    if isinstance(data, dict):
                        _ranked = best_first(
                            data,
                            (
                                DataWithLinksFileInternalId,
                                DataWithLinksFileExternalId,
                                DataWithLinksFileInstanceId,
                            ),
                        )
                        for _cls in _ranked[:-1]:
                            try:
                                return _cls.from_dict(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        return _ranked[-1].from_dict(data)
                    raise TypeError(f"expected an object, got {type(data).__name__}")

                items_item = _parse_items_item(items_item_data)

                items.append(items_item)

        data_with_links = cls(
            items=items,
        )

        data_with_links.additional_properties = d
        return data_with_links

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
