"""Identifiers of data modeling resources: spaces' children (containers, views, data models) and instances.

All are frozen dataclasses (hashable, so they key dicts and sets) that load from a wire dict (camelCase or
snake_case keys), a tuple ``(space, external_id[, version])`` or an instance of themselves.

Example:
    >>> from cognite.client.data_classes.data_modeling import NodeId, ViewId
    >>> NodeId("my_space", "pump").dump()
    {'space': 'my_space', 'externalId': 'pump', 'type': 'node'}
    >>> ViewId.load(("my_space", "Pump", "v1")).as_source_identifier()
    'Pump/v1'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Protocol, TypeAlias, TypeVar, Union

from typing_extensions import Self

from cognite.client.data_classes._wire import WireValue

if TYPE_CHECKING:
    from cognite.client.utils.useful_types import SequenceNotStr

InstanceType = Literal["node", "edge"]


def _resolve(data: Any, cls: type, *, allow_version: bool) -> tuple[str, str, str | None]:
    """(space, external_id, version) of a tuple or a wire dict; a clear error for anything else."""
    if isinstance(data, (tuple, list)):
        if len(data) == 2:
            return data[0], data[1], None
        if len(data) == 3 and allow_version:
            return data[0], data[1], data[2]
        expected = "2 or 3" if allow_version else "2"
        raise ValueError(
            f"Cannot load {data} into {cls.__name__}, expected exactly {expected} elements, got {len(data)}"
        )
    if isinstance(data, dict):
        xid = data.get("externalId", data.get("external_id"))
        if "space" not in data or xid is None:
            raise KeyError("Missing one or more keys 'space' and/or 'externalId' / 'external_id'")
        return data["space"], xid, data.get("version") if allow_version else None
    raise TypeError(f"Cannot load {data} into {cls.__name__}, invalid type={type(data)}")


def _ident_dump(space: str, external_id: str, camel_case: bool) -> dict[str, Any]:
    return {"space": space, ("externalId" if camel_case else "external_id"): external_id}


class _NotInstantiable:
    """The abstract bases below cannot be built themselves (as in the official SDK)."""

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        if cls in _ABSTRACT:
            raise TypeError("Cannot instantiate abstract class.")
        return super().__new__(cls)


@dataclass(frozen=True)
class DataModelingId(_NotInstantiable, WireValue):
    """(space, external_id) of a container (base class)."""

    _type: ClassVar[str] = ""
    space: str
    external_id: str

    def as_tuple(self) -> tuple[str, str]:
        return self.space, self.external_id

    def _wire(self, camel_case: bool) -> dict[str, str]:
        return self.dump(camel_case)

    def dump(self, camel_case: bool = True, include_type: bool = True) -> dict[str, str]:
        out = _ident_dump(self.space, self.external_id, camel_case)
        if include_type:
            out["type"] = self._type
        return out

    @classmethod
    def load(cls, data: dict | Self | tuple[str, str]) -> Self:
        if isinstance(data, cls):
            return data
        space, xid, _ = _resolve(data, cls, allow_version=False)
        return cls(space=space, external_id=xid)

    @classmethod
    def _load_if(cls, data: dict | Self | tuple[str, str] | None) -> Self | None:
        return None if data is None else cls.load(data)

    load_if = _load_if


@dataclass(frozen=True)
class VersionedDataModelingId(_NotInstantiable, WireValue):
    """(space, external_id, version) of a view or data model (base class); version None means the latest."""

    _type: ClassVar[str] = ""
    space: str
    external_id: str
    version: str | None = None

    def as_tuple(self) -> tuple[str, str, str | None]:
        return self.space, self.external_id, self.version

    def _wire(self, camel_case: bool) -> dict[str, str]:
        return self.dump(camel_case)

    def dump(self, camel_case: bool = True, include_type: bool = True) -> dict[str, str]:
        out = _ident_dump(self.space, self.external_id, camel_case)
        out["version"] = self.version  # type: ignore[assignment]  # None is dumped as official does
        if include_type:
            out["type"] = self._type
        return out

    @classmethod
    def load(cls, data: dict | Self | tuple[str, str] | tuple[str, str, str]) -> Self:
        if isinstance(data, cls):
            return data
        space, xid, version = _resolve(data, cls, allow_version=True)
        return cls(space=space, external_id=xid, version=version)

    @classmethod
    def _load_if(cls, data: dict | Self | tuple[str, str] | tuple[str, str, str] | None) -> Self | None:
        return None if data is None else cls.load(data)

    load_if = _load_if


@dataclass(frozen=True)
class InstanceId(WireValue):
    """(space, external_id) of a node or an edge (base class)."""

    _instance_type: ClassVar[InstanceType]
    space: str
    external_id: str

    def dump(self, camel_case: bool = True, include_instance_type: bool = True) -> dict[str, str]:
        return _ident_dump(self.space, self.external_id, camel_case)

    def _wire(self, camel_case: bool) -> dict[str, str]:  # an instance id field: no type on the wire
        return self.dump(camel_case, include_instance_type=False)

    @classmethod
    def load(cls, data: dict[str, str] | tuple[str, str] | Self) -> Self:
        if isinstance(data, cls):
            return data
        space, xid, _ = _resolve(data, cls, allow_version=False)
        return cls(space=space, external_id=xid)

    @classmethod
    def _load(cls, data: dict[str, Any] | tuple[str, str] | Self) -> Self:  # as a nested field of data classes
        return cls.load(data)

    @classmethod
    def _load_if(cls, data: dict[str, str] | tuple[str, str] | Self | None) -> Self | None:
        return None if data is None else cls.load(data)

    load_if = _load_if

    @property
    def instance_type(self) -> InstanceType:
        return self._instance_type

    def as_tuple(self) -> tuple[str, str]:
        return self.space, self.external_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(space={self.space!r}, external_id={self.external_id!r})"


@dataclass(frozen=True, repr=False)
class _TypedInstanceId(InstanceId):
    def dump(self, camel_case: bool = True, include_instance_type: bool = True) -> dict[str, str]:
        out = _ident_dump(self.space, self.external_id, camel_case)
        if include_instance_type:
            out["type"] = self._instance_type
        return out


@dataclass(frozen=True, repr=False)
class NodeId(_TypedInstanceId):
    """A node: its space and external id."""

    _instance_type: ClassVar[InstanceType] = "node"


@dataclass(frozen=True, repr=False)
class EdgeId(_TypedInstanceId):
    """An edge: its space and external id."""

    _instance_type: ClassVar[InstanceType] = "edge"


@dataclass(frozen=True)
class ContainerId(DataModelingId):
    """A container: its space and external id."""

    _type: ClassVar[str] = "container"

    def as_source_identifier(self) -> str:
        return self.external_id

    def as_property_ref(self, property: str) -> tuple[str, str, str]:
        return (self.space, self.as_source_identifier(), property)


@dataclass(frozen=True)
class ViewId(VersionedDataModelingId):
    """A view: its space, external id and version."""

    _type: ClassVar[str] = "view"

    def as_source_identifier(self) -> str:
        return f"{self.external_id}/{self.version}"

    def as_property_ref(self, property: str) -> tuple[str, str, str]:
        return (self.space, self.as_source_identifier(), property)


@dataclass(frozen=True)
class DataModelId(VersionedDataModelingId):
    """A data model: its space, external id and version."""

    _type: ClassVar[str] = "datamodel"


_ABSTRACT: frozenset[type] = frozenset({DataModelingId, VersionedDataModelingId})


@dataclass(frozen=True)
class PropertyId(WireValue):
    """A property of a view or a container."""

    source: ViewId | ContainerId
    property: str

    def as_property_ref(self) -> tuple[str, str, str]:
        return self.source.as_property_ref(self.property)

    def _wire(self, camel_case: bool) -> dict[str, Any]:
        return self.dump(camel_case)

    @classmethod
    def load(cls, resource: dict[str, Any] | Self) -> Self:
        return cls._load(resource) if isinstance(resource, dict) else resource

    @classmethod
    def _load(cls, resource: dict[str, Any]) -> Self:
        source = resource["source"]
        kind = source.get("type") if isinstance(source, dict) else None
        if kind == "view":
            return cls(ViewId.load(source), resource["identifier"])
        if kind == "container":
            return cls(ContainerId.load(source), resource["identifier"])
        raise ValueError(f"Invalid type {source}")

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {"source": self.source.dump(camel_case=camel_case, include_type=True), "identifier": self.property}


@dataclass(frozen=True)
class DirectRelationReference(WireValue):
    """The type of an edge connection, or a direct relation value: a node's space and external id (no type key)."""

    space: str
    external_id: str

    def dump(self, camel_case: bool = True, include_instance_type: bool = True) -> dict[str, str]:
        return _ident_dump(self.space, self.external_id, camel_case)

    @classmethod
    def load(cls, data: dict[str, str] | tuple[str, str] | Self | InstanceId) -> Self:
        if isinstance(data, cls):
            return data
        if isinstance(data, InstanceId):
            return cls(data.space, data.external_id)
        space, xid, _ = _resolve(data, cls, allow_version=False)
        return cls(space, xid)

    def as_tuple(self) -> tuple[str, str]:
        return self.space, self.external_id

    def _wire(self, camel_case: bool) -> dict[str, str]:
        return self.dump(camel_case)


