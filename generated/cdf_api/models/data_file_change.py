from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.file_change_update_by_external_id import FileChangeUpdateByExternalId
    from ..models.file_change_update_by_id import FileChangeUpdateById
    from ..models.file_change_update_by_instance_id import FileChangeUpdateByInstanceId


T = TypeVar("T", bound="DataFileChange")


@_attrs_define
class DataFileChange(AdditionalProperties):
    """
    Attributes:
        items (list[FileChangeUpdateByExternalId | FileChangeUpdateById | FileChangeUpdateByInstanceId]):
    """

    _FIT = {
        "items": (
            "l",
            (
                "u",
                (
                    ("m", "FileChangeUpdateById"),
                    ("m", "FileChangeUpdateByExternalId"),
                    ("m", "FileChangeUpdateByInstanceId"),
                ),
            ),
        )
    }
    _REQUIRED = ("items",)

    items: list[FileChangeUpdateByExternalId | FileChangeUpdateById | FileChangeUpdateByInstanceId]
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
        from ..models.file_change_update_by_external_id import FileChangeUpdateByExternalId  # noqa: PLC0415
        from ..models.file_change_update_by_id import FileChangeUpdateById  # noqa: PLC0415
        from ..models.file_change_update_by_instance_id import FileChangeUpdateByInstanceId  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> FileChangeUpdateByExternalId | FileChangeUpdateById | FileChangeUpdateByInstanceId:
                return parse_best(
                    data, (FileChangeUpdateById, FileChangeUpdateByExternalId, FileChangeUpdateByInstanceId)
                )

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        data_file_change = cls(
            items=items,
        )

        data_file_change.additional_properties = d
        return data_file_change
