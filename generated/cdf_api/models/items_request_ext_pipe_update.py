from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.ext_pipe_update_by_external_id import ExtPipeUpdateByExternalId
    from ..models.ext_pipe_update_by_id import ExtPipeUpdateById


T = TypeVar("T", bound="ItemsRequestExtPipeUpdate")


@_attrs_define
class ItemsRequestExtPipeUpdate(AdditionalProperties):
    """
    Attributes:
        items (list[ExtPipeUpdateByExternalId | ExtPipeUpdateById]):
    """

    _FIT = {"items": ("l", ("u", (("m", "ExtPipeUpdateById"), ("m", "ExtPipeUpdateByExternalId"))))}
    _REQUIRED = ("items",)

    items: list[ExtPipeUpdateByExternalId | ExtPipeUpdateById]
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
        from ..models.ext_pipe_update_by_external_id import ExtPipeUpdateByExternalId  # noqa: PLC0415
        from ..models.ext_pipe_update_by_id import ExtPipeUpdateById  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> ExtPipeUpdateByExternalId | ExtPipeUpdateById:
                return parse_best(data, (ExtPipeUpdateById, ExtPipeUpdateByExternalId))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        items_request_ext_pipe_update = cls(
            items=items,
        )

        items_request_ext_pipe_update.additional_properties = d
        return items_request_ext_pipe_update
