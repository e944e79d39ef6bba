"""Data modeling instances: nodes and edges (write / read / apply-result forms), their lists and the results of
``client.data_modeling.instances`` calls.

Loading is on the hot path (a list of 100k nodes): a node's ``properties`` wire object
``{space: {"view/version": {...}}}`` becomes a :class:`Properties` keyed by ``ViewId`` with the property dicts
kept as they came (no per-property objects), and the ``ViewId`` keys are shared between instances.
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, MutableMapping, Sequence, ValuesView
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeAlias, TypeVar, cast

from typing_extensions import Self

from cognite.client.data_classes._base import CogniteResource, CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes.aggregations import AggregatedNumberedValue
from cognite.client.data_classes.data_modeling.ids import ContainerId, DirectRelationReference, EdgeId, NodeId, ViewId

if TYPE_CHECKING:
    import pandas

__all__ = [
    "TypedEdge",
    "TypedEdgeApply",
    "PropertyOptions",
    "TypedNode",
    "TypedNodeApply",
    "InspectionResults",
    "InstanceInspectResult",
    "InstanceInspectResultList",
    "InstanceInspectResults",
    "InvolvedContainers",
    "InvolvedViews",
    "DirectRelationReference",
    "Edge",
    "EdgeApply",
    "EdgeApplyList",
    "EdgeApplyResult",
    "EdgeApplyResultList",
    "EdgeList",
    "InstanceAggregationResult",
    "InstanceAggregationResultList",
    "InstanceSort",
    "InstancesApplyResult",
    "InstancesDeleteResult",
    "InstancesResult",
    "Node",
    "NodeApply",
    "NodeApplyList",
    "NodeApplyResult",
    "NodeApplyResultList",
    "NodeList",
    "NodeOrEdgeData",
    "Properties",
    "TypeInformation",
]

#: A property value as CDF stores it (a direct relation is a {"space", "externalId"} dict).
PropertyValue: TypeAlias = "str | int | float | bool | dict[str, Any] | list[Any]"


def _reference(value: Any, name: str) -> DirectRelationReference:
    try:
        return DirectRelationReference.load(value)
    except (TypeError, KeyError, ValueError) as e:
        raise TypeError(f"{name}: {e}") from None


def _ref_or_none(value: Any) -> DirectRelationReference | None:
    return None if value is None else DirectRelationReference.load(value)


def _check_id(cls_name: str, space: Any, external_id: Any) -> None:
    if not isinstance(space, str) or not space:
        raise TypeError(f"{cls_name}.space must be a non-empty str, got {space!r}")
    if not isinstance(external_id, str) or not external_id:
        raise TypeError(f"{cls_name}.external_id must be a non-empty str, got {external_id!r}")


# -- properties ------------------------------------------------------------------------------------------------
_VIEW_KEYS: dict[tuple[str, str], ViewId] = {}  # ("space", "view/version") -> ViewId, shared by all loaded nodes


def _view_of(space: str, key: str) -> ViewId:
    view = _VIEW_KEYS.get((space, key))
    if view is None:
        external_id, _, version = key.partition("/")
        view = ViewId(space, external_id, version or None)
        if len(_VIEW_KEYS) < 10_000:  # bounded: the views of a project, not of a user's data
            _VIEW_KEYS[(space, key)] = view
    return view


def _as_view_id(view: Any) -> ViewId:
    if isinstance(view, ViewId):
        return view
    if isinstance(view, tuple) and 2 <= len(view) <= 3:
        return ViewId(*view)
    if isinstance(view, dict):
        return ViewId(str(view["space"]), str(view.get("externalId", view.get("external_id"))), view.get("version"))
    raise TypeError(f"a view is a ViewId or a (space, external_id[, version]) tuple, not {view!r}")


class Properties(MutableMapping[ViewId, MutableMapping[str, PropertyValue]]):
    """An instance's properties by view: ``node.properties[ViewId("sp", "Pump", "v1")]["name"]``.

    Example:
        >>> from cognite.client.data_classes.data_modeling import ViewId
        >>> from cognite.client.data_classes.data_modeling.instances import Properties
        >>> props = Properties.load({"sp": {"Pump/v1": {"name": "p"}}})
        >>> props[ViewId("sp", "Pump", "v1")]["name"], props.dump()
        ('p', {'sp': {'Pump/v1': {'name': 'p'}}})
    """

    __slots__ = ("data",)

    def __init__(self, properties: MutableMapping[ViewId, MutableMapping[str, PropertyValue]]) -> None:
        self.data = properties

    @classmethod
    def load(cls, data: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> Properties:
        out: dict[ViewId, MutableMapping[str, Any]] = {}
        for space, views in data.items():
            for key, props in views.items():
                out[_view_of(space, key)] = props  # type: ignore[assignment]  # the wire dict itself, not a copy
        obj = cls.__new__(cls)
        obj.data = out
        return obj

    def dump(self) -> dict[str, dict[str, dict[str, PropertyValue]]]:
        out: dict[str, dict[str, dict[str, Any]]] = {}
        for view, props in self.data.items():
            key = view.external_id if view.version is None else f"{view.external_id}/{view.version}"
            out.setdefault(view.space, {})[key] = dict(props)
        return out

    def items(self) -> ItemsView[ViewId, MutableMapping[str, PropertyValue]]:
        return self.data.items()

    def keys(self) -> KeysView[ViewId]:
        return self.data.keys()

    def values(self) -> ValuesView[MutableMapping[str, PropertyValue]]:
        return self.data.values()

    def __iter__(self) -> Iterator[ViewId]:
        return iter(self.data)

    def __getitem__(self, view: ViewId | tuple[str, str] | tuple[str, str, str]) -> MutableMapping[str, PropertyValue]:
        return self.data.get(_as_view_id(view), {})

    def __contains__(self, item: object) -> bool:
        try:
            return _as_view_id(item) in self.data
        except TypeError:
            return False

    def __len__(self) -> int:
        return len(self.data)

    def __delitem__(self, view: ViewId | tuple[str, str] | tuple[str, str, str]) -> None:
        del self.data[_as_view_id(view)]

    def __setitem__(
        self, view: ViewId | tuple[str, str] | tuple[str, str, str], properties: MutableMapping[str, PropertyValue]
    ) -> None:
        self.data[_as_view_id(view)] = properties

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Properties) and self.data == other.data

    def __repr__(self) -> str:
        return f"Properties({self.dump()!r})"


class TypeInformation(dict):  # type: ignore[type-arg]
    """``typing`` of a list / retrieve answer with ``include_typing=True``: {space: {"view/version": {prop: type}}}."""

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return dict(self)


# -- write ---------------------------------------------------------------------------------------------------
class NodeOrEdgeData(CogniteResource):
    """Property values of an instance for one source (a view or a container).

    Example:
        >>> from cognite.client.data_classes.data_modeling import ViewId
        >>> from cognite.client.data_classes.data_modeling.instances import NodeOrEdgeData
        >>> NodeOrEdgeData(ViewId("sp", "Pump", "v1"), {"name": "p"}).dump()["source"]
        {'space': 'sp', 'externalId': 'Pump', 'version': 'v1', 'type': 'view'}
    """

    def __init__(self, source: ContainerId | ViewId, properties: Mapping[str, PropertyValue]) -> None:
        if not isinstance(source, (ContainerId, ViewId)):
            raise TypeError(f"NodeOrEdgeData.source must be a ViewId or a ContainerId, got {source!r}")
        if not isinstance(properties, Mapping):
            raise TypeError(f"NodeOrEdgeData.properties must be a mapping, got {type(properties).__name__}")
        self.source = source
        self.properties = properties
        self._cognite_client = None

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        # hot path (apply of 100k nodes): copy the values, convert only node references
        props = dict(self.properties)
        for key, value in props.items():
            if isinstance(value, _REFERENCES) or (type(value) is list and value and isinstance(value[0], _REFERENCES)):
                props[key] = _dump_property(value)
        return {"properties": props, "source": self.source.dump()}

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        src = resource["source"]
        source: ContainerId | ViewId
        if src.get("type") == "container":
            source = ContainerId(src["space"], src["externalId"])
        else:
            source = ViewId(src["space"], src["externalId"], src.get("version"))
        return cls(source, resource.get("properties") or {})

    def __repr__(self) -> str:
        return f"NodeOrEdgeData(source={self.source!r}, properties={dict(self.properties)!r})"


_REFERENCES = (DirectRelationReference, NodeId)


def _dump_property(value: Any) -> Any:
    """Property values as on the wire: node references / ids as ``{space, externalId}``."""
    if isinstance(value, (DirectRelationReference, NodeId)):
        return {"space": value.space, "externalId": value.external_id}
    if isinstance(value, list) and value and isinstance(value[0], (DirectRelationReference, NodeId)):
        return [_dump_property(v) for v in value]
    return value


class _InstanceApply(CogniteResource):
    _instance_type: ClassVar[Literal["node", "edge"]]
    space: str
    external_id: str
    existing_version: int | None
    sources: list[NodeOrEdgeData] | None

    def _dump_common(self, camel_case: bool) -> dict[str, Any]:
        out: dict[str, Any] = {
            "space": self.space,
            "externalId" if camel_case else "external_id": self.external_id,
            "instanceType" if camel_case else "instance_type": self._instance_type,
        }
        if self.existing_version is not None:
            out["existingVersion" if camel_case else "existing_version"] = self.existing_version
        if self.sources:
            out["sources"] = [s.dump(camel_case) for s in self.sources]
        return out

    def as_id(self) -> NodeId | EdgeId:
        raise NotImplementedError

    def as_write(self) -> Self:
        return self

    def __repr__(self) -> str:
        return f"{type(self).__name__}(space={self.space!r}, external_id={self.external_id!r})"

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self.dump() == other.dump()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]


def _check_sources(sources: Any) -> list[NodeOrEdgeData] | None:
    if sources is None:
        return None
    if isinstance(sources, NodeOrEdgeData):
        raise TypeError("sources must be a list of NodeOrEdgeData, not one")
    out = list(sources)
    for s in out:
        if not isinstance(s, NodeOrEdgeData):
            raise TypeError(f"sources must hold NodeOrEdgeData, got {type(s).__name__}")
    return out


class NodeApply(_InstanceApply):
    """A node to create or update.

    Example:
        >>> from cognite.client.data_classes.data_modeling import NodeApply, NodeOrEdgeData, ViewId
        >>> NodeApply("sp", "pump1", sources=[NodeOrEdgeData(ViewId("sp", "Pump", "v1"), {"name": "p1"})]).dump()["externalId"]
        'pump1'
    """

    _instance_type = "node"

    def __init__(
        self,
        space: str,
        external_id: str,
        existing_version: int | None = None,
        sources: list[NodeOrEdgeData] | None = None,
        type: DirectRelationReference | tuple[str, str] | None = None,
    ) -> None:
        _check_id("NodeApply", space, external_id)
        self.space = space
        self.external_id = external_id
        self.existing_version = existing_version
        self.sources = _check_sources(sources)
        self.type = _ref_or_none(type)
        self._cognite_client = None

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = self._dump_common(camel_case)
        if self.type is not None:
            out["type"] = self.type.dump(camel_case)
        return out

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        return cls(
            resource["space"],
            resource["externalId"],
            resource.get("existingVersion"),
            [NodeOrEdgeData._load(s) for s in resource["sources"]] if resource.get("sources") else None,
            _ref_or_none(resource.get("type")),
        )

    def as_id(self) -> NodeId:
        return NodeId(self.space, self.external_id)


class EdgeApply(_InstanceApply):
    """An edge to create or update.

    Example:
        >>> from cognite.client.data_classes.data_modeling import EdgeApply
        >>> EdgeApply("sp", "e1", type=("sp", "flows"), start_node=("sp", "a"), end_node=("sp", "b")).dump()["startNode"]
        {'space': 'sp', 'externalId': 'a'}
    """

    _instance_type = "edge"

    def __init__(
        self,
        space: str,
        external_id: str,
        type: DirectRelationReference | tuple[str, str],
        start_node: DirectRelationReference | tuple[str, str],
        end_node: DirectRelationReference | tuple[str, str],
        existing_version: int | None = None,
        sources: list[NodeOrEdgeData] | None = None,
    ) -> None:
        _check_id("EdgeApply", space, external_id)
        self.space = space
        self.external_id = external_id
        self.type = _reference(type, "EdgeApply.type")
        self.start_node = _reference(start_node, "EdgeApply.start_node")
        self.end_node = _reference(end_node, "EdgeApply.end_node")
        self.existing_version = existing_version
        self.sources = _check_sources(sources)
        self._cognite_client = None

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = self._dump_common(camel_case)
        out["type"] = self.type.dump(camel_case)
        out["startNode" if camel_case else "start_node"] = self.start_node.dump(camel_case)
        out["endNode" if camel_case else "end_node"] = self.end_node.dump(camel_case)
        return out

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        return cls(
            resource["space"],
            resource["externalId"],
            resource["type"],
            resource["startNode"],
            resource["endNode"],
            resource.get("existingVersion"),
            [NodeOrEdgeData._load(s) for s in resource["sources"]] if resource.get("sources") else None,
        )

    def as_id(self) -> EdgeId:
        return EdgeId(self.space, self.external_id)


# -- read ----------------------------------------------------------------------------------------------------
_WIRE_PROPERTIES = "_wire_properties"


class _PropertiesOnFirstUse:
    """``instance.properties`` of a loaded instance: its :class:`Properties` are built from the wire object the
    first time they are read (a listed instance whose properties are never looked at costs none), then kept."""

    def __get__(self, obj: Any, owner: Any = None) -> Properties:
        if obj is None:
            raise AttributeError("properties")
        props = Properties.load(obj.__dict__.pop(_WIRE_PROPERTIES, None) or {})
        obj.__dict__["properties"] = props  # found before this (non-data) descriptor from now on
        return props


class _Instance(CogniteResource):
    """What nodes and edges share: identity, version, times, properties and single-view property access."""

    _instance_type: ClassVar[Literal["node", "edge"]]
    space: str
    external_id: str
    version: int
    last_updated_time: int
    created_time: int
    deleted_time: int | None
    properties: Properties = _PropertiesOnFirstUse()  # type: ignore[assignment]  # set by __init__ or on first read

    def get(self, attr: str, default: PropertyValue | None = None) -> PropertyValue | None:
        """A property of the instance's only view (``node.get("name")``)."""
        return self._single_view(attr).get(attr, default)

    def __getitem__(self, attr: str) -> PropertyValue:
        return self._single_view(attr)[attr]

    def __setitem__(self, attr: str, value: PropertyValue) -> None:
        self._single_view(attr)[attr] = value

    def __delitem__(self, attr: str) -> None:
        del self._single_view(attr)[attr]

    def __contains__(self, attr: str) -> bool:
        return attr in self._single_view(attr)

    def _single_view(self, attr: str) -> MutableMapping[str, Any]:
        views = self.properties.data
        if len(views) == 1:
            return next(iter(views.values()))
        raise RuntimeError(
            f"{type(self).__name__}[{attr!r}] needs properties from exactly one view (it has {len(views)}); "
            "use .properties[view_id][prop]"
        )

    def _dump_common(self, camel_case: bool) -> dict[str, Any]:
        out: dict[str, Any] = {"space": self.space}
        if camel_case:
            out.update(
                externalId=self.external_id,
                version=self.version,
                lastUpdatedTime=self.last_updated_time,
                createdTime=self.created_time,
            )
            if self.deleted_time is not None:
                out["deletedTime"] = self.deleted_time
            out["instanceType"] = self._instance_type
        else:
            out.update(
                external_id=self.external_id,
                version=self.version,
                last_updated_time=self.last_updated_time,
                created_time=self.created_time,
            )
            if self.deleted_time is not None:
                out["deleted_time"] = self.deleted_time
            out["instance_type"] = self._instance_type
        out["properties"] = self.properties.dump()
        return out

    def _write_sources(self) -> list[NodeOrEdgeData] | None:
        return [NodeOrEdgeData(view, dict(props)) for view, props in self.properties.items()] or None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(space={self.space!r}, external_id={self.external_id!r}, version={self.version})"

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self.dump() == other.dump()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]

    def to_pandas(  # type: ignore[override]
        self,
        expand_metadata: bool = False,
        metadata_prefix: str = "metadata.",
        ignore: list[str] | None = None,
        camel_case: bool = False,
        convert_timestamps: bool = True,
        expand_properties: bool = True,
        remove_property_prefix: bool = True,
    ) -> pandas.DataFrame:
        """One column of the instance's fields; with ``expand_properties`` its properties as rows of their own."""
        from cognite.client.data_classes._base import _pandas

        row = _instance_row(self, camel_case, convert_timestamps, expand_properties, remove_property_prefix)
        for name in ignore or ():
            row.pop(name, None)
        return _pandas().Series(row, name="value").to_frame()


