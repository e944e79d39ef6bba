"""The query language of ``client.data_modeling.instances.query`` / ``.sync`` / ``.subscribe``.

A :class:`Query` (or :class:`QuerySync`) names result sets in ``with_`` and says per set what to return in
``select``; :class:`QueryResult` maps each set's name to its instances (``NodeListWithCursor`` /
``EdgeListWithCursor``, each with the cursor to its next page).

One mechanism carries the wire shapes: a result set expression class lists its fields once (``_WireField``: the
attribute, its camelCase wire key, whether it sits inside the ``nodes`` / ``edges`` object, how its value is
(de)serialised), and the shared ``dump`` / ``_load`` walk that table. The field names are the spec's
(``QueryNodeTableExpressionV3``, ``SyncEdgeTableExpressionV3``, ...).

Example:
    >>> from cognite.client.data_classes.data_modeling import ViewId
    >>> from cognite.client.data_classes.data_modeling.query import (
    ...     NodeResultSetExpression, Query, Select, SourceSelector
    ... )
    >>> from cognite.client.data_classes.filters import Equals
    >>> pump = ViewId("my_space", "Pump", "v1")
    >>> q = Query(
    ...     with_={"pumps": NodeResultSetExpression(filter=Equals(["node", "space"], "my_space"), limit=10)},
    ...     select={"pumps": Select([SourceSelector(pump, ["name"])])},
    ... )
    >>> q.dump()["with"]
    {'pumps': {'nodes': {'filter': {'equals': {'property': ['node', 'space'], 'value': 'my_space'}}, 'chainTo': 'destination', 'direction': 'outwards'}, 'limit': 10}}
    >>> Query.load(q.dump()) == q
    True
"""

from __future__ import annotations

from collections import UserDict
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeAlias, TypeVar, cast

from typing_extensions import Self

from cognite.client.data_classes._base import CogniteResource
from cognite.client.data_classes._spec import to_snake
from cognite.client.data_classes.data_modeling.ids import ContainerId, PropertyId, ViewId
from cognite.client.data_classes.data_modeling.instances import (
    Edge,
    EdgeList,
    InstanceSort,
    Node,
    NodeList,
    PropertyValue,
    TypeInformation,
)
from cognite.client.data_classes.data_modeling.views import View  # noqa: F401  # re-exported, as the official module does
from cognite.client.data_classes.filters import Filter

if TYPE_CHECKING:
    from cognite.client.data_classes.data_modeling.data_types import UnitReference
    from cognite.client.data_classes.data_modeling.debug import DebugInfo
    from cognite.client.utils.useful_types import SequenceNotStr

__all__ = [
    "EdgeListWithCursor",
    "EdgeResultSetExpression",
    "EdgeResultSetExpressionSync",
    "Intersection",
    "NodeListWithCursor",
    "NodeOrEdgeResultSetExpression",
    "NodeResultSetExpression",
    "NodeResultSetExpressionSync",
    "Query",
    "QueryBase",
    "QueryResult",
    "QuerySync",
    "ResultSetExpression",
    "ResultSetExpressionBase",
    "ResultSetExpressionSync",
    "Select",
    "SelectBase",
    "SelectSync",
    "SetOperation",
    "SourceSelector",
    "SyncMode",
    "TargetUnit",
    "Union",
    "UnionAll",
]

SyncMode: TypeAlias = Literal["one_phase", "two_phase", "no_backfill"]
Direction: TypeAlias = Literal["outwards", "inwards"]
ChainTo: TypeAlias = Literal["destination", "source"]

_DIRECTIONS = ("outwards", "inwards")
_CHAIN_TO = ("destination", "source")
_SYNC_MODES: dict[str, str] = {"one_phase": "onePhase", "two_phase": "twoPhase", "no_backfill": "noBackfill"}

T_Node = TypeVar("T_Node", bound=Node)
T_Edge = TypeVar("T_Edge", bound=Edge)


def _choice(value: Any, allowed: Iterable[str], what: str) -> Any:
    if value not in allowed:
        raise ValueError(f"{what} must be one of {', '.join(map(repr, allowed))}, got {value!r}")
    return value


def _sorts(value: Any, what: str) -> list[InstanceSort]:
    if value is None:
        return []
    seq = [value] if isinstance(value, (InstanceSort, dict)) else list(value)
    out = []
    for s in seq:
        if isinstance(s, dict):
            s = InstanceSort._load(s)
        if not isinstance(s, InstanceSort):
            raise TypeError(f"{what} must be a list of InstanceSort, got {s!r}")
        out.append(s)
    return out


def _limit(value: Any, what: str) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise ValueError(f"{what} must be a positive int or None, got {value!r}")
    return value


def _filter(value: Any, what: str) -> Filter | None:
    if value is None or isinstance(value, Filter):
        return value
    if isinstance(value, dict):
        return Filter.load(value)
    raise TypeError(f"{what} must be a Filter, got {type(value).__name__}")