class IdLike(Protocol):
    @property
    def space(self) -> str: ...

    @property
    def external_id(self) -> str: ...


class VersionedIdLike(IdLike, Protocol):
    @property
    def version(self) -> str | None: ...


T_DataModelingId = TypeVar("T_DataModelingId", bound=DataModelingId)
T_Versioned_DataModeling_Id = TypeVar("T_Versioned_DataModeling_Id", bound=VersionedDataModelingId)

ContainerIdentifier: TypeAlias = Union[ContainerId, tuple[str, str]]
ConstraintIdentifier: TypeAlias = tuple[ContainerId, str]
IndexIdentifier: TypeAlias = tuple[ContainerId, str]
PropertyPath: TypeAlias = Union["SequenceNotStr[str]", tuple[Union[ContainerId, ViewId], str], PropertyId]
ViewIdentifier: TypeAlias = Union[ViewId, tuple[str, str], tuple[str, str, str]]
DataModelIdentifier: TypeAlias = Union[DataModelId, tuple[str, str], tuple[str, str, str]]
NodeIdentifier: TypeAlias = Union[NodeId, tuple[str, str, str]]
EdgeIdentifier: TypeAlias = Union[EdgeId, tuple[str, str, str]]
Id: TypeAlias = Union[tuple[str, str], tuple[str, str, str], IdLike, VersionedIdLike]
