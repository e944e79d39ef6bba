"""The GraphQL API of one data model version, answered from the instances service.

Built from the data model's views (graphql-core types; cached by the service): per node view `X`, the query fields
`listX(filter, first, after, sort)` and `getXById(instance | instances)`, both `XConnection { items, pageInfo }`.
A type has `space`, `externalId`, `createdTime`, `lastUpdatedTime` and the view's properties: scalars and lists of
scalars, direct relations to views of the model (the target node, or null), and edge connections (`first`, `after`)
to them. Filters: per scalar property `eq`, `in`, `prefix` (text), `gt`/`gte`/`lt`/`lte`, `isNull`, combined with
`and`, `or`, `not`. What the API does not declare (aggregates, search, mutations, time series data, reverse
relations, ...) is a GraphQL validation error, never an answer that means something else.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from graphql import (
    GraphQLArgument,
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLError,
    GraphQLField,
    GraphQLFloat,
    GraphQLInputField,
    GraphQLInputObjectType,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLResolveInfo,
    GraphQLScalarType,
    GraphQLSchema,
    GraphQLString,
)

from cognite.emulator.http import CDFError

if TYPE_CHECKING:
    from cognite.emulator.dms.instances import Instances

Item = dict[str, Any]
FIRST_DEFAULT = 100
FIRST_MAX = 1000


def _passthrough(value: Any) -> Any:
    return value


Int64 = GraphQLScalarType("Int64", serialize=int, parse_value=int)
Timestamp = GraphQLScalarType("Timestamp", serialize=str, parse_value=str)
Date = GraphQLScalarType("Date", serialize=str, parse_value=str)
JSONObject = GraphQLScalarType("JSONObject", serialize=_passthrough, parse_value=_passthrough)
# DMS property type -> GraphQL scalar (time series, file and sequence references are not served: no field)
SCALARS: dict[str, GraphQLScalarType] = {
    "text": GraphQLString,
    "int32": GraphQLInt,
    "int64": Int64,
    "float32": GraphQLFloat,
    "float64": GraphQLFloat,
    "boolean": GraphQLBoolean,
    "timestamp": Timestamp,
    "date": Date,
    "json": JSONObject,
}
_ORDERED = ("eq", "in", "gt", "gte", "lt", "lte", "isNull")


def _condition(name: str, scalar: GraphQLScalarType, ops: tuple[str, ...]) -> GraphQLInputObjectType:
    fields: dict[str, GraphQLInputField] = {}
    for op in ops:
        if op == "in":
            fields[op] = GraphQLInputField(GraphQLList(GraphQLNonNull(scalar)))
        elif op == "isNull":
            fields[op] = GraphQLInputField(GraphQLBoolean)
        else:
            fields[op] = GraphQLInputField(scalar)
    return GraphQLInputObjectType(name, fields)


CONDITIONS: dict[str, GraphQLInputObjectType] = {
    "text": _condition("_StringCondition", GraphQLString, ("eq", "in", "prefix", "isNull")),
    "int32": _condition("_IntCondition", GraphQLInt, _ORDERED),
    "int64": _condition("_Int64Condition", Int64, _ORDERED),
    "float32": _condition("_FloatCondition", GraphQLFloat, _ORDERED),
    "boolean": _condition("_BooleanCondition", GraphQLBoolean, ("eq", "isNull")),
    "timestamp": _condition("_TimestampCondition", Timestamp, _ORDERED),
    "date": _condition("_DateCondition", Date, _ORDERED),
}
CONDITIONS["float64"] = CONDITIONS["float32"]
SORT_DIRECTION = GraphQLEnumType("_SortDirection", {"ASC": "ascending", "DESC": "descending"})
PAGE_INFO = GraphQLObjectType(
    "PageInfo",
    {
        "hasNextPage": GraphQLField(GraphQLNonNull(GraphQLBoolean)),
        "hasPreviousPage": GraphQLField(GraphQLNonNull(GraphQLBoolean)),
        "startCursor": GraphQLField(GraphQLString),
        "endCursor": GraphQLField(GraphQLString),
    },
)
INSTANCE_REF = GraphQLInputObjectType(
    "_InstanceRef",
    {
        "space": GraphQLInputField(GraphQLNonNull(GraphQLString)),
        "externalId": GraphQLInputField(GraphQLNonNull(GraphQLString)),
    },
)
NODE_FIELDS = {"space": ["node", "space"], "externalId": ["node", "externalId"]}
SORTABLE_NODE_FIELDS = {
    **NODE_FIELDS,
    "createdTime": ["node", "createdTime"],
    "lastUpdatedTime": ["node", "lastUpdatedTime"],
}


def iso_ms(ms: int) -> str:
    """Epoch milliseconds as CDF's GraphQL timestamps: ISO 8601, UTC, milliseconds.

    Example:
        >>> iso_ms(0)
        '1970-01-01T00:00:00.000Z'
    """
    return datetime.fromtimestamp(ms / 1000, timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _ref(view: Item) -> Item:
    return {"type": "view", "space": view["space"], "externalId": view["externalId"], "version": view["version"]}


def _call(fn: Callable[[], Item]) -> Item:
    """A call into the instances service; its 400s become GraphQL errors."""
    try:
        return fn()
    except CDFError as e:
        raise GraphQLError(e.message) from None


class DataModelApi:
    """The executable GraphQL schema of one data model version (`schema`), over the instances service `svc`."""

    def __init__(self, svc: Instances, views: list[Item]) -> None:
        self.svc = svc
        self.views = {v["externalId"]: v for v in views}
        if len(self.views) != len(views):
            raise GraphQLError("The data model has two views with the same externalId: not supported by the emulator")
        self.by_key = {(v["space"], v["externalId"]): v["externalId"] for v in views}
        self.types: dict[str, GraphQLObjectType] = {}
        self.connections: dict[str, GraphQLObjectType] = {}
        for name in self.views:
            self.types[name] = GraphQLObjectType(name, self._fields_thunk(name))
            self.connections[name] = GraphQLObjectType(
                f"{name}Connection",
                {
                    "items": GraphQLField(GraphQLNonNull(GraphQLList(self.types[name]))),
                    "pageInfo": GraphQLField(GraphQLNonNull(PAGE_INFO)),
                },
            )
        query: dict[str, GraphQLField] = {}
        for name, view in self.views.items():
            if view.get("usedFor", "node") == "edge":
                continue
            query[f"list{name}"] = self._list_field(name)
            query[f"get{name}ById"] = self._get_field(name)
        if not query:
            query["_empty"] = GraphQLField(GraphQLString, description="The data model has no node views")
        self.schema = GraphQLSchema(query=GraphQLObjectType("Query", query))

    # -- property classification -------------------------------------------------------------------------------
    def _target(self, prop: Item) -> str | None:
        source = prop.get("source")
        return None if source is None else self.by_key.get((source["space"], source["externalId"]))

    def _scalar_props(self, name: str) -> dict[str, Item]:
        """Mapped, non-list scalar properties (what filters and sorts name)."""
        out = {}
        for pid, prop in (self.views[name].get("properties") or {}).items():
            ptype = prop.get("type") or {}
            if "container" in prop and ptype.get("type") in CONDITIONS and not ptype.get("list"):
                out[pid] = prop
        return out

    # -- object types --------------------------------------------------------------------------------------------
    def _fields_thunk(self, name: str) -> Callable[[], dict[str, GraphQLField]]:
        def fields() -> dict[str, GraphQLField]:
            out = {
                "space": GraphQLField(GraphQLNonNull(GraphQLString)),
                "externalId": GraphQLField(GraphQLNonNull(GraphQLString)),
                "createdTime": GraphQLField(GraphQLNonNull(Timestamp)),
                "lastUpdatedTime": GraphQLField(GraphQLNonNull(Timestamp)),
            }
            for pid, prop in (self.views[name].get("properties") or {}).items():
                field = self._property_field(pid, prop)
                if field is not None:
                    out[pid] = field
            return out

        return fields

    def _property_field(self, pid: str, prop: Item) -> GraphQLField | None:
        ptype = prop.get("type") or {}
        target = self._target(prop)
        if "container" in prop:
            if ptype.get("type") in SCALARS:
                scalar: GraphQLOutputType = SCALARS[ptype["type"]]
                return GraphQLField(GraphQLList(scalar) if ptype.get("list") else scalar)
            if ptype.get("type") == "direct" and target is not None:
                if ptype.get("list"):
                    return GraphQLField(GraphQLList(self.types[target]), resolve=self._direct_list(pid, target))
                return GraphQLField(self.types[target], resolve=self._direct(pid, target))
            return None
        if prop.get("connectionType") == "multi_edge_connection" and target is not None:
            args = {"first": GraphQLArgument(GraphQLInt), "after": GraphQLArgument(GraphQLString)}
            return GraphQLField(self.connections[target], args, resolve=self._edges(prop, target))
        return None

    # -- query fields ---------------------------------------------------------------------------------------------
    def _list_field(self, name: str) -> GraphQLField:
        args = {
            "filter": GraphQLArgument(self._filter_type(name)),
            "first": GraphQLArgument(GraphQLInt),
            "after": GraphQLArgument(GraphQLString),
            "sort": GraphQLArgument(GraphQLList(GraphQLNonNull(self._sort_type(name)))),
        }

        def resolve(_root: Any, _info: GraphQLResolveInfo, **kw: Any) -> Item:
            body: Item = {"instanceType": "node", "sources": [{"source": _ref(self.views[name])}]}
            body["limit"] = _first(kw.get("first"))
            if kw.get("after") is not None:
                body["cursor"] = kw["after"]
            if kw.get("filter"):
                body["filter"] = self._dms_filter(name, kw["filter"])
            if kw.get("sort"):
                body["sort"] = self._dms_sort(name, kw["sort"])
            reply = _call(lambda: self.svc.list_reply(body))
            return self._connection(name, reply)

        return GraphQLField(GraphQLNonNull(self.connections[name]), args, resolve=resolve)

    def _get_field(self, name: str) -> GraphQLField:
        args = {
            "instance": GraphQLArgument(INSTANCE_REF),
            "instances": GraphQLArgument(GraphQLList(GraphQLNonNull(INSTANCE_REF))),
        }

        def resolve(_root: Any, _info: GraphQLResolveInfo, **kw: Any) -> Item:
            refs = ([kw["instance"]] if kw.get("instance") else []) + list(kw.get("instances") or [])
            if not refs or (kw.get("instance") and kw.get("instances")):
                raise GraphQLError(f"get{name}ById needs exactly one of instance or instances")
            return {"items": self._nodes(refs, name), "pageInfo": _page_info(None)}

        return GraphQLField(GraphQLNonNull(self.connections[name]), args, resolve=resolve)

    def _filter_type(self, name: str) -> GraphQLInputObjectType:
        def fields() -> dict[str, GraphQLInputField]:
            out = {pid: GraphQLInputField(CONDITIONS[p["type"]["type"]]) for pid, p in self._scalar_props(name).items()}
            out.update({k: GraphQLInputField(CONDITIONS["text"]) for k in NODE_FIELDS})
            out["and"] = GraphQLInputField(GraphQLList(GraphQLNonNull(ftype)))
            out["or"] = GraphQLInputField(GraphQLList(GraphQLNonNull(ftype)))
            out["not"] = GraphQLInputField(ftype)
            return out

        ftype = GraphQLInputObjectType(f"_List{name}Filter", fields)
        return ftype

    def _sort_type(self, name: str) -> GraphQLInputObjectType:
        fields = {pid: GraphQLInputField(SORT_DIRECTION) for pid in [*SORTABLE_NODE_FIELDS, *self._scalar_props(name)]}
        return GraphQLInputObjectType(f"_{name}Sort", fields)

    # -- translation to DMS ---------------------------------------------------------------------------------------
    def _property(self, name: str, pid: str) -> list[str]:
        if pid in SORTABLE_NODE_FIELDS:
            return SORTABLE_NODE_FIELDS[pid]
        view = self.views[name]
        return [view["space"], f"{view['externalId']}/{view['version']}", pid]

    def _dms_filter(self, name: str, flt: Item) -> Item:
        parts: list[Item] = []
        for key, value in flt.items():
            if value is None:
                continue
            if key in ("and", "or"):
                parts.append({key: [self._dms_filter(name, f) for f in value] or [{"matchAll": {}}]})
            elif key == "not":
                parts.append({"not": self._dms_filter(name, value)})
            else:
                parts.extend(_condition_filters(self._property(name, key), value))
        if not parts:
            return {"matchAll": {}}
        return parts[0] if len(parts) == 1 else {"and": parts}

    def _dms_sort(self, name: str, sort: list[Item]) -> list[Item]:
        out = []
        for spec in sort:
            chosen = {k: v for k, v in spec.items() if v is not None}
            if len(chosen) != 1:
                raise GraphQLError("Each sort object names exactly one property")
            ((pid, direction),) = chosen.items()
            out.append({"property": self._property(name, pid), "direction": direction})
        return out

    # -- results --------------------------------------------------------------------------------------------------
    def _flat(self, name: str, inst: Item) -> Item:
        view = self.views[name]
        props = ((inst.get("properties") or {}).get(view["space"]) or {}).get(
            f"{view['externalId']}/{view['version']}"
        ) or {}
        return {
            **props,
            "space": inst["space"],
            "externalId": inst["externalId"],
            "createdTime": iso_ms(inst["createdTime"]),
            "lastUpdatedTime": iso_ms(inst["lastUpdatedTime"]),
        }

    def _connection(self, name: str, reply: Item) -> Item:
        return {"items": [self._flat(name, i) for i in reply["items"]], "pageInfo": _page_info(reply.get("nextCursor"))}

    def _nodes(self, refs: list[Item], name: str) -> list[Item]:
        """The nodes `refs` name that have data in view `name`, in the order named."""
        if not refs:
            return []
        items = [{"instanceType": "node", "space": r["space"], "externalId": r["externalId"]} for r in refs]
        body = {"items": items, "sources": [{"source": _ref(self.views[name])}]}
        reply = _call(lambda: self.svc.byids(body, None))  # type: ignore[arg-type]
        found = {(i["space"], i["externalId"]): self._flat(name, i) for i in reply["items"]}
        return [found[k] for r in refs if (k := (r["space"], r["externalId"])) in found]

    def _direct(self, pid: str, target: str) -> Callable[..., Item | None]:
        def resolve(parent: Item, _info: GraphQLResolveInfo) -> Item | None:
            ref = parent.get(pid)
            if not isinstance(ref, dict):
                return None
            found = self._nodes([ref], target)
            return found[0] if found else None

        return resolve

    def _direct_list(self, pid: str, target: str) -> Callable[..., list[Item] | None]:
        def resolve(parent: Item, _info: GraphQLResolveInfo) -> list[Item] | None:
            refs = parent.get(pid)
            return None if not isinstance(refs, list) else self._nodes([r for r in refs if isinstance(r, dict)], target)

        return resolve

    def _edges(self, prop: Item, target: str) -> Callable[..., Item]:
        outwards = prop.get("direction", "outwards") == "outwards"
        this_end, other_end = ("startNode", "endNode") if outwards else ("endNode", "startNode")

        def resolve(parent: Item, _info: GraphQLResolveInfo, **kw: Any) -> Item:
            me = {"space": parent["space"], "externalId": parent["externalId"]}
            body: Item = {
                "instanceType": "edge",
                "limit": _first(kw.get("first")),
                "filter": {
                    "and": [
                        {"equals": {"property": ["edge", "type"], "value": prop["type"]}},
                        {"equals": {"property": ["edge", this_end], "value": me}},
                    ]
                },
            }
            if kw.get("after") is not None:
                body["cursor"] = kw["after"]
            reply = _call(lambda: self.svc.list_reply(body))
            nodes = self._nodes([e[other_end] for e in reply["items"]], target)
            return {"items": nodes, "pageInfo": _page_info(reply.get("nextCursor"))}

        return resolve


def _first(value: Any) -> int:
    first = FIRST_DEFAULT if value is None else value
    if not 1 <= first <= FIRST_MAX:
        raise GraphQLError(f"first must be between 1 and {FIRST_MAX}, got {first}")
    return int(first)


def _page_info(cursor: str | None) -> Item:
    return {"hasNextPage": cursor is not None, "hasPreviousPage": False, "startCursor": None, "endCursor": cursor}


def _condition_filters(prop: list[str], cond: Item) -> list[Item]:
    out: list[Item] = []
    ranges = {k: cond[k] for k in ("gt", "gte", "lt", "lte") if cond.get(k) is not None}
    for op, value in cond.items():
        if value is None or op in ranges:
            continue
        if op == "eq":
            out.append({"equals": {"property": prop, "value": value}})
        elif op == "in":
            out.append({"in": {"property": prop, "values": value}})
        elif op == "prefix":
            out.append({"prefix": {"property": prop, "value": value}})
        elif op == "isNull":
            exists = {"exists": {"property": prop}}
            out.append({"not": exists} if value else exists)
    if ranges:
        out.append({"range": {"property": prop, **ranges}})
    return out