def _through(value: Any) -> PropertyId | None:
    """``through`` as a PropertyId: given as one, or (space, container, property) / (space, "view/version", property)."""
    if value is None or isinstance(value, PropertyId):
        return value
    if isinstance(value, dict):
        return PropertyId.load(value)
    if isinstance(value, (list, tuple)) and len(value) == 3 and all(isinstance(p, str) for p in value):
        space, source, prop = value
        xid, slash, version = source.partition("/")
        if "/" in version:
            raise ValueError(f"through: {source!r} is neither a container nor a view/version")
        return PropertyId(ViewId(space, xid, version) if slash else ContainerId(space, xid), prop)
    raise ValueError(
        f"through must be a PropertyId, (space, container, property) or (space, view/version, property), got {value!r}"
    )


# -- codecs: (dump(value, camel_case), load(wire)) per kind of field ----------------------------------------------
_Codec = tuple[Callable[[Any, bool], Any], Callable[[Any], Any]]
_PLAIN: _Codec = (lambda v, _c: v, lambda w: w)
_FILTER: _Codec = (lambda v, _c: v.dump(), Filter.load)
_SORTS: _Codec = (lambda v, c: [s.dump(c) for s in v], lambda w: [InstanceSort._load(s) for s in w])
_THROUGH: _Codec = (lambda v, c: v.dump(c), PropertyId.load)
_MODE: _Codec = (
    lambda v, c: _SYNC_MODES[v] if c else v,
    lambda w: next((k for k, camel in _SYNC_MODES.items() if w in (k, camel)), w),
)


@dataclass(frozen=True)
class _WireField:
    attr: str
    key: str  # camelCase wire key
    inner: bool = True  # inside the "nodes" / "edges" object (else beside it)
    codec: _Codec = _PLAIN
    omit: Any = None  # a value left out of the dump (besides None and [])


def _fields(*specs: tuple[Any, ...]) -> tuple[_WireField, ...]:
    return tuple(_WireField(*s) for s in specs)


_FROM = ("from_", "from")
_FILTERS = (("filter", "filter", True, _FILTER),)
_EDGE_FILTERS = (
    ("node_filter", "nodeFilter", True, _FILTER),
    ("termination_filter", "terminationFilter", True, _FILTER),
)


class ResultSetExpressionBase(CogniteResource):
    """A result set of a query or a sync (base class)."""

    def _references(self) -> list[str]:
        """The other result sets this one is built from."""
        return []

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self.dump() == other.dump()  # type: ignore[attr-defined]


class _TableExpression(ResultSetExpressionBase):
    """A node or edge result set: its fields declared once in ``_WIRE`` and (de)serialised from that table."""

    _KIND: ClassVar[str] = ""  # "nodes" | "edges": the wire key of the inner object
    _WIRE: ClassVar[tuple[_WireField, ...]] = ()

    from_: str | None

    def _check_common(self, what: str) -> None:
        d = self.__dict__
        if d.get("from_") is not None and not isinstance(d["from_"], str):
            raise TypeError(f"{what}.from_ must be the name of another result set (a str), got {d['from_']!r}")
        for name, value in list(d.items()):
            if name in ("filter", "node_filter", "termination_filter"):
                d[name] = _filter(value, f"{what}.{name}")
            elif name in ("sort", "post_sort", "backfill_sort"):
                d[name] = _sorts(value, f"{what}.{name}")
            elif name in ("limit", "limit_each", "max_distance"):
                _limit(value, f"{what}.{name}")
        _choice(d.get("direction"), _DIRECTIONS, f"{what}.direction")
        _choice(d.get("chain_to"), _CHAIN_TO, f"{what}.chain_to")
        if "sync_mode" in d:
            _choice(d["sync_mode"], _SYNC_MODES, f"{what}.sync_mode")

    def _references(self) -> list[str]:
        return [self.from_] if self.from_ else []

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        inner: dict[str, Any] = {}
        out: dict[str, Any] = {self._KIND: inner}
        for f in self._WIRE:
            value = getattr(self, f.attr)
            if value is None or (isinstance(value, list) and not value) or (f.omit is not None and value == f.omit):
                continue
            (inner if f.inner else out)[f.key if camel_case else to_snake(f.key)] = f.codec[0](value, camel_case)
        return out

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        inner = resource.get(cls._KIND) or {}
        kwargs: dict[str, Any] = {}
        for f in cls._WIRE:
            source = inner if f.inner else resource
            for key in (f.key, to_snake(f.key)):
                if key in source and source[key] is not None:
                    kwargs[f.attr] = f.codec[1](source[key])
                    break
        return cls(**kwargs)

    def __repr__(self) -> str:
        args = ", ".join(f"{f.attr}={getattr(self, f.attr)!r}" for f in self._WIRE)
        return f"{type(self).__name__}({args})"


class ResultSetExpression(ResultSetExpressionBase):
    """A result set of a query: :class:`NodeResultSetExpression`, :class:`EdgeResultSetExpression` or a set
    operation (:class:`Union`, :class:`UnionAll`, :class:`Intersection`); ``_load`` picks the class from the wire."""

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Any:
        if cls is not ResultSetExpression:
            return super()._load(resource, cognite_client)
        if "nodes" in resource:
            return NodeResultSetExpression._load(resource)
        if "edges" in resource:
            return EdgeResultSetExpression._load(resource)
        if any(op in resource or to_snake(op) in resource for op in _SET_OPERATIONS):
            return SetOperation._load(resource)
        raise ValueError(f"Not a result set expression (nodes, edges or a set operation): {resource!r}")


