"""Views: mapped properties and connections (write ``...Apply`` and read classes), as in the official SDK.

Example:
    >>> from cognite.client.data_classes.data_modeling import ContainerId, MappedPropertyApply, ViewApply
    >>> ViewApply("my_space", "Pump", "v1", properties={"name": MappedPropertyApply(ContainerId("my_space", "Pump"), "name")}).dump()["properties"]
    {'name': {'container': {'space': 'my_space', 'externalId': 'Pump', 'type': 'container'}, 'containerPropertyIdentifier': 'name'}}
"""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from typing_extensions import Self

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes.data_modeling._schema_base import SchemaResource, load_list, load_map
from cognite.client.data_classes.data_modeling.data_types import PropertyType
from cognite.client.data_classes.data_modeling.ids import ContainerId, DirectRelationReference, PropertyId, ViewId

ViewUsedFor = Literal["node", "edge", "all", "record"]
Direction = Literal["outwards", "inwards"]


def _by_kind(resource: dict[str, Any], family: dict[str, type[SchemaResource]], mapped: type[SchemaResource]) -> Any:
    """A view property: mapped when it names a container, else the connection type it names."""
    if isinstance(resource, SchemaResource):
        return resource
    if "container" in resource:
        return mapped._load(resource)
    kind = resource.get("connectionType", resource.get("connection_type"))
    if kind not in family:
        raise ValueError(f"Unknown view property connectionType={kind!r}; known: {', '.join(family)}")
    return family[kind]._load(resource)


# -- write side --------------------------------------------------------------------------------------------------
class ViewPropertyApply(SchemaResource):
    """A property of a view to apply (base class): ``MappedPropertyApply`` or a connection."""

    @classmethod
    def _load(cls, resource: dict[str, Any] | Self, cognite_client: Any = None) -> Self:  # type: ignore[override]
        if cls is ViewPropertyApply:
            return _by_kind(resource, ConnectionDefinitionApply._family or {}, MappedPropertyApply)  # type: ignore[arg-type]
        return super()._load(resource, cognite_client)


class MappedPropertyApply(ViewPropertyApply):
    container: ContainerId
    container_property_identifier: str
    name: str | None
    description: str | None
    source: ViewId | None
    _nested: ClassVar[dict[str, Any]] = {"container": ContainerId.load, "source": ViewId.load}

    def __init__(
        self,
        container: ContainerId,
        container_property_identifier: str,
        name: str | None = None,
        description: str | None = None,
        source: ViewId | None = None,
    ) -> None:
        self._init(locals())


class ConnectionDefinitionApply(ViewPropertyApply):
    _family: ClassVar[dict[str, type[SchemaResource]] | None] = {}


class EdgeConnectionApply(ConnectionDefinitionApply):
    type: DirectRelationReference
    source: ViewId
    name: str | None
    description: str | None
    edge_source: ViewId | None
    direction: Direction
    _nested: ClassVar[dict[str, Any]] = {
        "type": DirectRelationReference.load,
        "source": ViewId.load,
        "edge_source": ViewId.load,
    }

    def __init__(
        self,
        type: DirectRelationReference,
        source: ViewId,
        name: str | None = None,
        description: str | None = None,
        edge_source: ViewId | None = None,
        direction: Direction = "outwards",
    ) -> None:
        self._init(locals())


class SingleEdgeConnectionApply(EdgeConnectionApply):
    _discriminator = ("connectionType", "single_edge_connection")


class MultiEdgeConnectionApply(EdgeConnectionApply):
    _discriminator = ("connectionType", "multi_edge_connection")


class ReverseDirectRelationApply(ConnectionDefinitionApply):
    source: ViewId
    through: PropertyId
    name: str | None
    description: str | None
    _nested: ClassVar[dict[str, Any]] = {"source": ViewId.load, "through": PropertyId.load}

    def __init__(
        self, source: ViewId, through: PropertyId, name: str | None = None, description: str | None = None
    ) -> None:
        self._init(locals())


