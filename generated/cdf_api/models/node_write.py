from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.direct_relation_reference import DirectRelationReference
    from ..models.edge_or_node_data import EdgeOrNodeData


T = TypeVar("T", bound="NodeWrite")


@_attrs_define
class NodeWrite(AdditionalProperties):
    """Node to create or update

    Attributes:
        instance_type (Literal['node']):
        space (str):
        external_id (str):
        existing_version (int | Unset): Fail the ingestion request if the node's version is greater than this value. If
            no existingVersion is specified, the ingestion will always overwrite any existing data for the node (for the
            specified container or view). If existingVersion is set to 0, the upsert will behave as an insert, so it will
            fail the bulk if the item already exists. If skipOnVersionConflict is set on the ingestion request, then the
            item will be skipped instead of failing the ingestion request.
        type_ (DirectRelationReference | Unset): Reference to the node pointed to by the direct relation. The reference
            consists of a space and an external-id.
        sources (list[EdgeOrNodeData] | Unset): List of source properties to write. The properties are from the view
            and/or the container(s) making up this node.
    """

    _FIT = {
        "instanceType": ("c", "node"),
        "space": "s",
        "externalId": "s",
        "existingVersion": "i",
        "type": ("m", "DirectRelationReference"),
        "sources": ("l", ("m", "EdgeOrNodeData")),
    }
    _REQUIRED = ("instanceType", "space", "externalId")

    instance_type: Literal["node"]
    space: str
    external_id: str
    existing_version: int | Unset = UNSET
    type_: DirectRelationReference | Unset = UNSET
    sources: list[EdgeOrNodeData] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_type = self.instance_type

        space = self.space

        external_id = self.external_id

        existing_version = self.existing_version

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

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
                "space": space,
                "externalId": external_id,
            }
        )
        if existing_version is not UNSET:
            field_dict["existingVersion"] = existing_version
        if type_ is not UNSET:
            field_dict["type"] = type_
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.direct_relation_reference import DirectRelationReference  # noqa: PLC0415
        from ..models.edge_or_node_data import EdgeOrNodeData  # noqa: PLC0415

        d = dict(src_dict)
        instance_type = cast(Literal["node"], d.pop("instanceType"))
        if instance_type != "node":
            raise ValueError(f"instanceType must match const 'node', got '{instance_type}'")

        space = d.pop("space")

        external_id = d.pop("externalId")

        existing_version = d.pop("existingVersion", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DirectRelationReference | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DirectRelationReference.from_dict(_type_)

        _sources = d.pop("sources", UNSET)
        sources: list[EdgeOrNodeData] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = EdgeOrNodeData.from_dict(sources_item_data)

                sources.append(sources_item)

        node_write = cls(
            instance_type=instance_type,
            space=space,
            external_id=external_id,
            existing_version=existing_version,
            type_=type_,
            sources=sources,
        )

        node_write.additional_properties = d
        return node_write