class NodeOrEdgeResultSetExpression(_TableExpression, ResultSetExpression):
    """A node or edge result set of a query (base class)."""

    filter: Filter | None
    limit: int | None
    sort: list[InstanceSort]
    direction: Direction
    chain_to: ChainTo


class NodeResultSetExpression(NodeOrEdgeResultSetExpression):
    """The nodes matching ``filter``; with ``from_`` those reached from another set: through its direct relation
    ``through`` (a view's or container's property; ``direction`` "inwards" follows it backwards), or at the
    ``chain_to`` end of its edges.

    Example:
        >>> from cognite.client.data_classes.data_modeling.query import NodeResultSetExpression
        >>> NodeResultSetExpression(from_="pumps", through=("my_space", "Pump/v1", "parent")).dump()["nodes"]["through"]
        {'source': {'space': 'my_space', 'externalId': 'Pump', 'version': 'v1', 'type': 'view'}, 'identifier': 'parent'}
    """

    _KIND = "nodes"
    _WIRE = _fields(
        _FROM,
        *_FILTERS,
        ("through", "through", True, _THROUGH),
        ("chain_to", "chainTo"),
        ("direction", "direction"),
        ("sort", "sort", False, _SORTS),
        ("limit", "limit", False),
    )
    through: PropertyId | None

    def __init__(
        self,
        from_: str | None = None,
        filter: Filter | None = None,
        sort: list[InstanceSort] | None = None,
        limit: int | None = None,
        through: list[str] | tuple[str, str, str] | PropertyId | None = None,
        direction: Literal["outwards", "inwards"] = "outwards",
        chain_to: Literal["destination", "source"] = "destination",
    ) -> None:
        self.from_ = from_
        self.filter = filter
        self.sort = sort or []
        self.limit = limit
        self.through = _through(through)
        self.direction = direction
        self.chain_to = chain_to
        self._cognite_client = None
        self._check_common(type(self).__name__)


class EdgeResultSetExpression(NodeOrEdgeResultSetExpression):
    """Edges traversed from ``from_`` (a node set) up to ``max_distance`` hops, ``direction`` "outwards" (start ->
    end) or "inwards"; ``node_filter`` limits the nodes passed, ``termination_filter`` stops at the nodes matching it,
    ``limit_each`` caps the edges per start node (with ``max_distance=1``), ``post_sort`` sorts the page.

    Example:
        >>> from cognite.client.data_classes.data_modeling.query import EdgeResultSetExpression
        >>> EdgeResultSetExpression(from_="pumps", max_distance=1, direction="inwards").dump()
        {'edges': {'from': 'pumps', 'maxDistance': 1, 'direction': 'inwards', 'chainTo': 'destination'}}
    """

    _KIND = "edges"
    _WIRE = _fields(
        _FROM,
        *_FILTERS,
        *_EDGE_FILTERS,
        ("max_distance", "maxDistance"),
        ("direction", "direction"),
        ("limit_each", "limitEach"),
        ("chain_to", "chainTo"),
        ("sort", "sort", False, _SORTS),
        ("post_sort", "postSort", False, _SORTS),
        ("limit", "limit", False),
    )
    max_distance: int | None
    node_filter: Filter | None
    termination_filter: Filter | None
    limit_each: int | None
    post_sort: list[InstanceSort]

    def __init__(
        self,
        from_: str | None = None,
        filter: Filter | None = None,
        limit: int | None = None,
        sort: list[InstanceSort] | None = None,
        direction: Literal["outwards", "inwards"] = "outwards",
        chain_to: Literal["destination", "source"] = "destination",
        max_distance: int | None = None,
        node_filter: Filter | None = None,
        termination_filter: Filter | None = None,
        limit_each: int | None = None,
        post_sort: list[InstanceSort] | None = None,
    ) -> None:
        self.from_ = from_
        self.filter = filter
        self.limit = limit
        self.sort = sort or []
        self.direction = direction
        self.chain_to = chain_to
        self.max_distance = max_distance
        self.node_filter = node_filter
        self.termination_filter = termination_filter
        self.limit_each = limit_each
        self.post_sort = post_sort or []
        self._cognite_client = None
        self._check_common(type(self).__name__)


class ResultSetExpressionSync(_TableExpression):
    """A result set of a sync (base class): its instances' changes since the cursor. ``sync_mode``: "two_phase"
    (backfill what exists, then follow changes), "one_phase" (read the change log from the start) or
    "no_backfill" (only changes from now on); ``skip_already_deleted=False`` also returns earlier deletes."""

    filter: Filter | None
    limit: int | None
    direction: Direction
    chain_to: ChainTo
    skip_already_deleted: bool
    sync_mode: SyncMode
    backfill_sort: list[InstanceSort]

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        if cls is ResultSetExpressionSync:
            target: type[ResultSetExpressionSync] = (
                EdgeResultSetExpressionSync if "edges" in resource else NodeResultSetExpressionSync
            )
            return cast("Self", target._load(resource))
        return super()._load(resource, cognite_client)


