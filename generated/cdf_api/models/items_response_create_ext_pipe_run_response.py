from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.create_ext_pipe_run_response import CreateExtPipeRunResponse


T = TypeVar("T", bound="ItemsResponseCreateExtPipeRunResponse")


@_attrs_define
class ItemsResponseCreateExtPipeRunResponse(AdditionalProperties):
    """
    Attributes:
        items (list[CreateExtPipeRunResponse] | Unset):
    """

    _FIT = {"items": ("l", ("m", "CreateExtPipeRunResponse"))}
    _REQUIRED = ()

    items: list[CreateExtPipeRunResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
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
        from ..models.create_ext_pipe_run_response import CreateExtPipeRunResponse  # noqa: PLC0415

        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[CreateExtPipeRunResponse] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = CreateExtPipeRunResponse.from_dict(items_item_data)

                items.append(items_item)

        items_response_create_ext_pipe_run_response = cls(
            items=items,
        )

        items_response_create_ext_pipe_run_response.additional_properties = d
        return items_response_create_ext_pipe_run_response
