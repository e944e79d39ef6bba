"""Typed nodes and edges: a user's class whose attributes are the properties of one view.

A typed class subclasses ``TypedNodeApply`` / ``TypedNode`` (or the edge pair), takes the view's properties as
``__init__`` parameters, stores them as attributes and names its view in a ``get_source()`` classmethod.
``PropertyOptions("identifier")`` on the class renames an attribute whose property identifier differs.

One mechanism serves every typed class, the user's and the generated core data model ones
(``cdm.v1.CogniteAsset``...): a class's layout is read once from its ``__init__`` signature (which parameters
are instance fields, which are properties, what each annotation asks a wire value to become) and its
``PropertyOptions``; loading builds the constructor's keywords from the view's property dict through that
layout, dumping maps the attributes back (``OMITTED`` ones left out of a write).

Example:
    >>> from datetime import date
    >>> from cognite.client.data_classes.data_modeling import DirectRelationReference, ViewId
    >>> from cognite.client.data_classes.data_modeling.typed_instances import PropertyOptions, TypedNodeApply
    >>> class PersonApply(TypedNodeApply):
    ...     birth = PropertyOptions("birthDate")
    ...
    ...     def __init__(self, space: str, external_id: str, name: str, birth: date | None = None,
    ...                  friend: DirectRelationReference | tuple[str, str] | None = None) -> None:
    ...         super().__init__(space, external_id)
    ...         self.name, self.birth, self.friend = name, birth, friend
    ...
    ...     @classmethod
    ...     def get_source(cls) -> ViewId:
    ...         return ViewId("my_space", "Person", "v1")
    >>> PersonApply("my_space", "ann", "Ann", date(2000, 1, 2), ("my_space", "bob")).dump()["sources"][0]["properties"]
    {'name': 'Ann', 'birthDate': '2000-01-02', 'friend': {'space': 'my_space', 'externalId': 'bob'}}
"""

from __future__ import annotations

import inspect
import re
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar, cast

from typing_extensions import Self

from cognite.client._constants import OMITTED, Omitted
from cognite.client.data_classes.data_modeling.data_types import StateSetEntry
from cognite.client.data_classes.data_modeling.ids import DirectRelationReference, EdgeId, NodeId, ViewId
from cognite.client.data_classes.data_modeling.instances import (
    Edge,
    EdgeApply,
    Node,
    NodeApply,
    NodeOrEdgeData,
    Properties,
    PropertyValue,
    _check_id,
    _ref_or_none,
    _reference,
)

__all__ = ["PropertyOptions", "TypedEdge", "TypedEdgeApply", "TypedInstance", "TypedNode", "TypedNodeApply"]

T_TypedNodeApply = TypeVar("T_TypedNodeApply", bound="TypedNodeApply")
T_TypedEdgeApply = TypeVar("T_TypedEdgeApply", bound="TypedEdgeApply")


class PropertyOptions:
    """On a typed class: the identifier of the view property an attribute holds, when the names differ.

    Args:
        identifier (str | None): The property's identifier in the view (default: the attribute's name).
    """

    def __init__(self, identifier: str | None = None) -> None:
        self.identifier = identifier
        self.attribute = identifier or ""

    def __set_name__(self, owner: type, attribute: str) -> None:
        self.attribute = attribute
        if self.identifier is None:
            self.identifier = attribute

    @property
    def property_name(self) -> str:
        """The property's identifier in the view."""
        return self.identifier or self.attribute

    # a data descriptor, so that type checkers accept any value assigned to the attribute
    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        try:
            return instance.__dict__[self.attribute]
        except KeyError:
            raise AttributeError(f"{type(instance).__name__!r} object has no attribute {self.attribute!r}") from None

    def __set__(self, instance: object, value: Any) -> None:
        instance.__dict__[self.attribute] = value

    def __delete__(self, instance: object) -> None:
        try:
            del instance.__dict__[self.attribute]
        except KeyError:
            raise AttributeError(f"{type(instance).__name__!r} object has no attribute {self.attribute!r}") from None


# -- wire values <-> attribute values ------------------------------------------------------------------------------
_FRACTION = re.compile(r"\.(\d+)")