_SYNC_OUTER = (
    ("limit", "limit", False),
    ("skip_already_deleted", "skipAlreadyDeleted", False, _PLAIN, True),
    ("sync_mode", "mode", False, _MODE),
    ("backfill_sort", "backfillSort", False, _SORTS),
)


class NodeResultSetExpressionSync(ResultSetExpressionSync):
    """The nodes of a sync (as :class:`NodeResultSetExpression`, without sort: changes come in change order).

    Example:
        >>> from cognite.client.data_classes.data_modeling.query import NodeResultSetExpressionSync
        >>> NodeResultSetExpressionSync(sync_mode="one_phase", limit=1000).dump()
        {'nodes': {'chainTo': 'destination', 'direction': 'outwards'}, 'limit': 1000, 'mode': 'onePhase'}
    """

    _KIND = "nodes"
    _WIRE = _fields(
        _FROM,
        *_FILTERS,
        ("through", "through", True, _THROUGH),
        ("chain_to", "chainTo"),
        ("direction", "direction"),
        *_SYNC_OUTER,
    )
    through: PropertyId | None

    def __init__(
        self,
        from_: str | None = None,
        filter: Filter | None = None,
        limit: int | None = None,
        through: list[str] | tuple[str, str, str] | PropertyId | None = None,
        direction: Literal["outwards", "inwards"] = "outwards",
        chain_to: Literal["destination", "source"] = "destination",
        skip_already_deleted: bool = True,
        sync_mode: Literal["one_phase", "two_phase", "no_backfill"] = "two_phase",
        backfill_sort: list[InstanceSort] | None = None,
    ) -> None:
        self.from_ = from_
        self.filter = filter
        self.limit = limit
        self.through = _through(through)
        self.direction = direction
        self.chain_to = chain_to
        self.skip_already_deleted = skip_already_deleted
        self.sync_mode = sync_mode
        self.backfill_sort = backfill_sort or []
        self._cognite_client = None
        self._check_common(type(self).__name__)


class EdgeResultSetExpressionSync(ResultSetExpressionSync):
    """The edges of a sync (as :class:`EdgeResultSetExpression`, without sort, post_sort and limit_each).

    Example:
        >>> from cognite.client.data_classes.data_modeling.query import EdgeResultSetExpressionSync
        >>> EdgeResultSetExpressionSync(from_="pumps", sync_mode="no_backfill").dump()
        {'edges': {'from': 'pumps', 'direction': 'outwards', 'chainTo': 'destination'}, 'mode': 'noBackfill'}
    """

    _KIND = "edges"
    _WIRE = _fields(
        _FROM,
        *_FILTERS,
        *_EDGE_FILTERS,
        ("max_distance", "maxDistance"),
        ("direction", "direction"),
        ("chain_to", "chainTo"),
        *_SYNC_OUTER,
    )
    max_distance: int | None
    node_filter: Filter | None
    termination_filter: Filter | None

    def __init__(
        self,
        from_: str | None = None,
        filter: Filter | None = None,
        limit: int | None = None,
        direction: Literal["outwards", "inwards"] = "outwards",
        chain_to: Literal["destination", "source"] = "destination",
        skip_already_deleted: bool = True,
        sync_mode: SyncMode = "two_phase",
        backfill_sort: list[InstanceSort] | None = None,
        max_distance: int | None = None,
        node_filter: Filter | None = None,
        termination_filter: Filter | None = None,
    ) -> None:
        self.from_ = from_
        self.filter = filter
        self.limit = limit
        self.direction = direction
        self.chain_to = chain_to
        self.skip_already_deleted = skip_already_deleted
        self.sync_mode = sync_mode
        self.backfill_sort = backfill_sort or []
        self.max_distance = max_distance
        self.node_filter = node_filter
        self.termination_filter = termination_filter
        self._cognite_client = None
        self._check_common(type(self).__name__)


# -- set operations -----------------------------------------------------------------------------------------------
class SetOperation(ResultSetExpression):
    """A result set combining others by name (or nested set operations), minus the sets named in ``except_``."""

    _OPERATOR: ClassVar[str] = ""  # the wire key: "union" | "unionAll" | "intersection"
    _family: ClassVar[dict[str, type[SetOperation]]] = {}
    except_: SequenceNotStr[str] | None
    limit: int | None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls._OPERATOR:
            SetOperation._family[cls._OPERATOR] = cls

    def _init(self, operands: Sequence[str | SetOperation], except_: Any, limit: int | None) -> None:
        name = type(self).__name__
        if isinstance(operands, str) or not all(isinstance(o, (str, SetOperation)) for o in operands):
            raise TypeError(f"{name} takes a list of result set names (str) or set operations, got {operands!r}")
        if except_ is not None and (isinstance(except_, str) or not all(isinstance(e, str) for e in except_)):
            raise TypeError(f"{name}.except_ must be a list of result set names, got {except_!r}")
        setattr(self, to_snake(self._OPERATOR), list(operands))
        self.except_ = list(except_) if except_ is not None else None
        self.limit = _limit(limit, f"{name}.limit")
        self._cognite_client = None

    @property
    def _operands(self) -> list[str | SetOperation]:
        return cast("list[str | SetOperation]", getattr(self, to_snake(self._OPERATOR)))

    def _references(self) -> list[str]:
        refs: list[str] = []
        for o in self._operands:
            refs.extend([o] if isinstance(o, str) else o._references())
        return refs + list(self.except_ or [])

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            self._OPERATOR: [  # the operator's key is not snake-cased (as the official SDK)
                o if isinstance(o, str) else o.dump(camel_case) for o in self._operands
            ]
        }
        if self.except_:
            out["except"] = list(self.except_)
        if self.limit is not None:
            out["limit"] = self.limit
        return out

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Any:
        op = next((k for k in _SET_OPERATIONS if k in resource or to_snake(k) in resource), None)
        if op is None:
            raise ValueError(f"Not a set operation (union, unionAll or intersection): {resource!r}")
        target = SetOperation._family[op]
        operands = resource.get(op, resource.get(to_snake(op))) or []
        loaded = [o if isinstance(o, str) else SetOperation._load(o) for o in operands]
        return target(loaded, resource.get("except"), resource.get("limit"))  # type: ignore[call-arg]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._operands!r}, except_={self.except_!r}, limit={self.limit!r})"


