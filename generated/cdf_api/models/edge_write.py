from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.direct_relation_reference import DirectRelationReference
    from ..models.edge_or_node_data import EdgeOrNodeData


T = TypeVar("T", bound="EdgeWrite")


@_attrs_define
class EdgeWrite(AdditionalProperties):
    """Edge to create or update

    Attributes:
        instance_type (Literal['edge']):
        type_ (DirectRelationReference): Reference to the node pointed to by the direct relation. The reference consists
            of a space and an external-id.
        space (str):
        external_id (str):
        start_node (DirectRelationReference): Reference to the node pointed to by the direct relation. The reference
            consists of a space and an external-id.
        end_node (DirectRelationReference): Reference to the node pointed to by the direct relation. The reference
            consists of a space and an external-id.
        existing_version (int | Unset): Fail the ingestion request if the edge's version is greater than this value. If
            no existingVersion is specified, the ingestion will always overwrite any existing data for the edge (for the
            specified container or view). If existingVersion is set to 0, the upsert will behave as an insert, so it will
            fail the bulk if the item already exists. If skipOnVersionConflict is set on the ingestion request, then the
            item will be skipped instead of failing the ingestion request.
        sources (list[EdgeOrNodeData] | Unset): Properties to write to in a view or container, for the edge.
    """

    _FIT = {
        "instanceType": ("c", "edge"),
        "type": ("m", "DirectRelationReference"),
        "space": "s",
        "externalId": "s",
        "startNode": ("m", "DirectRelationReference"),
        "endNode": ("m", "DirectRelationReference"),
        "existingVersion": "i",
        "sources": ("l", ("m", "EdgeOrNodeData")),
    }
    _REQUIRED = ("instanceType", "type", "space", "externalId", "startNode", "endNode")

    instance_type: Literal["edge"]
    type_: DirectRelationReference
    space: str
    external_id: str
    start_node: DirectRelationReference
    end_node: DirectRelationReference
    existing_version: int | Unset = UNSET
    sources: list[EdgeOrNodeData] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_type = self.instance_type

        type_ = self.type_.to_dict()

        space = self.space

        external_id = self.external_id

        start_node = self.start_node.to_dict()

        end_node = self.end_node.to_dict()

        existing_version = self.existing_version

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceType": instance_type,
                "type": type_,
                "space": space,
                "externalId": external_id,
                "startNode": start_node,
                "endNode": end_node,
            }
        )
        if existing_version is not UNSET:
            field_dict["existingVersion"] = existing_version
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.direct_relation_reference import DirectRelationReference  # noqa: PLC0415
        from ..models.edge_or_node_data import EdgeOrNodeData  # noqa: PLC0415

        d = dict(src_dict)
        instance_type = cast(Literal["edge"], d.pop("instanceType"))
        if instance_type != "edge":
            raise ValueError(f"instanceType must match const 'edge', got '{instance_type}'")

        type_ = DirectRelationReference.from_dict(d.pop("type"))

        space = d.pop("space")

        external_id = d.pop("externalId")

        start_node = DirectRelationReference.from_dict(d.pop("startNode"))

        end_node = DirectRelationReference.from_dict(d.pop("endNode"))

        existing_version = d.pop("existingVersion", UNSET)

        _sources = d.pop("sources", UNSET)
        sources: list[EdgeOrNodeData] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = EdgeOrNodeData.from_dict(sources_item_data)

                sources.append(sources_item)

        edge_write = cls(
            instance_type=instance_type,
            type_=type_,
            space=space,
            external_id=external_id,
            start_node=start_node,
            end_node=end_node,
            existing_version=existing_version,
            sources=sources,
        )

        edge_write.additional_properties = d
        return edge_write
