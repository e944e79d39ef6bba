from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ListOfSpaceIdsResponseItemsItem")


@_attrs_define
class ListOfSpaceIdsResponseItemsItem(AdditionalProperties):
    """
    Attributes:
        space (str):
    """

    _FIT = {"space": "s"}
    _REQUIRED = ("space",)

    space: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space = d.pop("space")

        list_of_space_ids_response_items_item = cls(
            space=space,
        )

        list_of_space_ids_response_items_item.additional_properties = d
        return list_of_space_ids_response_items_item
