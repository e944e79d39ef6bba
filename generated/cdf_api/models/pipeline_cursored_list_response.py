from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.pipeline_response_item import PipelineResponseItem


T = TypeVar("T", bound="PipelineCursoredListResponse")


@_attrs_define
class PipelineCursoredListResponse(AdditionalProperties):
    """
    Attributes:
        items (list[PipelineResponseItem]):
        next_cursor (None | str | Unset): A cursor to get the next page of results (if available).
            If you want the next page of results, call the endpoint with the same parameters, and set `cursor`
            to this value. Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
    """

    _FIT = {"items": ("l", ("m", "PipelineResponseItem")), "nextCursor": ("u", ("s", None))}
    _REQUIRED = ("items",)

    items: list[PipelineResponseItem]
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pipeline_response_item import PipelineResponseItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = PipelineResponseItem.from_dict(items_item_data)

            items.append(items_item)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("nextCursor", UNSET))

        pipeline_cursored_list_response = cls(
            items=items,
            next_cursor=next_cursor,
        )

        pipeline_cursored_list_response.additional_properties = d
        return pipeline_cursored_list_response