def _instance_row(
    inst: _Instance, camel_case: bool, convert_timestamps: bool, expand: bool, remove_prefix: bool
) -> dict[str, Any]:
    row = inst.dump(camel_case)
    props = row.pop("properties", {})
    if convert_timestamps:
        pd = __import__("pandas")
        for key in (
            ("lastUpdatedTime", "createdTime", "deletedTime")
            if camel_case
            else (
                "last_updated_time",
                "created_time",
                "deleted_time",
            )
        ):
            if row.get(key) is not None:
                row[key] = pd.Timestamp(row[key], unit="ms")
    if not expand:
        if props:
            row["properties"] = props
        return row
    for space, views in props.items():
        for key, values in views.items():
            for prop, value in values.items():
                row[prop if remove_prefix else f"{space}.{key}.{prop}"] = value
    return row


class Node(_Instance):
    """A node as CDF returns it."""

    _instance_type = "node"

    def __init__(
        self,
        space: str,
        external_id: str,
        version: int,
        last_updated_time: int,
        created_time: int,
        deleted_time: int | None,
        properties: Properties | None,
        type: DirectRelationReference | tuple[str, str] | None,
    ) -> None:
        self.space = space
        self.external_id = external_id
        self.version = version
        self.last_updated_time = last_updated_time
        self.created_time = created_time
        self.deleted_time = deleted_time
        self.properties = properties if properties is not None else Properties({})
        self.type = _ref_or_none(type)
        self._cognite_client = None

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        # hot path: no __init__ checks, properties kept as their wire dicts (Properties made on first read)
        obj = cls.__new__(cls)
        t = resource.get("type")
        obj.__dict__ = {
            "space": resource["space"],
            "external_id": resource["externalId"],
            "version": resource["version"],
            "last_updated_time": resource["lastUpdatedTime"],
            "created_time": resource["createdTime"],
            "deleted_time": resource.get("deletedTime"),
            _WIRE_PROPERTIES: resource.get("properties"),
            "type": None if t is None else DirectRelationReference(t["space"], t["externalId"]),
            "_cognite_client": cognite_client,
        }
        return obj

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = self._dump_common(camel_case)
        if self.type is not None:
            out["type"] = self.type.dump(camel_case)
        return out

    def as_id(self) -> NodeId:
        return NodeId(self.space, self.external_id)

    def as_write(self) -> NodeApply:  # type: ignore[override]
        return NodeApply(self.space, self.external_id, self.version, self._write_sources(), self.type)