def _timestamp(value: str) -> datetime:
    """A DMS timestamp ("2024-01-02T03:04:05.1+00:00", "...Z") as an aware datetime, on every Python >= 3.10."""
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        text = value[:-1] + "+00:00" if value.endswith("Z") else value
        text = _FRACTION.sub(lambda m: "." + m.group(1)[:6].ljust(6, "0"), text, count=1)
        return datetime.fromisoformat(text)


def _each(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``convert`` for one value or for each value of a list property."""

    def load(value: Any) -> Any:
        if type(value) is list:
            return [convert(v) for v in value]
        return convert(value)

    return load


def _load_datetime(value: Any) -> Any:
    return _timestamp(value) if isinstance(value, str) else value


def _load_date(value: Any) -> Any:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _load_reference(value: Any) -> Any:
    return DirectRelationReference(value["space"], value["externalId"]) if type(value) is dict else value


def _load_node_id(value: Any) -> Any:
    return NodeId(value["space"], value["externalId"]) if type(value) is dict else value


def _load_edge_id(value: Any) -> Any:
    return EdgeId(value["space"], value["externalId"]) if type(value) is dict else value


def _load_state(value: Any) -> Any:
    return StateSetEntry.load(value) if type(value) is dict else value


# What an annotation naming one of these classes asks a wire value to become, the first match winning
# (datetime before date: a datetime is a date).
_LOADERS: tuple[tuple[type, str, Callable[[Any], Any]], ...] = (
    (datetime, "datetime", _load_datetime),
    (date, "date", _load_date),
    (DirectRelationReference, "DirectRelationReference", _load_reference),
    (NodeId, "NodeId", _load_node_id),
    (EdgeId, "EdgeId", _load_edge_id),
    (StateSetEntry, "StateSetEntry", _load_state),
)
_REFERENCE_TYPES = (DirectRelationReference, NodeId, EdgeId)


def _classes_in(annotation: Any) -> set[type]:
    """The classes an annotation names (through unions, Optional, list[...] and Literal-free generics)."""
    if isinstance(annotation, type) and not typing.get_args(annotation):
        return {annotation}
    out: set[type] = set()
    for arg in typing.get_args(annotation):
        if typing.get_origin(annotation) is not typing.Literal:
            out |= _classes_in(arg)
    return out


def _loader_for(annotation: Any) -> Callable[[Any], Any] | None:
    """How a wire value becomes the attribute an annotation declares (None: kept as it came)."""
    if annotation is inspect.Parameter.empty:
        return None
    if isinstance(annotation, str):  # an annotation typing could not resolve: read its names
        names = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", annotation))
        found = [load for _, name, load in _LOADERS if name in names]
    else:
        classes = _classes_in(annotation)
        found = [load for cls, _, load in _LOADERS if any(issubclass(c, cls) for c in classes)]
    return _each(found[0]) if found else None


def _wire(value: Any) -> Any:
    """An attribute value as a property value on the wire."""
    kind = type(value)
    if kind in (str, int, float, bool, dict) or value is None:
        return value
    if kind is list:
        return [_wire(v) for v in value]
    if isinstance(value, _REFERENCE_TYPES):
        return {"space": value.space, "externalId": value.external_id}
    if isinstance(value, datetime):
        return value.isoformat(timespec="milliseconds")
    if isinstance(value, date):
        return value.isoformat()
    dump = getattr(value, "dump", None)
    return dump(camel_case=True) if callable(dump) else value


def _wire_reference(value: Any) -> Any:
    """A direct relation property's value: a (space, external_id) tuple is a reference too."""
    if isinstance(value, tuple) and len(value) == 2:
        return {"space": value[0], "externalId": value[1]}
    if type(value) is list:
        return [_wire_reference(v) for v in value]
    return _wire(value)


# -- a typed class's layout ----------------------------------------------------------------------------------------
#: constructor parameters that are instance fields (not view properties), with their wire names
_INSTANCE_FIELDS: Mapping[str, str] = {
    "space": "space",
    "external_id": "externalId",
    "version": "version",
    "last_updated_time": "lastUpdatedTime",
    "created_time": "createdTime",
    "deleted_time": "deletedTime",
    "existing_version": "existingVersion",
    "type": "type",
    "start_node": "startNode",
    "end_node": "endNode",
}
_REFERENCE_FIELDS = frozenset({"type", "start_node", "end_node"})


@dataclass(frozen=True, slots=True)
class _Field:
    attribute: str
    identifier: str
    load: Callable[[Any], Any] | None
    required: bool


@dataclass(frozen=True, slots=True)
class _Layout:
    fields: tuple[_Field, ...]  # the constructor's property parameters
    base: tuple[tuple[str, str, bool], ...]  # (parameter, wire name, required) of its instance-field parameters
    identifiers: Mapping[str, str]  # attribute -> property identifier, for every attribute PropertyOptions renames
    references: frozenset[str]  # attributes declared as direct relations (tuples dump as references)


_LAYOUTS: dict[type, _Layout] = {}


def _hints(function: Any) -> dict[str, Any]:
    try:
        return typing.get_type_hints(function)
    except Exception:  # a name only imported under TYPE_CHECKING: read the annotations as text
        return {k: v for k, v in getattr(function, "__annotations__", {}).items()}


def _layout(cls: type) -> _Layout:
    layout = _LAYOUTS.get(cls)
    if layout is not None:
        return layout
    identifiers = {
        attr: opt.property_name
        for klass in reversed(cls.__mro__)
        for attr, opt in vars(klass).items()
        if isinstance(opt, PropertyOptions)
    }
    hints = _hints(cls.__init__)  # type: ignore[misc]
    fields: list[_Field] = []
    base: list[tuple[str, str, bool]] = []
    references: set[str] = set()
    params = dict(inspect.signature(cls.__init__).parameters)  # type: ignore[misc]
    if any(p.kind is p.VAR_KEYWORD for p in params.values()):  # (..., **kwargs) passed on to the typed base
        root = next(k for k in cls.__mro__ if k.__module__ == __name__)
        params.update({k: v for k, v in inspect.signature(root.__init__).parameters.items() if k not in params})  # type: ignore[misc]
    for name, param in params.items():
        if name == "self" or param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        required = param.default is param.empty
        if name in _INSTANCE_FIELDS and name not in identifiers:
            base.append((name, _INSTANCE_FIELDS[name], required))
            continue
        annotation = hints.get(name, param.annotation)
        load = _loader_for(annotation)
        if load is not None and _REFERENCE_TYPES[0].__name__ in str(annotation):
            references.add(name)
        fields.append(_Field(name, identifiers.get(name, name), load, required))
    layout = _Layout(tuple(fields), tuple(base), identifiers, frozenset(references))
    _LAYOUTS[cls] = layout
    return layout


def _view_properties(source: ViewId, properties: Mapping[str, Any] | None) -> Mapping[str, Any]:
    """The property dict of ``source`` in a read instance's ``{space: {"view/version": {...}}}``."""
    key = source.external_id if source.version is None else f"{source.external_id}/{source.version}"
    return ((properties or {}).get(source.space) or {}).get(key) or {}


def _keywords(cls: type, resource: Mapping[str, Any], properties: Mapping[str, Any]) -> dict[str, Any]:
    """The constructor keywords of typed class ``cls`` for a wire instance and its view's property dict."""
    layout = _layout(cls)
    kwargs: dict[str, Any] = {}
    for name, wire, required in layout.base:
        if wire in resource:
            value = resource[wire]
            kwargs[name] = _ref_or_none(value) if name in _REFERENCE_FIELDS else value
        elif required:
            kwargs[name] = None
    for f in layout.fields:
        if f.identifier in properties:
            value = properties[f.identifier]
            kwargs[f.attribute] = value if f.load is None or value is None else f.load(value)
        elif f.required:
            kwargs[f.attribute] = None
    return kwargs


class TypedInstance:
    """What typed nodes and edges share: the view they read and write, and their attributes as its properties."""

    @classmethod
    def get_source(cls) -> ViewId:
        """The view whose properties the class's attributes are."""
        raise NotImplementedError(f"{cls.__name__} must define a get_source() classmethod returning its ViewId")

    def _dump_properties(self) -> dict[str, PropertyValue]:
        layout = _layout(type(self))
        names, references = layout.identifiers, layout.references
        out: dict[str, Any] = {}
        for attr, value in vars(self).items():
            if attr[0] == "_" or value is OMITTED or (attr in _INSTANCE_FIELDS and attr not in names):
                continue
            out[names.get(attr, attr)] = _wire_reference(value) if attr in references else _wire(value)
        return out

    def _source_data(self) -> list[NodeOrEdgeData]:
        return [NodeOrEdgeData(self.get_source(), self._dump_properties())]


def _type_or_omitted(value: Any) -> DirectRelationReference | Omitted | None:
    return value if value is OMITTED else _ref_or_none(value)


def _apply_properties(resource: Mapping[str, Any], source: ViewId) -> Mapping[str, Any]:
    sources = resource.get("sources") or []
    for s in sources:
        src = s.get("source") or {}
        if (src.get("space"), src.get("externalId")) == (source.space, source.external_id):
            return s.get("properties") or {}
    return (sources[0].get("properties") or {}) if sources else {}


class TypedNodeApply(TypedInstance, NodeApply):
    """Base of a node write class whose attributes are the properties of ``get_source()``'s view.

    Args:
        space (str): The node's space.
        external_id (str): The node's external id.
        existing_version (int | None): Fail (or skip) the write if the node's version is newer than this.
        type (DirectRelationReference | tuple[str, str] | Omitted | None): The node's type (None: sent as null).
    """

    def __init__(
        self,
        space: str,
        external_id: str,
        existing_version: int | None = None,
        type: DirectRelationReference | tuple[str, str] | Omitted | None = OMITTED,
    ) -> None:
        _check_id(self.__class__.__name__, space, external_id)
        self.space = space
        self.external_id = external_id
        self.existing_version = existing_version
        self.type = _type_or_omitted(type)  # type: ignore[assignment]
        self._cognite_client = None

    @property  # type: ignore[override]
    def sources(self) -> list[NodeOrEdgeData]:
        """The attributes as property values of ``get_source()``'s view."""
        return self._source_data()

    @sources.setter
    def sources(self, value: Any) -> None:
        raise AttributeError(f"{self.__class__.__name__}.sources are its attributes; set those instead")

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = self._dump_common(camel_case)
        if self.type is not OMITTED:  # an explicit None is sent (clears the type)
            out["type"] = None if self.type is None else self.type.dump(camel_case)
        return out

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        kwargs = _keywords(cls, resource, _apply_properties(resource, cls.get_source()))
        return cast(Any, cls)(**kwargs)  # type: ignore[no-any-return]


class TypedEdgeApply(TypedInstance, EdgeApply):
    """Base of an edge write class whose attributes are the properties of ``get_source()``'s view.

    Args:
        space (str): The edge's space.
        external_id (str): The edge's external id.
        type (DirectRelationReference | tuple[str, str]): The edge's type.
        start_node (DirectRelationReference | tuple[str, str]): The node the edge starts at.
        end_node (DirectRelationReference | tuple[str, str]): The node the edge ends at.
        existing_version (int | None): Fail (or skip) the write if the edge's version is newer than this.
    """

    def __init__(
        self,
        space: str,
        external_id: str,
        type: DirectRelationReference | tuple[str, str],
        start_node: DirectRelationReference | tuple[str, str],
        end_node: DirectRelationReference | tuple[str, str],
        existing_version: int | None = None,
    ) -> None:
        name = self.__class__.__name__
        _check_id(name, space, external_id)
        self.space = space
        self.external_id = external_id
        self.type = _reference(type, f"{name}.type")
        self.start_node = _reference(start_node, f"{name}.start_node")
        self.end_node = _reference(end_node, f"{name}.end_node")
        self.existing_version = existing_version
        self._cognite_client = None

    @property  # type: ignore[override]
    def sources(self) -> list[NodeOrEdgeData]:
        """The attributes as property values of ``get_source()``'s view."""
        return self._source_data()

    @sources.setter
    def sources(self, value: Any) -> None:
        raise AttributeError(f"{self.__class__.__name__}.sources are its attributes; set those instead")

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        kwargs = _keywords(cls, resource, _apply_properties(resource, cls.get_source()))
        return cast(Any, cls)(**kwargs)  # type: ignore[no-any-return]


def _write_keywords(obj: TypedInstance, write_cls: type) -> dict[str, Any]:
    """The keywords of ``write_cls`` taken from a read instance's attributes (its version as existing_version)."""
    state = vars(obj)
    kwargs: dict[str, Any] = {}
    for name, _, _ in _layout(write_cls).base:
        if name == "existing_version":
            kwargs[name] = state.get("version")
        elif name in state:
            kwargs[name] = state[name]
    for f in _layout(write_cls).fields:
        if f.attribute in state:
            kwargs[f.attribute] = state[f.attribute]
        elif f.required:
            kwargs[f.attribute] = None
    return kwargs


class TypedNode(TypedInstance, Node):
    """Base of a node read class; ``retrieve_nodes(..., node_cls=MyNode)``, ``list(instance_type=MyNode)`` and
    ``search(..., instance_type=MyNode)`` build it from the properties of ``get_source()``'s view."""

    def __init__(
        self,
        space: str,
        external_id: str,
        version: int,
        last_updated_time: int,
        created_time: int,
        deleted_time: int | None,
        type: DirectRelationReference | tuple[str, str] | None,
    ) -> None:
        self.space = space
        self.external_id = external_id
        self.version = version
        self.last_updated_time = last_updated_time
        self.created_time = created_time
        self.deleted_time = deleted_time
        self.type = _ref_or_none(type)
        self._cognite_client = None

    @property  # type: ignore[override]
    def properties(self) -> Properties:
        """The attributes as the properties of ``get_source()``'s view."""
        return Properties({self.get_source(): self._dump_properties()})

    @properties.setter
    def properties(self, value: Any) -> None:
        raise AttributeError(f"{self.__class__.__name__}.properties are its attributes; set those instead")

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        properties = _view_properties(cls.get_source(), resource.get("properties"))
        obj = cast(Any, cls)(**_keywords(cls, resource, properties))
        obj._cognite_client = cognite_client
        return cast(Self, obj)

    def _as_typed_write(self, write_cls: type[T_TypedNodeApply]) -> T_TypedNodeApply:
        return cast(Any, write_cls)(**_write_keywords(self, write_cls))  # type: ignore[no-any-return]

    def as_write(self) -> NodeApply:
        """The node as a write (its version as existing_version), with its attributes as the view's properties."""
        return NodeApply(self.space, self.external_id, self.version, self._source_data(), self.type)


class TypedEdge(TypedInstance, Edge):
    """Base of an edge read class (``retrieve_edges(..., edge_cls=MyEdge)``, ``list(instance_type=MyEdge)``)."""

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
        self._cognite_client = None

    @property  # type: ignore[override]
    def properties(self) -> Properties:
        """The attributes as the properties of ``get_source()``'s view."""
        return Properties({self.get_source(): self._dump_properties()})

    @properties.setter
    def properties(self, value: Any) -> None:
        raise AttributeError(f"{self.__class__.__name__}.properties are its attributes; set those instead")

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        properties = _view_properties(cls.get_source(), resource.get("properties"))
        obj = cast(Any, cls)(**_keywords(cls, resource, properties))
        obj._cognite_client = cognite_client
        return cast(Self, obj)

    def _as_typed_write(self, write_cls: type[T_TypedEdgeApply]) -> T_TypedEdgeApply:
        return cast(Any, write_cls)(**_write_keywords(self, write_cls))  # type: ignore[no-any-return]

    def as_write(self) -> EdgeApply:
        """The edge as a write (its version as existing_version), with its attributes as the view's properties."""
        return EdgeApply(
            self.space,
            self.external_id,
            self.type,
            self.start_node,
            self.end_node,
            self.version,
            self._source_data(),
        )
