from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.bounding_box_3d import BoundingBox3D


T = TypeVar("T", bound="NodesWithBoundingBox")


@_attrs_define
class NodesWithBoundingBox(AdditionalProperties):
    """
    Attributes:
        id (int): The ID of the node. Example: 1000.
        tree_index (int): The index of the node in the 3D model hierarchy, starting from 0. The tree is traversed in a
            depth-first order. Example: 3.
        depth (int): The depth of the node in the tree, starting from 0 at the root node. Example: 2.
        name (str): The name of the node. Example: Node name.
        subtree_size (int): The number of descendants of the node, plus one (counting itself). Example: 4.
        bounding_box (BoundingBox3D): The bounding box of the subtree with this sector as the root sector. Is null if
            there are no geometries in the subtree.
    """

    _FIT = {
        "id": "i",
        "treeIndex": "i",
        "depth": "i",
        "name": "s",
        "subtreeSize": "i",
        "boundingBox": ("m", "BoundingBox3D"),
    }
    _REQUIRED = ("id", "treeIndex", "depth", "name", "subtreeSize", "boundingBox")

    id: int
    tree_index: int
    depth: int
    name: str
    subtree_size: int
    bounding_box: BoundingBox3D
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tree_index = self.tree_index

        depth = self.depth

        name = self.name

        subtree_size = self.subtree_size

        bounding_box = self.bounding_box.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "treeIndex": tree_index,
                "depth": depth,
                "name": name,
                "subtreeSize": subtree_size,
                "boundingBox": bounding_box,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bounding_box_3d import BoundingBox3D  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        tree_index = d.pop("treeIndex")

        depth = d.pop("depth")

        name = d.pop("name")

        subtree_size = d.pop("subtreeSize")

        bounding_box = BoundingBox3D.from_dict(d.pop("boundingBox"))

        nodes_with_bounding_box = cls(
            id=id,
            tree_index=tree_index,
            depth=depth,
            name=name,
            subtree_size=subtree_size,
            bounding_box=bounding_box,
        )

        nodes_with_bounding_box.additional_properties = d
        return nodes_with_bounding_box