class Edge(_Instance):
    """An edge as CDF returns it."""

    _instance_type = "edge"

    def __init__(
        self,
        space: str,
        external_id: str,
        version: int,
        type: DirectRelationReference | tuple[str, str],
        last_updated_time: int,
        created_time: int,
        start_node: DirectRelationReference | tuple[str, str],
        end_node: DirectRelationReference | tuple[str, str],
        deleted_time: int | None,
        properties: Properties | None,
    ) -> None:
        self.space = space
        self.external_id = external_id
        self.version = version
        self.type = DirectRelationReference.load(type)
        self.last_updated_time = last_updated_time
        self.created_time = created_time
        self.start_node = DirectRelationReference.load(start_node)
        self.end_node = DirectRelationReference.load(end_node)
        self.deleted_time = deleted_time
        self.properties = properties if properties is not None else Properties({})
        self._cognite_client = None

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        obj = cls.__new__(cls)
        t, s, e = resource["type"], resource["startNode"], resource["endNode"]
        obj.__dict__ = {
            "space": resource["space"],
            "external_id": resource["externalId"],
            "version": resource["version"],
            "type": DirectRelationReference(t["space"], t["externalId"]),
            "last_updated_time": resource["lastUpdatedTime"],
            "created_time": resource["createdTime"],
            "start_node": DirectRelationReference(s["space"], s["externalId"]),
            "end_node": DirectRelationReference(e["space"], e["externalId"]),
            "deleted_time": resource.get("deletedTime"),
            _WIRE_PROPERTIES: resource.get("properties"),
            "_cognite_client": cognite_client,
        }
        return obj

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = self._dump_common(camel_case)
        out["type"] = self.type.dump(camel_case)
        out["startNode" if camel_case else "start_node"] = self.start_node.dump(camel_case)
        out["endNode" if camel_case else "end_node"] = self.end_node.dump(camel_case)
        return out

    def as_id(self) -> EdgeId:
        return EdgeId(self.space, self.external_id)

    def as_write(self) -> EdgeApply:  # type: ignore[override]
        return EdgeApply(
            self.space,
            self.external_id,
            self.type,
            self.start_node,
            self.end_node,
            self.version,
            self._write_sources(),
        )


