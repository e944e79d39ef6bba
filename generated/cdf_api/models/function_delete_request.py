from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.function_external_id import FunctionExternalId
    from ..models.function_id import FunctionId


T = TypeVar("T", bound="FunctionDeleteRequest")


@_attrs_define
class FunctionDeleteRequest(AdditionalProperties):
    """
    Attributes:
        items (list[FunctionExternalId | FunctionId]):
        ignore_unknown_ids (bool | Unset): Ignore IDs and external IDs that are not found
    """

    _FIT = {"items": ("l", ("u", (("m", "FunctionId"), ("m", "FunctionExternalId")))), "ignoreUnknownIds": "b"}
    _REQUIRED = ("items",)

    items: list[FunctionExternalId | FunctionId]
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
        from ..models.function_external_id import FunctionExternalId  # noqa: PLC0415
        from ..models.function_id import FunctionId  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> FunctionExternalId | FunctionId:
                return parse_best(data, (FunctionId, FunctionExternalId))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        ignore_unknown_ids = d.pop("ignoreUnknownIds", UNSET)

        function_delete_request = cls(
            items=items,
            ignore_unknown_ids=ignore_unknown_ids,
        )

        function_delete_request.additional_properties = d
        return function_delete_request