class Union(SetOperation):
    """The union of result sets, without duplicates.

    Example:
        >>> from cognite.client.data_classes.data_modeling.query import Intersection, Union
        >>> Union(["a", Intersection(["b", "c"])], except_=["d"]).dump()
        {'union': ['a', {'intersection': ['b', 'c']}], 'except': ['d']}
    """

    _OPERATOR = "union"
    union: list[str | SetOperation]

    def __init__(
        self,
        union: Sequence[str | SetOperation],
        except_: SequenceNotStr[str] | None = None,
        limit: int | None = None,
    ) -> None:
        self._init(union, except_, limit)


class UnionAll(SetOperation):
    """The union of result sets, duplicates kept (cheaper: a later set runs only when the earlier fill no page)."""

    _OPERATOR = "unionAll"
    union_all: list[str | SetOperation]

    def __init__(
        self,
        union_all: Sequence[str | SetOperation],
        except_: SequenceNotStr[str] | None = None,
        limit: int | None = None,
    ) -> None:
        self._init(union_all, except_, limit)


class Intersection(SetOperation):
    """The instances in every one of the result sets."""

    _OPERATOR = "intersection"
    intersection: list[str | SetOperation]

    def __init__(
        self,
        intersection: Sequence[str | SetOperation],
        except_: SequenceNotStr[str] | None = None,
        limit: int | None = None,
    ) -> None:
        self._init(intersection, except_, limit)


_SET_OPERATIONS = ("union", "unionAll", "intersection")


# -- select ---------------------------------------------------------------------------------------------------------
class TargetUnit(CogniteResource):
    """The unit to convert a property's values to: ``TargetUnit("pressure", UnitReference("pressure:bar"))``.

    ``unit`` is a :class:`UnitReference` or a unit system given as ``{"unitSystemName": "SI"}``.
    """

    def __init__(self, property: str, unit: UnitReference | dict[str, Any]) -> None:
        if not isinstance(property, str):
            raise TypeError(f"TargetUnit.property must be a str, got {property!r}")
        self.property = property
        self.unit = unit
        self._cognite_client = None

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        unit = self.unit if isinstance(self.unit, dict) else self.unit.dump(camel_case)
        return {"property": self.property, "unit": unit}

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        from cognite.client.data_classes.data_modeling.data_types import UnitReference

        unit = resource["unit"]
        return cls(resource["property"], UnitReference.load(unit) if "externalId" in unit else unit)


class SourceSelector(CogniteResource):
    """A view to return properties of, and which (``["*"]``: all of them; None: the server's default).

    Example:
        >>> from cognite.client.data_classes.data_modeling import ViewId
        >>> from cognite.client.data_classes.data_modeling.query import SourceSelector
        >>> SourceSelector(ViewId("my_space", "Pump", "v1"), ["name"]).dump()
        {'source': {'space': 'my_space', 'externalId': 'Pump', 'version': 'v1', 'type': 'view'}, 'properties': ['name']}
    """

    def __init__(
        self, source: ViewId, properties: list[str] | None = None, target_units: list[TargetUnit] | None = None
    ) -> None:
        self.source = _view_id(source)
        if properties is not None and (isinstance(properties, str) or not all(isinstance(p, str) for p in properties)):
            raise TypeError(f"SourceSelector.properties must be a list of str, got {properties!r}")
        self.properties = list(properties) if properties is not None else None
        self.target_units = target_units
        self._cognite_client = None

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"source": self.source.dump(camel_case, include_type=True)}
        if self.properties is not None:
            out["properties"] = list(self.properties)
        if self.target_units:
            out["targetUnits" if camel_case else "target_units"] = [u.dump(camel_case) for u in self.target_units]
        return out

    @classmethod
    def _load(cls, resource: Any, cognite_client: Any = None) -> Self:
        if isinstance(resource, cls):
            return resource
        if isinstance(resource, dict) and "source" in resource:
            units = resource.get("targetUnits", resource.get("target_units"))
            return cls(
                ViewId.load(resource["source"]),
                resource.get("properties"),
                [TargetUnit._load(u) for u in units] if units else None,
            )
        return cls(_view_id(resource))