class _InstanceApplyResult(CogniteResource):
    _instance_type: ClassVar[Literal["node", "edge"]]

    def __init__(
        self,
        space: str,
        external_id: str,
        version: int,
        was_modified: bool,
        last_updated_time: int,
        created_time: int,
    ) -> None:
        self.space = space
        self.external_id = external_id
        self.version = version
        self.was_modified = was_modified
        self.last_updated_time = last_updated_time
        self.created_time = created_time
        self._cognite_client = None

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        obj = cls.__new__(cls)
        obj.__dict__ = {
            "space": resource["space"],
            "external_id": resource["externalId"],
            "version": resource["version"],
            "was_modified": resource["wasModified"],
            "last_updated_time": resource["lastUpdatedTime"],
            "created_time": resource["createdTime"],
            "_cognite_client": cognite_client,
        }
        return obj

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        if not camel_case:
            return {
                "space": self.space,
                "instance_type": self._instance_type,
                **{k: v for k, v in self.__dict__.items() if k not in ("space", "_cognite_client")},
            }
        return {
            "space": self.space,
            "instanceType": self._instance_type,
            "externalId": self.external_id,
            "version": self.version,
            "wasModified": self.was_modified,
            "lastUpdatedTime": self.last_updated_time,
            "createdTime": self.created_time,
        }

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(space={self.space!r}, external_id={self.external_id!r}, "
            f"version={self.version}, was_modified={self.was_modified})"
        )


