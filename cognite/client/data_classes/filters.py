"""Advanced filters (``advanced_filter=`` of assets, events, time series, ...): build a tree, ``dump()`` it to the
wire. Combine with ``&``, ``|`` and ``~`` or with ``And`` / ``Or`` / ``Not``.

Example:
    >>> from cognite.client.data_classes import filters
    >>> flt = filters.Equals(["metadata", "area"], "north") & filters.Prefix("external_id", "pump")
    >>> flt.dump(camel_case_property=True)
    {'and': [{'equals': {'property': ['metadata', 'area'], 'value': 'north'}}, {'prefix': {'property': ['externalId'], 'value': 'pump'}}]}
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from enum import Enum
from typing import Any, ClassVar, Literal, TypeAlias

from cognite.client.data_classes._spec import to_camel

__all__ = [
    "And",
    "ContainsAll",
    "ContainsAny",
    "Equals",
    "Exists",
    "Filter",
    "GeoJSON",
    "GeoJSONDisjoint",
    "GeoJSONIntersects",
    "GeoJSONWithin",
    "HasData",
    "In",
    "InAssetSubtree",
    "InstanceReferences",
    "MatchAll",
    "Nested",
    "Not",
    "Or",
    "Overlaps",
    "Prefix",
    "Range",
    "Search",
    "SpaceFilter",
]

#: ``"name"``, ``["metadata", "key"]`` or a property enum (``AssetProperty.name``).
PropertyReference: TypeAlias = "str | Sequence[str] | Enum"
RawValue: TypeAlias = "str | float | bool | Sequence[Any] | Mapping[str, Any]"
FilterValue: TypeAlias = RawValue
FilterValueList: TypeAlias = "Sequence[RawValue]"


def _dump_value(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_dump_value(v) for v in value]
    dump = getattr(value, "dump", None)  # e.g. a Label
    return dump() if callable(dump) else value


class Filter(ABC):
    """Base of the advanced filters."""

    _filter_name: ClassVar[str]

    def dump(self, camel_case_property: bool = False) -> dict[str, Any]:
        """The wire form ``{name: body}``; ``camel_case_property`` camel-cases one-part property names (as the
        classic resources need: ``"external_id"`` -> ``["externalId"]``)."""
        return {self._filter_name: self._filter_body(camel_case_property)}

    @abstractmethod
    def _filter_body(self, camel_case_property: bool) -> Any: ...

    @classmethod
    def load(cls, flt: dict[str, Any]) -> Filter:
        """A filter from its wire form (``{"equals": {"property": [...], "value": ...}}``).

        Example:
            >>> from cognite.client.data_classes.filters import Filter
            >>> Filter.load({"not": {"exists": {"property": ["source"]}}})
            Not({'not': {'exists': {'property': ['source']}}})
        """
        if not isinstance(flt, dict) or len(flt) != 1:
            raise ValueError(f"A filter is a dict with exactly one operator, got {flt!r}")
        ((name, body),) = flt.items()
        kind = _BY_NAME.get(name)
        if kind is None:
            raise ValueError(f"Unknown filter {name!r}; known: {sorted(_BY_NAME)}")
        return kind._load_body(body)

    @classmethod
    def _load_body(cls, body: Any) -> Filter:
        return cls()

    def __and__(self, other: Filter) -> And:
        return And(self, other)

    def __or__(self, other: Filter) -> Or:
        return Or(self, other)

    def __invert__(self) -> Not:
        return Not(self)

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self.dump() == other.dump()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(repr(self.dump()))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.dump()!r})"


class _Compound(Filter):
    @classmethod
    def _load_body(cls, body: Any) -> Filter:
        return cls(*(Filter.load(f) for f in body))

    def __init__(self, *filters: Filter) -> None:
        for f in filters:
            if not isinstance(f, Filter):
                raise TypeError(f"{type(self).__name__} takes Filter objects, not {type(f).__name__}")
        self._filters = filters

    def _filter_body(self, camel_case_property: bool) -> Any:
        return [f.dump(camel_case_property) for f in self._filters]


class And(_Compound):
    _filter_name = "and"


class Or(_Compound):
    _filter_name = "or"


class Not(Filter):
    _filter_name = "not"

    def __init__(self, filter: Filter) -> None:
        if not isinstance(filter, Filter):
            raise TypeError(f"Not takes a Filter, not {type(filter).__name__}")
        self._filter = filter

    @classmethod
    def _load_body(cls, body: Any) -> Filter:
        return cls(Filter.load(body))

    def _filter_body(self, camel_case_property: bool) -> Any:
        return self._filter.dump(camel_case_property)


class MatchAll(Filter):
    _filter_name = "matchAll"

    def _filter_body(self, camel_case_property: bool) -> Any:
        return {}


class _WithProperty(Filter):
    def __init__(self, property: PropertyReference) -> None:
        self._property = property

    @classmethod
    def _load_body(cls, body: Any) -> Filter:
        return cls(**body)

    def _dump_property(self, camel_case: bool) -> list[str]:
        p = self._property
        if isinstance(p, Enum):  # property enums know their path (documents: ["sourceFile", "name"])
            ref = getattr(p, "as_reference", None)
            return list(ref()) if callable(ref) else [p.value]
        if isinstance(p, str):
            return [to_camel(p) if camel_case else p]
        if isinstance(p, Sequence) and p and all(isinstance(x, str) for x in p):
            parts = list(p)
            return [to_camel(parts[0])] if camel_case and len(parts) == 1 else parts
        raise ValueError(f"Invalid property {p!r}: a str, a list of str or a property enum")

    def _filter_body(self, camel_case_property: bool) -> Any:
        return {"property": self._dump_property(camel_case_property), **self._body()}

    def _body(self) -> dict[str, Any]:
        return {}


class _WithValue(_WithProperty):
    def __init__(self, property: PropertyReference, value: FilterValue) -> None:
        super().__init__(property)
        self._value = value

    def _body(self) -> dict[str, Any]:
        return {"value": _dump_value(self._value)}


class _WithValues(_WithProperty):
    def __init__(self, property: PropertyReference, values: FilterValueList | RawValue) -> None:
        super().__init__(property)
        # one value (as the official SDK's examples pass: ContainsAny("labels", "PUMP")) is a list of one
        self._values = [values] if isinstance(values, (str, int, float, Mapping)) else list(values)

    def _body(self) -> dict[str, Any]:
        return {"values": _dump_value(self._values)}


class Equals(_WithValue):
    _filter_name = "equals"


class Prefix(_WithValue):
    _filter_name = "prefix"


class Search(_WithValue):
    _filter_name = "search"


class In(_WithValues):
    _filter_name = "in"


class ContainsAny(_WithValues):
    _filter_name = "containsAny"


class ContainsAll(_WithValues):
    _filter_name = "containsAll"


class InAssetSubtree(_WithValues):
    _filter_name = "inAssetSubtree"


class Exists(_WithProperty):
    _filter_name = "exists"


class Range(_WithProperty):
    _filter_name = "range"

    def __init__(
        self,
        property: PropertyReference,
        gt: FilterValue | None = None,
        gte: FilterValue | None = None,
        lt: FilterValue | None = None,
        lte: FilterValue | None = None,
    ) -> None:
        super().__init__(property)
        self._bounds = {"gt": gt, "gte": gte, "lt": lt, "lte": lte}
        if all(v is None for v in self._bounds.values()):
            raise ValueError("Range needs at least one of gt, gte, lt, lte")

    def _body(self) -> dict[str, Any]:
        return {k: _dump_value(v) for k, v in self._bounds.items() if v is not None}


# -- data modeling ------------------------------------------------------------------------------------------------
def _dm_ref(value: Any, kind: str) -> dict[str, Any]:
    """A view / container of ``HasData``: its id object or a tuple, as the wire reference with its type."""
    if isinstance(value, tuple):
        keys = ("space", "externalId", "version")[: len(value)]
        return {"type": kind, **dict(zip(keys, value, strict=True))}
    dump = getattr(value, "dump", None)
    if callable(dump):
        out: dict[str, Any] = dump(camel_case=True, include_type=False)
        return {"type": kind, **out}
    raise TypeError(f"a {kind} is an id object or a tuple, not {value!r}")


class HasData(Filter):
    """Instances with data in all the given containers / views.

    Example:
        >>> from cognite.client.data_classes import filters
        >>> filters.HasData(views=[("sp", "Pump", "v1")]).dump()
        {'hasData': [{'type': 'view', 'space': 'sp', 'externalId': 'Pump', 'version': 'v1'}]}
    """

    _filter_name = "hasData"

    def __init__(
        self,
        containers: Sequence[tuple[str, str] | Any] | None = None,
        views: Sequence[tuple[str, str, str] | Any] | None = None,
    ) -> None:
        self._refs = [_dm_ref(v, "view") for v in views or ()] + [_dm_ref(c, "container") for c in containers or ()]

    @classmethod
    def _load_body(cls, body: Any) -> Filter:
        obj = cls()
        obj._refs = list(body)
        return obj

    def _filter_body(self, camel_case_property: bool) -> Any:
        return self._refs


class Nested(Filter):
    """A filter on the node a direct relation ``scope`` points to."""

    _filter_name = "nested"

    def __init__(self, scope: PropertyReference, filter: Filter) -> None:
        if not isinstance(filter, Filter):
            raise TypeError(f"Nested takes a Filter, not {type(filter).__name__}")
        self._scope = _WithProperty(scope)
        self._filter = filter

    @classmethod
    def _load_body(cls, body: Any) -> Filter:
        return cls(body["scope"], Filter.load(body["filter"]))

    def _filter_body(self, camel_case_property: bool) -> Any:
        return {
            "scope": self._scope._dump_property(camel_case_property),
            "filter": self._filter.dump(camel_case_property),
        }


class Overlaps(Filter):
    """Instances whose range ``[start_property, end_property]`` overlaps the given bounds."""

    _filter_name = "overlaps"

    def __init__(
        self,
        start_property: PropertyReference,
        end_property: PropertyReference,
        gt: FilterValue | None = None,
        gte: FilterValue | None = None,
        lt: FilterValue | None = None,
        lte: FilterValue | None = None,
    ) -> None:
        self._start = _WithProperty(start_property)
        self._end = _WithProperty(end_property)
        self._bounds = {"gt": gt, "gte": gte, "lt": lt, "lte": lte}

    @classmethod
    def _load_body(cls, body: Any) -> Filter:
        bounds = {k: body[k] for k in ("gt", "gte", "lt", "lte") if k in body}
        return cls(body["startProperty"], body["endProperty"], **bounds)

    def _filter_body(self, camel_case_property: bool) -> Any:
        return {
            "startProperty": self._start._dump_property(camel_case_property),
            "endProperty": self._end._dump_property(camel_case_property),
            **{k: _dump_value(v) for k, v in self._bounds.items() if v is not None},
        }


class InstanceReferences(Filter):
    """Instances by id: ``InstanceReferences([("sp", "pump1"), NodeId("sp", "pump2")])``."""

    _filter_name = "instanceReferences"

    def __init__(self, references: Sequence[Any]) -> None:
        refs = []
        for r in references:
            if isinstance(r, tuple) and len(r) == 2:
                refs.append({"space": r[0], "externalId": r[1]})
            elif isinstance(r, Mapping):
                refs.append({"space": r["space"], "externalId": r.get("externalId", r.get("external_id"))})
            elif hasattr(r, "space") and hasattr(r, "external_id"):
                refs.append({"space": r.space, "externalId": r.external_id})
            else:
                raise TypeError(f"an instance reference is an id, a (space, external_id) tuple or a dict, not {r!r}")
        self._refs = refs

    @classmethod
    def _load_body(cls, body: Any) -> Filter:
        return cls(body)

    def _filter_body(self, camel_case_property: bool) -> Any:
        return self._refs


class SpaceFilter(Filter):
    """Instances in a space (or in one of several): ``equals`` / ``in`` on ``[instance_type, "space"]``."""

    def __init__(self, space: str | Sequence[str], instance_type: Literal["node", "edge"] = "node") -> None:
        if instance_type not in ("node", "edge"):
            raise ValueError(f"instance_type must be 'node' or 'edge', got {instance_type!r}")
        if isinstance(space, str):
            self._inner: Filter = Equals([instance_type, "space"], space)
        else:
            spaces = list(space)
            if not all(isinstance(s, str) for s in spaces):
                raise TypeError(f"space must be a str or a list of str, got {space!r}")
            self._inner = In([instance_type, "space"], spaces)

    def dump(self, camel_case_property: bool = False) -> dict[str, Any]:
        return self._inner.dump(camel_case_property)

    def _filter_body(self, camel_case_property: bool) -> Any:  # pragma: no cover - dump is the inner filter's
        return self._inner._filter_body(camel_case_property)


class GeoJSON(_WithProperty):
    """Base of the geometry filters; ``geometry`` is a ``Geometry`` (or a GeoJSON geometry dict)."""

    _filter_name = "geojson"

    def __init__(self, property: PropertyReference, geometry: Any) -> None:
        super().__init__(property)
        self._geometry = geometry

    @classmethod
    def _load_body(cls, body: Any) -> Filter:
        return cls(body["property"], body["geometry"])

    def _body(self) -> dict[str, Any]:
        g = self._geometry
        return {"geometry": g.dump(camel_case=True) if hasattr(g, "dump") else g}


class GeoJSONIntersects(GeoJSON):
    _filter_name = "geojsonIntersects"


class GeoJSONDisjoint(GeoJSON):
    _filter_name = "geojsonDisjoint"


class GeoJSONWithin(GeoJSON):
    _filter_name = "geojsonWithin"


_BY_NAME: dict[str, type[Filter]] = {
    c._filter_name: c
    for c in (
        And,
        Or,
        Not,
        MatchAll,
        Equals,
        Prefix,
        Search,
        In,
        ContainsAny,
        ContainsAll,
        InAssetSubtree,
        Exists,
        Range,
        HasData,
        Nested,
        Overlaps,
        InstanceReferences,
        GeoJSONIntersects,
        GeoJSONDisjoint,
        GeoJSONWithin,
    )
}