def _view_id(value: Any) -> ViewId:
    if isinstance(value, ViewId):
        return value
    as_id = getattr(value, "as_id", None)  # a View
    if callable(as_id) and isinstance(found := as_id(), ViewId):
        return found
    if isinstance(value, (dict, tuple)):
        return ViewId.load(value)
    raise TypeError(f"A source is a ViewId (or a View / (space, external_id, version) tuple), got {value!r}")


def _source_selectors(value: Any) -> list[SourceSelector]:
    if value is None:
        return []
    single = isinstance(value, (SourceSelector, ViewId)) or (isinstance(value, tuple) and len(value) in (2, 3))
    return [SourceSelector._load(v) for v in ([value] if single else value)]


class SelectBase(CogniteResource):
    """What to return of a result set (base class): the views' properties in ``sources``."""

    sources: list[SourceSelector]

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {"sources": [s.dump(camel_case) for s in self.sources]} if self.sources else {}

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.dump(camel_case=False)!r})"


class SelectSync(SelectBase):
    """What to return of a sync result set.

    Example:
        >>> from cognite.client.data_classes.data_modeling import ViewId
        >>> from cognite.client.data_classes.data_modeling.query import SelectSync, SourceSelector
        >>> SelectSync([SourceSelector(ViewId("my_space", "Pump", "v1"), ["*"])]).dump()["sources"][0]["properties"]
        ['*']
    """

    def __init__(self, sources: list[SourceSelector] | None = None) -> None:
        self.sources = _source_selectors(sources)
        self._cognite_client = None

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        return cls(resource.get("sources"))


class Select(SelectBase):
    """What to return of a query result set: ``sources``, and optionally the page re-sorted / cut to ``limit``.

    Example:
        >>> from cognite.client.data_classes.data_modeling import InstanceSort, ViewId
        >>> from cognite.client.data_classes.data_modeling.query import Select, SourceSelector
        >>> pump = ViewId("my_space", "Pump", "v1")
        >>> Select([SourceSelector(pump, ["name"])], sort=[InstanceSort(pump.as_property_ref("name"))]).dump()["sort"]
        [{'property': ['my_space', 'Pump/v1', 'name'], 'direction': 'ascending'}]
    """

    sort: list[InstanceSort]
    limit: int | None

    def __init__(
        self,
        sources: list[SourceSelector] | None = None,
        sort: list[InstanceSort] | None = None,
        limit: int | None = None,
    ) -> None:
        self.sources = _source_selectors(sources)
        self.sort = _sorts(sort, "Select.sort")
        self.limit = _limit(limit, "Select.limit")
        self._cognite_client = None

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = super().dump(camel_case)
        if self.sort:
            out["sort"] = [s.dump(camel_case) for s in self.sort]
        if self.limit is not None:
            out["limit"] = self.limit
        return out

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        return cls(resource.get("sources"), resource.get("sort"), resource.get("limit"))


# -- the query ------------------------------------------------------------------------------------------------------
_T_ResultSetExpression = TypeVar("_T_ResultSetExpression", bound=ResultSetExpressionBase)
_T_Select = TypeVar("_T_Select", bound=SelectBase)