class NodeApplyResult(_InstanceApplyResult):
    """A node as ``apply`` answers: its version and whether the call changed it."""

    _instance_type = "node"

    def as_id(self) -> NodeId:
        return NodeId(self.space, self.external_id)


class EdgeApplyResult(_InstanceApplyResult):
    """An edge as ``apply`` answers: its version and whether the call changed it."""

    _instance_type = "edge"

    def as_id(self) -> EdgeId:
        return EdgeId(self.space, self.external_id)


# -- lists -----------------------------------------------------------------------------------------------------
T_Node = TypeVar("T_Node", bound=Node)
T_Edge = TypeVar("T_Edge", bound=Edge)
T_Inst = TypeVar("T_Inst", bound=_Instance)


class NodeApplyList(CogniteResourceList[NodeApply]):
    _RESOURCE = NodeApply

    def as_ids(self) -> list[NodeId]:  # type: ignore[override]
        return [n.as_id() for n in self]


class EdgeApplyList(CogniteResourceList[EdgeApply]):
    _RESOURCE = EdgeApply

    def as_ids(self) -> list[EdgeId]:  # type: ignore[override]
        return [e.as_id() for e in self]


class NodeApplyResultList(CogniteResourceList[NodeApplyResult]):
    _RESOURCE = NodeApplyResult

    def as_ids(self) -> list[NodeId]:  # type: ignore[override]
        return [n.as_id() for n in self]