class SingleReverseDirectRelationApply(ReverseDirectRelationApply):
    _discriminator = ("connectionType", "single_reverse_direct_relation")


class MultiReverseDirectRelationApply(ReverseDirectRelationApply):
    _discriminator = ("connectionType", "multi_reverse_direct_relation")


# -- read side ---------------------------------------------------------------------------------------------------
class ViewProperty(SchemaResource):
    """A property of a view as CDF returns it (base class): ``MappedProperty`` or a connection."""

    @classmethod
    def _load(cls, resource: dict[str, Any] | Self, cognite_client: Any = None) -> Self:  # type: ignore[override]
        if cls is ViewProperty:
            return _by_kind(resource, ConnectionDefinition._family or {}, MappedProperty)  # type: ignore[arg-type]
        return super()._load(resource, cognite_client)

    def as_apply(self) -> ViewPropertyApply:
        raise NotImplementedError


class MappedProperty(ViewProperty):
    container: ContainerId
    container_property_identifier: str
    type: PropertyType
    nullable: bool
    immutable: bool
    auto_increment: bool
    source: ViewId | None
    default_value: str | int | dict | None
    name: str | None
    description: str | None
    _nested: ClassVar[dict[str, Any]] = {
        "container": ContainerId.load,
        "source": ViewId.load,
        "type": PropertyType._load,
    }

    def __init__(
        self,
        container: ContainerId,
        container_property_identifier: str,
        type: PropertyType,
        nullable: bool,
        immutable: bool,
        auto_increment: bool,
        source: ViewId | None = None,
        default_value: str | int | dict | None = None,
        name: str | None = None,
        description: str | None = None,
    ) -> None:
        self._init(locals())

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = super().dump(camel_case)
        out["container"] = self.container.dump(camel_case, include_type=False)  # as the official SDK dumps a read view
        return out

    def as_apply(self) -> MappedPropertyApply:
        return MappedPropertyApply(
            self.container, self.container_property_identifier, self.name, self.description, self.source
        )


class ConnectionDefinition(ViewProperty):
    _family: ClassVar[dict[str, type[SchemaResource]] | None] = {}


class EdgeConnection(ConnectionDefinition):
    type: DirectRelationReference
    source: ViewId
    name: str | None
    description: str | None
    edge_source: ViewId | None
    direction: Direction
    _nested: ClassVar[dict[str, Any]] = EdgeConnectionApply._nested
    _dump_none = ("name", "description", "edge_source")
    _apply: ClassVar[builtins.type[EdgeConnectionApply]]

    def __init__(
        self,
        type: DirectRelationReference,
        source: ViewId,
        name: str | None,
        description: str | None,
        edge_source: ViewId | None,
        direction: Direction,
    ) -> None:
        self._init(locals())

    def as_apply(self) -> EdgeConnectionApply:
        return self._apply(self.type, self.source, self.name, self.description, self.edge_source, self.direction)


class SingleEdgeConnection(EdgeConnection):
    _discriminator = ("connectionType", "single_edge_connection")
    _apply = SingleEdgeConnectionApply


class MultiEdgeConnection(EdgeConnection):
    _discriminator = ("connectionType", "multi_edge_connection")
    _apply = MultiEdgeConnectionApply


class ReverseDirectRelation(ConnectionDefinition):
    source: ViewId
    through: PropertyId
    name: str | None
    description: str | None
    _nested: ClassVar[dict[str, Any]] = ReverseDirectRelationApply._nested
    _dump_none = ("name", "description")
    _apply: ClassVar[type[ReverseDirectRelationApply]]

    def __init__(
        self, source: ViewId, through: PropertyId, name: str | None = None, description: str | None = None
    ) -> None:
        self._init(locals())

    def as_apply(self) -> ReverseDirectRelationApply:
        return self._apply(self.source, self.through, self.name, self.description)