class QueryBase(CogniteResource, Generic[_T_ResultSetExpression, _T_Select]):
    """A query or a sync (base class): result sets by name (``with_``), what to return of them (``select``, whose
    names must be result sets), ``parameters`` referenced by filters (``{"parameter": name}``) and a cursor per
    result set (``cursors``: None starts from the beginning)."""

    _EXPRESSION: ClassVar[type[ResultSetExpressionBase]]
    _SELECT: ClassVar[type[SelectBase]]

    def __init__(
        self,
        with_: MutableMapping[str, _T_ResultSetExpression],
        select: MutableMapping[str, _T_Select],
        parameters: Mapping[str, PropertyValue] | None = None,
        cursors: Mapping[str, str | None] | None = None,
    ) -> None:
        name = type(self).__name__
        if not isinstance(with_, Mapping) or not isinstance(select, Mapping):
            raise TypeError(f"{name}.with_ and {name}.select must be dicts of result set name -> expression / select")
        if unknown := set(select) - set(with_):
            raise ValueError(f"The select keys must be result sets in with_; not in with_: {sorted(unknown)}")
        self.with_ = with_
        self.select = select
        self.parameters: Mapping[str, PropertyValue] = parameters if parameters is not None else {}
        self.cursors: Mapping[str, str | None] = cursors if cursors else dict.fromkeys(select)
        self._cognite_client = None

    def instance_type_by_result_expression(self) -> dict[str, type[NodeListWithCursor] | type[EdgeListWithCursor]]:
        """The list class of each result set's instances (an empty page cannot tell nodes from edges)."""
        return {name: _list_class(expr) for name, expr in self.with_.items()}

    def _check(self) -> None:
        """Raise on a query CDF would reject for its structure: an expression of the wrong kind, a set chained from
        (or combining) a set not in ``with_``, a cycle, a cursor or select of an unknown set."""
        name = type(self).__name__
        if not self.with_:
            raise ValueError(f"{name}.with_ needs at least one result set")
        for key, expr in self.with_.items():
            if not isinstance(key, str) or not isinstance(expr, self._EXPRESSION):
                raise TypeError(
                    f"{name}.with_[{key!r}] must be a {self._EXPRESSION.__name__}, got {type(expr).__name__}"
                )
            for ref in expr._references():
                if ref not in self.with_:
                    raise ValueError(f"Result set {key!r} refers to {ref!r}, which is not a result set in with_")
                if ref == key:
                    raise ValueError(f"Result set {key!r} refers to itself")
        for key, sel in self.select.items():
            if key not in self.with_:
                raise ValueError(f"{name}.select names {key!r}, which is not a result set in with_")
            if not isinstance(sel, self._SELECT):
                raise TypeError(f"{name}.select[{key!r}] must be a {self._SELECT.__name__}, got {type(sel).__name__}")
        if unknown := set(self.cursors or {}) - set(self.with_):
            raise ValueError(f"{name}.cursors names result sets not in with_: {sorted(unknown)}")
        _check_acyclic({k: v._references() for k, v in self.with_.items()})

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "with": {k: v.dump(camel_case) for k, v in self.with_.items()},
            "select": {k: v.dump(camel_case) for k, v in self.select.items()},
        }
        if self.parameters:
            out["parameters"] = dict(self.parameters)
        if self.cursors:
            out["cursors"] = dict(self.cursors)
        return out

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        expr, sel = cls._EXPRESSION, cls._SELECT
        obj = cls(
            with_={k: cast("_T_ResultSetExpression", expr._load(v)) for k, v in resource["with"].items()},
            select={k: cast("_T_Select", sel._load(v)) for k, v in resource["select"].items()},
            parameters=dict(resource.get("parameters") or {}),
            cursors=dict(resource.get("cursors") or {}),
        )
        return obj

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self.dump() == other.dump()  # type: ignore[attr-defined]

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(with_={dict(self.with_)!r}, select={dict(self.select)!r}, "
            f"parameters={dict(self.parameters)!r}, cursors={dict(self.cursors)!r})"
        )


def _check_acyclic(refs: dict[str, list[str]]) -> None:
    done: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        if name in path:
            raise ValueError(f"Result sets refer to each other in a cycle: {' -> '.join((*path, name))}")
        if name in done:
            return
        for ref in refs.get(name, ()):
            visit(ref, (*path, name))
        done.add(name)

    for name in refs:
        visit(name, ())


class Query(QueryBase[ResultSetExpression, Select]):
    """A query: ``client.data_modeling.instances.query(Query(...))``. See the module docstring for an example.

    Args:
        with_: result set expressions by name.
        select: what to return of each result set (a set left out is evaluated but not returned).
        parameters: values of the ``{"parameter": name}`` placeholders in filters.
        cursors: the cursor of each result set's next page (``result.cursors`` of the previous call).
    """

    _EXPRESSION = ResultSetExpression
    _SELECT = Select

    def __init__(
        self,
        with_: MutableMapping[str, ResultSetExpression],
        select: MutableMapping[str, Select],
        parameters: Mapping[str, PropertyValue] | None = None,
        cursors: Mapping[str, str | None] | None = None,
    ) -> None:
        super().__init__(with_, select, parameters, cursors)


class QuerySync(QueryBase[ResultSetExpressionSync, SelectSync]):
    """A sync: ``client.data_modeling.instances.sync(QuerySync(...))`` returns each set's changes since its cursor.

    ``allow_expired_cursors_and_accept_missed_deletes``: use a cursor older than 3 days (CDF then has forgotten
    deletes, so some may be missed).

    Example:
        >>> from cognite.client.data_classes.data_modeling.query import NodeResultSetExpressionSync, QuerySync, SelectSync
        >>> q = QuerySync(with_={"all": NodeResultSetExpressionSync(sync_mode="one_phase")}, select={"all": SelectSync()})
        >>> q.dump()
        {'with': {'all': {'nodes': {'chainTo': 'destination', 'direction': 'outwards'}, 'mode': 'onePhase'}}, 'select': {'all': {}}, 'cursors': {'all': None}}
    """

    _EXPRESSION = ResultSetExpressionSync
    _SELECT = SelectSync

    def __init__(
        self,
        with_: MutableMapping[str, ResultSetExpressionSync],
        select: MutableMapping[str, SelectSync],
        parameters: Mapping[str, PropertyValue] | None = None,
        cursors: Mapping[str, str | None] | None = None,
        allow_expired_cursors_and_accept_missed_deletes: bool = False,
    ) -> None:
        super().__init__(with_, select, parameters, cursors)
        self.allow_expired_cursors_and_accept_missed_deletes = allow_expired_cursors_and_accept_missed_deletes

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = super().dump(camel_case)
        if self.allow_expired_cursors_and_accept_missed_deletes:
            key = "allowExpiredCursorsAndAcceptMissedDeletes"
            out[key if camel_case else to_snake(key)] = True
        return out

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        obj = super()._load(resource, cognite_client)
        obj.allow_expired_cursors_and_accept_missed_deletes = bool(
            resource.get("allowExpiredCursorsAndAcceptMissedDeletes", False)
        )
        return obj


