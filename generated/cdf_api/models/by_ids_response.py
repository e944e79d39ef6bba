from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.edge_definition import EdgeDefinition
    from ..models.node_definition import NodeDefinition
    from ..models.type_information_outer import TypeInformationOuter


T = TypeVar("T", bound="ByIdsResponse")


@_attrs_define
class ByIdsResponse(AdditionalProperties):
    """
    Attributes:
        items (list[EdgeDefinition | NodeDefinition]): List of nodes and edges
        typing (TypeInformationOuter | Unset): Spaces for the requested view and containers
    """

    _FIT = {
        "items": ("l", ("u", (("m", "NodeDefinition"), ("m", "EdgeDefinition")))),
        "typing": ("m", "TypeInformationOuter"),
    }
    _REQUIRED = ("items",)

    items: list[EdgeDefinition | NodeDefinition]
    typing: TypeInformationOuter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
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
        from ..models.edge_definition import EdgeDefinition  # noqa: PLC0415
        from ..models.node_definition import NodeDefinition  # noqa: PLC0415
        from ..models.type_information_outer import TypeInformationOuter  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> EdgeDefinition | NodeDefinition:
                return parse_best(data, (NodeDefinition, EdgeDefinition))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        _typing = d.pop("typing", UNSET)
        typing: TypeInformationOuter | Unset
        if isinstance(_typing, Unset):
            typing = UNSET
        else:
            typing = TypeInformationOuter.from_dict(_typing)

        by_ids_response = cls(
            items=items,
            typing=typing,
        )

        by_ids_response.additional_properties = d
        return by_ids_response
