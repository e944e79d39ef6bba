from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.file_external_id import FileExternalId
    from ..models.file_instance_id import FileInstanceId
    from ..models.file_internal_id import FileInternalId


T = TypeVar("T", bound="FileLinkIds")


@_attrs_define
class FileLinkIds(AdditionalProperties):
    """
    Attributes:
        items (list[FileExternalId | FileInstanceId | FileInternalId]):
    """

    _FIT = {"items": ("l", ("u", (("m", "FileInternalId"), ("m", "FileExternalId"), ("m", "FileInstanceId"))))}
    _REQUIRED = ("items",)

    items: list[FileExternalId | FileInstanceId | FileInternalId]
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
        from ..models.file_external_id import FileExternalId  # noqa: PLC0415
        from ..models.file_instance_id import FileInstanceId  # noqa: PLC0415
        from ..models.file_internal_id import FileInternalId  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> FileExternalId | FileInstanceId | FileInternalId:
                return parse_best(data, (FileInternalId, FileExternalId, FileInstanceId))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        file_link_ids = cls(
            items=items,
        )

        file_link_ids.additional_properties = d
        return file_link_ids