# -- results ----------------------------------------------------------------------------------------------------------
class _WithCursor:
    """A result set's page and the cursor to the next (None: no more); ``extend`` appends the next page."""

    cursor: str | None

    def extend(self, other: Iterable[Any]) -> None:
        """Append the next page of the same result set (its cursor becomes this list's); a ValueError on overlap."""
        if not isinstance(other, type(self)):
            raise TypeError(f"Only a {type(self).__name__} can extend a {type(self).__name__}")
        have = {(i.space, i.external_id) for i in cast("list[Any]", self)}
        if any((i.space, i.external_id) in have for i in cast("list[Any]", other)):
            raise ValueError("Unable to extend: the lists share instances")
        list.extend(cast("list[Any]", self), cast("list[Any]", other))
        self.cursor = other.cursor


class NodeListWithCursor(_WithCursor, NodeList[T_Node]):
    """The nodes of one result set and the cursor to its next page (None: no more)."""

    def __init__(
        self,
        resources: Sequence[T_Node],
        cursor: str | None,
        typing: TypeInformation | None = None,
        debug: DebugInfo | None = None,
    ) -> None:
        NodeList.__init__(self, resources, typing, debug)
        self.cursor = cursor


class EdgeListWithCursor(_WithCursor, EdgeList[T_Edge]):
    """The edges of one result set and the cursor to its next page (None: no more)."""

    def __init__(
        self,
        resources: Sequence[T_Edge],
        cursor: str | None,
        typing: TypeInformation | None = None,
        debug: DebugInfo | None = None,
    ) -> None:
        EdgeList.__init__(self, resources, typing, debug)
        self.cursor = cursor


def _list_class(expr: Any) -> type[NodeListWithCursor] | type[EdgeListWithCursor]:
    return (
        EdgeListWithCursor
        if isinstance(expr, (EdgeResultSetExpression, EdgeResultSetExpressionSync))
        else NodeListWithCursor
    )


class QueryResult(UserDict):  # type: ignore[type-arg]
    """The answer to a query or a sync: result set name -> its instances (``NodeListWithCursor`` /
    ``EdgeListWithCursor``). ``cursors`` holds every set's next cursor, to pass back as ``query.cursors``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._cursors: dict[str, str | None] = {}
        self._debug: DebugInfo | None = None

    def __getitem__(self, item: str) -> NodeListWithCursor | EdgeListWithCursor:
        return cast("NodeListWithCursor | EdgeListWithCursor", super().__getitem__(item))

    @property
    def cursors(self) -> dict[str, str | None]:
        """The next cursor of each result set (those CDF answered for, also of sets not selected)."""
        return {**self._cursors, **{k: v.cursor for k, v in self.data.items()}}

    @property
    def debug(self) -> DebugInfo | None:
        """What CDF answered to the query's ``debug`` parameters (None without them)."""
        return self._debug

    @classmethod
    def load(
        cls,
        resource: dict[str, Any],
        instance_list_type_by_result_expression_name: Mapping[str, type[NodeListWithCursor] | type[EdgeListWithCursor]],
        cursors: Mapping[str, Any],
        typing: Mapping[str, Any] | None = None,
        debug: DebugInfo | dict[str, Any] | None = None,
    ) -> QueryResult:
        """A result from the reply's ``items``, ``nextCursor``, ``typing`` (per result set) and ``debug``."""
        from cognite.client.data_classes.data_modeling.debug import DebugInfo

        out = cls()
        debug = out._debug = DebugInfo._load(debug) if isinstance(debug, dict) else debug
        out._cursors = {k: v for k, v in cursors.items()}
        for name, items in resource.items():
            list_cls = instance_list_type_by_result_expression_name.get(name)
            if items:
                kind = items[0].get("instanceType")
                list_cls = EdgeListWithCursor if kind == "edge" else NodeListWithCursor
            list_cls = list_cls or NodeListWithCursor
            inst_cls: Any = Edge if list_cls is EdgeListWithCursor else Node
            set_typing = (typing or {}).get(name)
            loaded = [inst_cls._load(i) for i in items]
            out.data[name] = list_cls(
                loaded, cursors.get(name), TypeInformation(set_typing) if set_typing is not None else None, debug
            )
        return out

    def get_nodes(self, result_expression: str) -> NodeListWithCursor:
        """The nodes of a result set (a TypeError if it holds edges)."""
        found = self.data[result_expression]
        if not isinstance(found, NodeListWithCursor):
            raise TypeError(f"Result set {result_expression!r} holds edges; use get_edges")
        return found

    def get_edges(self, result_expression: str) -> EdgeListWithCursor:
        """The edges of a result set (a TypeError if it holds nodes)."""
        found = self.data[result_expression]
        if not isinstance(found, EdgeListWithCursor):
            raise TypeError(f"Result set {result_expression!r} holds nodes; use get_nodes")
        return found

    def dump(self, camel_case: bool = True) -> dict[str, list[dict[str, Any]]]:
        return {k: v.dump(camel_case) for k, v in self.data.items()}