class EdgeApplyResultList(CogniteResourceList[EdgeApplyResult]):
    _RESOURCE = EdgeApplyResult

    def as_ids(self) -> list[EdgeId]:  # type: ignore[override]
        return [e.as_id() for e in self]


class _InstanceList(CogniteResourceList[T_Inst], Generic[T_Inst]):
    typing: TypeInformation | None

    def __init__(
        self, resources: Sequence[T_Inst] = (), typing: TypeInformation | None = None, debug: Any = None
    ) -> None:
        super().__init__(resources)
        self.typing = typing
        self.debug = debug

    @classmethod
    def _load(cls, resources: Any, cognite_client: Any = None) -> Self:
        obj = super()._load(resources, cognite_client)
        obj.typing = None
        obj.debug = None
        return obj

    def get(  # type: ignore[override]
        self,
        instance_id: NodeId | EdgeId | tuple[str, str] | None = None,
        external_id: str | None = None,
    ) -> T_Inst | None:
        """The instance with this id (or, when unique, this external id), or None."""
        if isinstance(instance_id, (NodeId, EdgeId)):
            key = (instance_id.space, instance_id.external_id)
        elif isinstance(instance_id, tuple):
            key = instance_id
        elif external_id is not None:
            return next((i for i in self if i.external_id == external_id), None)
        else:
            raise ValueError("Give instance_id or external_id")
        return next((i for i in self if (i.space, i.external_id) == key), None)

    def to_pandas(  # type: ignore[override]
        self,
        camel_case: bool = False,
        convert_timestamps: bool = True,
        expand_properties: bool = True,
        remove_property_prefix: bool = True,
    ) -> pandas.DataFrame:
        """One row per instance; with ``expand_properties`` (the default) one column per property."""
        from cognite.client.data_classes._base import _pandas

        rows = [
            _instance_row(i, camel_case, convert_timestamps, expand_properties, remove_property_prefix) for i in self
        ]
        return _pandas().DataFrame(rows)


