from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.bounding_box_3d import BoundingBox3D
    from ..models.node_properties_3d import NodeProperties3D


T = TypeVar("T", bound="Node3D")


@_attrs_define
class Node3D(AdditionalProperties):
    """
    Attributes:
        id (int): The ID of the node. Example: 1000.
        tree_index (int): The index of the node in the 3D model hierarchy, starting from 0. The tree is traversed in a
            depth-first order. Example: 3.
        depth (int): The depth of the node in the tree, starting from 0 at the root node. Example: 2.
        name (str): The name of the node. Example: Node name.
        subtree_size (int): The number of descendants of the node, plus one (counting itself). Example: 4.
        parent_id (int | Unset): The parent of the node, null if it is the root node. Example: 2.
        properties (NodeProperties3D | Unset): Properties extracted from 3D model, with property categories containing
            key/value string pairs. Example: {'category1': {'property1': 'value1', 'property2': 'value2'}, 'category2':
            {'property1': 'value1', 'property2': 'value2'}}.
        bounding_box (BoundingBox3D | Unset): The bounding box of the subtree with this sector as the root sector. Is
            null if there are no geometries in the subtree.
    """

    _FIT = {
        "id": "i",
        "treeIndex": "i",
        "depth": "i",
        "name": "s",
        "subtreeSize": "i",
        "parentId": "i",
        "properties": ("m", "NodeProperties3D"),
        "boundingBox": ("m", "BoundingBox3D"),
    }
    _REQUIRED = ("id", "treeIndex", "depth", "name", "subtreeSize")

    id: int
    tree_index: int
    depth: int
    name: str
    subtree_size: int
    parent_id: int | Unset = UNSET
    properties: NodeProperties3D | Unset = UNSET
    bounding_box: BoundingBox3D | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tree_index = self.tree_index

        depth = self.depth

        name = self.name

        subtree_size = self.subtree_size

        parent_id = self.parent_id

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        bounding_box: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bounding_box, Unset):
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
            }
        )
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if properties is not UNSET:
            field_dict["properties"] = properties
        if bounding_box is not UNSET:
            field_dict["boundingBox"] = bounding_box

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bounding_box_3d import BoundingBox3D  # noqa: PLC0415
        from ..models.node_properties_3d import NodeProperties3D  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        tree_index = d.pop("treeIndex")

        depth = d.pop("depth")

        name = d.pop("name")

        subtree_size = d.pop("subtreeSize")

        parent_id = d.pop("parentId", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: NodeProperties3D | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = NodeProperties3D.from_dict(_properties)

        _bounding_box = d.pop("boundingBox", UNSET)
        bounding_box: BoundingBox3D | Unset
        if isinstance(_bounding_box, Unset):
            bounding_box = UNSET
        else:
            bounding_box = BoundingBox3D.from_dict(_bounding_box)

        node_3d = cls(
            id=id,
            tree_index=tree_index,
            depth=depth,
            name=name,
            subtree_size=subtree_size,
            parent_id=parent_id,
            properties=properties,
            bounding_box=bounding_box,
        )

        node_3d.additional_properties = d
        return node_3d
