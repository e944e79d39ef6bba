from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.aggregated_result_item import AggregatedResultItem
    from ..models.type_information_outer import TypeInformationOuter


T = TypeVar("T", bound="AggregationResponse")


@_attrs_define
class AggregationResponse(AdditionalProperties):
    """
    Attributes:
        items (list[AggregatedResultItem]):
        typing (TypeInformationOuter | Unset): Spaces for the requested view and containers
    """

    _FIT = {"items": ("l", ("m", "AggregatedResultItem")), "typing": ("m", "TypeInformationOuter")}
    _REQUIRED = ("items",)

    items: list[AggregatedResultItem]
    typing: TypeInformationOuter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        typing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.typing, Unset):
            typing = self.typing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if typing is not UNSET:
            field_dict["typing"] = typing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregated_result_item import AggregatedResultItem  # noqa: PLC0415
        from ..models.type_information_outer import TypeInformationOuter  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = AggregatedResultItem.from_dict(items_item_data)

            items.append(items_item)

        _typing = d.pop("typing", UNSET)
        typing: TypeInformationOuter | Unset
        if isinstance(_typing, Unset):
            typing = UNSET
        else:
            typing = TypeInformationOuter.from_dict(_typing)

        aggregation_response = cls(
            items=items,
            typing=typing,
        )

        aggregation_response.additional_properties = d
        return aggregation_response