class NodeList(WriteableCogniteResourceList[T_Node, NodeApplyList], _InstanceList[T_Node]):
    _RESOURCE = Node

    def as_ids(self) -> list[NodeId]:  # type: ignore[override]
        return [n.as_id() for n in self]


class EdgeList(WriteableCogniteResourceList[T_Edge, EdgeApplyList], _InstanceList[T_Edge]):
    _RESOURCE = Edge

    def as_ids(self) -> list[EdgeId]:  # type: ignore[override]
        return [e.as_id() for e in self]


# -- results -----------------------------------------------------------------------------------------------------
@dataclass
class InstancesApplyResult:
    """What ``instances.apply`` answers: the nodes and the edges, each with version and ``was_modified``."""

    nodes: NodeApplyResultList
    edges: EdgeApplyResultList

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {"nodes": self.nodes.dump(camel_case), "edges": self.edges.dump(camel_case)}


@dataclass
class InstancesResult(Generic[T_Node, T_Edge]):
    """What ``instances.retrieve`` answers."""

    nodes: NodeList[T_Node]
    edges: EdgeList[T_Edge]

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {"nodes": self.nodes.dump(camel_case), "edges": self.edges.dump(camel_case)}


@dataclass
class InstancesDeleteResult:
    """What ``instances.delete`` answers: the ids of the deleted nodes and edges."""

    nodes: list[NodeId] = field(default_factory=list)
    edges: list[EdgeId] = field(default_factory=list)

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {"nodes": [n.dump(camel_case) for n in self.nodes], "edges": [e.dump(camel_case) for e in self.edges]}


class InstanceSort(CogniteResource):
    """A sort of ``instances.list``: ``InstanceSort(view_id.as_property_ref("name"), "descending")``.

    Example:
        >>> from cognite.client.data_classes.data_modeling.instances import InstanceSort
        >>> InstanceSort(["node", "externalId"], "descending").dump()
        {'property': ['node', 'externalId'], 'direction': 'descending'}
    """

    def __init__(
        self,
        property: list[str] | tuple[str, ...],
        direction: Literal["ascending", "descending"] = "ascending",
        nulls_first: bool | None = None,
    ) -> None:
        if not isinstance(property, (list, tuple)) or not all(isinstance(p, str) for p in property):
            raise TypeError(f"InstanceSort.property must be a list of str, got {property!r}")
        if direction not in ("ascending", "descending"):
            raise ValueError(f"InstanceSort.direction must be 'ascending' or 'descending', got {direction!r}")
        self.property = list(property)
        self.direction = direction
        self.nulls_first = nulls_first
        self._cognite_client = None

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"property": list(self.property), "direction": self.direction}
        if self.nulls_first is not None:
            out["nullsFirst" if camel_case else "nulls_first"] = self.nulls_first
        return out

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        return cls(
            resource["property"],
            resource.get("direction", "ascending"),
            resource.get("nullsFirst", resource.get("nulls_first")),
        )


