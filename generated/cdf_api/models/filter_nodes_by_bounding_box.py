from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.bounding_box import BoundingBox


T = TypeVar("T", bound="FilterNodesByBoundingBox")


@_attrs_define
class FilterNodesByBoundingBox(AdditionalProperties):
    """
    Attributes:
        bounding_box (BoundingBox):
        node_ids (list[int]):
    """

    _FIT = {"boundingBox": ("m", "BoundingBox"), "nodeIds": ("l", "i")}
    _REQUIRED = ("boundingBox", "nodeIds")

    bounding_box: BoundingBox
    node_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bounding_box = self.bounding_box.to_dict()

        node_ids = self.node_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "boundingBox": bounding_box,
                "nodeIds": node_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bounding_box import BoundingBox  # noqa: PLC0415

        d = dict(src_dict)
        bounding_box = BoundingBox.from_dict(d.pop("boundingBox"))

        node_ids = cast(list[int], d.pop("nodeIds"))

        filter_nodes_by_bounding_box = cls(
            bounding_box=bounding_box,
            node_ids=node_ids,
        )

        filter_nodes_by_bounding_box.additional_properties = d
        return filter_nodes_by_bounding_box