class SingleReverseDirectRelation(ReverseDirectRelation):
    _discriminator = ("connectionType", "single_reverse_direct_relation")
    _apply = SingleReverseDirectRelationApply


class MultiReverseDirectRelation(ReverseDirectRelation):
    _discriminator = ("connectionType", "multi_reverse_direct_relation")
    _apply = MultiReverseDirectRelationApply


# -- views -------------------------------------------------------------------------------------------------------
class ViewCore(SchemaResource):
    space: str
    external_id: str
    version: str
    description: str | None
    name: str | None
    filter: dict[str, Any] | None
    implements: list[ViewId] | None

    def as_id(self) -> ViewId:
        return ViewId(self.space, self.external_id, self.version)

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = super().dump(camel_case)
        flt = out.get("filter")
        if flt is not None and hasattr(flt, "dump"):  # a filter object (instances side) dumps itself
            out["filter"] = flt.dump()
        return out


class ViewApply(ViewCore):
    properties: dict[str, ViewPropertyApply] | None
    _nested: ClassVar[dict[str, Any]] = {
        "implements": load_list(ViewId.load),
        "properties": load_map(ViewPropertyApply),
    }

    def __init__(
        self,
        space: str,
        external_id: str,
        version: str,
        description: str | None = None,
        name: str | None = None,
        filter: Any = None,
        implements: list[ViewId] | None = None,
        properties: dict[str, ViewPropertyApply] | None = None,
    ) -> None:
        self._init(locals())

    def as_write(self) -> ViewApply:
        return self

    def referenced_containers(self) -> set[ContainerId]:
        return {p.container for p in (self.properties or {}).values() if isinstance(p, MappedPropertyApply)}


class View(ViewCore):
    properties: dict[str, ViewProperty]
    last_updated_time: int
    created_time: int
    writable: bool
    used_for: ViewUsedFor
    is_global: bool
    stream_id: list[str] | None
    _nested: ClassVar[dict[str, Any]] = {
        "implements": load_list(ViewId.load),
        "properties": load_map(ViewProperty),
    }

    def __init__(
        self,
        space: str,
        external_id: str,
        version: str,
        properties: dict[str, ViewProperty],
        last_updated_time: int,
        created_time: int,
        description: str | None,
        name: str | None,
        filter: Any,
        implements: list[ViewId] | None,
        writable: bool,
        used_for: ViewUsedFor,
        is_global: bool,
        stream_id: list[str] | None = None,
    ) -> None:
        self._init(locals())

    def as_apply(self) -> ViewApply:
        return ViewApply(
            self.space,
            self.external_id,
            self.version,
            self.description,
            self.name,
            self.filter,
            list(self.implements) if self.implements is not None else None,
            {k: p.as_apply() for k, p in (self.properties or {}).items()},
        )

    def as_write(self) -> ViewApply:  # type: ignore[override]
        return self.as_apply()

    def referenced_containers(self) -> set[ContainerId]:
        return {p.container for p in (self.properties or {}).values() if isinstance(p, MappedProperty)}


class ViewApplyList(CogniteResourceList[ViewApply]):
    _RESOURCE = ViewApply

    def as_ids(self) -> list[ViewId]:  # type: ignore[override]
        return [v.as_id() for v in self]

    def referenced_containers(self) -> set[ContainerId]:
        return {c for v in self for c in v.referenced_containers()}


class ViewList(WriteableCogniteResourceList[View, ViewApplyList]):
    _RESOURCE = View

    def as_ids(self) -> list[ViewId]:  # type: ignore[override]
        return [v.as_id() for v in self]

    def as_apply(self) -> ViewApplyList:
        return ViewApplyList([v.as_apply() for v in self])

    def referenced_containers(self) -> set[ContainerId]:
        return {c for v in self for c in v.referenced_containers()}