class InstanceAggregationResult(CogniteResource):
    """One group of an ``instances.aggregate(group_by=...)`` answer: the group's values and its aggregates."""

    def __init__(self, aggregates: list[AggregatedNumberedValue], group: dict[str, str | int | float | bool]) -> None:
        self.aggregates = aggregates
        self.group = group
        self._cognite_client = None

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        return cls(
            [AggregatedNumberedValue._load(a) for a in resource.get("aggregates") or []], resource.get("group") or {}
        )

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {"aggregates": [a.dump(camel_case) for a in self.aggregates], "group": self.group}


class InstanceAggregationResultList(CogniteResourceList[InstanceAggregationResult]):
    _RESOURCE = InstanceAggregationResult


# -- inspect -------------------------------------------------------------------------------------------------------
@dataclass
class InvolvedViews:
    """``instances.inspect(involved_views=...)``: the views with data of each instance (``all_versions``: every one)."""

    all_versions: bool = False


@dataclass
class InvolvedContainers:
    """``instances.inspect(involved_containers=...)``: the containers with data of each instance."""


class InspectionResults(CogniteResource):
    """What ``inspect`` found for one instance: the views and / or containers holding its data."""

    def __init__(self, involved_views: list[ViewId] | None, involved_containers: list[ContainerId] | None) -> None:
        self.involved_views = involved_views
        self.involved_containers = involved_containers
        self._cognite_client = None

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        views = resource.get("involvedViews")
        containers = resource.get("involvedContainers")
        return cls(
            None if views is None else [ViewId(v["space"], v["externalId"], v.get("version")) for v in views],
            None if containers is None else [ContainerId(c["space"], c["externalId"]) for c in containers],
        )

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.involved_views:
            key = "involvedViews" if camel_case else "involved_views"
            out[key] = [v.dump(camel_case, include_type=True) for v in self.involved_views]
        if self.involved_containers:
            key = "involvedContainers" if camel_case else "involved_containers"
            out[key] = [c.dump(camel_case, include_type=True) for c in self.involved_containers]
        return out


class InstanceInspectResult(CogniteResource):
    """One inspected instance."""

    def __init__(
        self,
        space: str,
        external_id: str,
        instance_type: Literal["node", "edge"],
        inspection_results: InspectionResults,
    ) -> None:
        self.space = space
        self.external_id = external_id
        self.instance_type = instance_type
        self.inspection_results = inspection_results
        self._cognite_client = None

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        return cls(
            resource["space"],
            resource["externalId"],
            resource["instanceType"],
            InspectionResults._load(resource.get("inspectionResults") or {}),
        )

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {
            "space": self.space,
            "externalId" if camel_case else "external_id": self.external_id,
            "instanceType" if camel_case else "instance_type": self.instance_type,
            "inspectionResults" if camel_case else "inspection_results": self.inspection_results.dump(camel_case),
        }


class InstanceInspectResultList(CogniteResourceList[InstanceInspectResult]):
    _RESOURCE = InstanceInspectResult


@dataclass
class InstanceInspectResults:
    """What ``instances.inspect`` answers, nodes and edges apart."""

    nodes: InstanceInspectResultList
    edges: InstanceInspectResultList


# -- typed nodes: defined in typed_instances (which builds on the classes above), reachable here as in the official SDK
if TYPE_CHECKING:
    from cognite.client.data_classes.data_modeling.typed_instances import (
        PropertyOptions,
        TypedEdge,
        TypedEdgeApply,
        TypedInstance,  # noqa: F401  (re-exported, as the official SDK has it here)
        TypedNode,
        TypedNodeApply,
    )

_TYPED_NAMES = frozenset(
    {"PropertyOptions", "TypedEdge", "TypedEdgeApply", "TypedInstance", "TypedNode", "TypedNodeApply"}
)


def __getattr__(name: str) -> type:
    if name in _TYPED_NAMES:
        from cognite.client.data_classes.data_modeling import typed_instances

        return cast(type, getattr(typed_instances, name))
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
