"""The one generic resource mechanism: a store plus create / byids / list / filter / update / delete / search /
aggregate handlers, configured per resource by class attributes. Resources override small hooks only.

Example (a complete resource):

    class Labels(Resource):
        name = "labels"
        label = "Label"
        key_field = "externalId"
        required = ("externalId", "name")
        operations = frozenset({"create", "list", "byids", "delete"})
        filters = {"name": eq("name"), "externalIdPrefix": prefix("externalId")}
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, replace
from dataclasses import fields as dataclass_fields
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from cognite.client._spec_facts import crud_paths, facts_at, spec_limits
from cognite.emulator.aggregates import aggregate
from cognite.emulator.filters import Builder, Predicate, compile_advanced, compile_filter, sort_items
from cognite.emulator.http import CDFError, json_response, read_json
from cognite.emulator.ids import now_ms
from cognite.emulator.spec_requests import check_required, item_variants, success_status, update_rules
from cognite.emulator.store import (
    Item,
    Key,
    Store,
    in_partition,
    offset_page,
    paginate,
    parse_partition,
)
from cognite.emulator.updates import UPDATE_KINDS, apply_update

if TYPE_CHECKING:
    from cognite.emulator.emulator import Emulator

ALL_OPERATIONS = frozenset(
    {"create", "byids", "list", "get_list", "get_one", "update", "delete", "search", "aggregate"}
)
_TOKEN = re.compile(r"\w+")
_SUFFIXES = {
    "create": "",
    "get_list": "",
    "list": "/list",
    "byids": "/byids",
    "update": "/update",
    "delete": "/delete",
    "search": "/search",
    "aggregate": "/aggregate",
    "get_one": "/{id:int}",
}


@dataclass(frozen=True)
class Limits:
    create: int = 1000
    byids: int = 1000
    update: int = 1000
    delete: int = 1000
    list_max: int = 1000
    list_default: int = 100
    get_list_default: int | None = None  # GET lists, when their default differs from POST /list
    search_max: int = 1000
    search_default: int = 100


_SPEC_LIMIT_FIELDS = {
    "create": "create",
    "retrieve": "byids",
    "update": "update",
    "delete": "delete",
    "list": "list_max",
}


def resolve_limits(path: str, declared: Limits) -> Limits:
    """The spec's limits of the operations at `path` (maxItems, list/search `limit` maximum), with what the resource
    declares explicitly (fields that differ from the defaults) taking precedence."""
    from_spec: dict[str, int] = {_SPEC_LIMIT_FIELDS[k]: v for k, v in spec_limits(path).items()}
    search = facts_at("POST", path + "/search")
    if search is not None and search.limit_max is not None:
        from_spec["search_max"] = search.limit_max
    default = Limits()
    explicit = {f.name: getattr(declared, f.name) for f in dataclass_fields(Limits)}
    explicit = {k: v for k, v in explicit.items() if v != getattr(default, k)}
    return replace(default, **{**from_spec, **explicit})


def check_items(body: dict[str, Any], limit: int, key: str = "items") -> list[Any]:
    """The `items` list of a request body, enforcing CDF's 1..limit size."""
    items = body.get(key)
    if not isinstance(items, list):
        raise CDFError(400, f"{key}: must be a list")
    if not 1 <= len(items) <= limit:
        raise CDFError(400, f"{key} size must be between 1 and {limit}")
    return items


def check_limit(value: Any, default: int, maximum: int, minimum: int = 1) -> int:
    if value is None:
        return default
    if isinstance(value, str) and value.lstrip("-").isdigit():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or not minimum <= value <= maximum:
        raise CDFError(400, f"limit must be between {minimum} and {maximum}")
    return value


def endpoint(
    emu: Emulator, fn: Callable[[dict[str, Any], Request], Any], status: int = 200
) -> Callable[[Request], Awaitable[Response]]:
    """An async route calling a synchronous handler with the parsed JSON body (or the query for GETs),
    under the emulator's lock. The handler returns the JSON reply (sent with `status`) or a Response."""

    async def route(request: Request) -> Response:
        body = await read_json(request) if request.method in ("POST", "PUT") else dict(request.query_params)
        with emu.lock:
            result = fn(body, request)
        if isinstance(result, Response):
            return result
        return json_response(result, status_code=status)

    return route


class Resource:
    """A CDF resource type served from one Store. Subclasses set the class attributes and override hooks."""

    name: str = ""  # URL segment and registry name, e.g. "assets"
    path: str = ""  # defaults to "/" + name
    label: str = ""  # singular for messages, e.g. "Asset"
    key_field: str = "id"  # "id" (server-assigned ints) or "externalId" / "name" (client keys)
    xid_field: str | None = "externalId"
    has_instance_id: bool = False
    timestamps: tuple[str, ...] = ("createdTime", "lastUpdatedTime")  # set on create (lastUpdatedTime on update)
    required: tuple[str, ...] = ()
    defaults: dict[str, Any] = {}
    filters: dict[str, Builder] = {}
    updates: dict[str, str] = {}
    search_fields: tuple[str, ...] = ("name", "description")
    operations: frozenset[str] = ALL_OPERATIONS
    limits: Limits = Limits()
    list_wrapped_filter: bool = True  # POST /list takes {"filter": {...}}; False: filter keys at the top level
    partitions_capped: bool = False  # True: n > 10 is reduced to 10 (the spec's `Partition`), else 400
    create_status: int = 201  # as the spec documents per resource
    delete_status: int = 200
    # True: the routes' paths (their spelling: "/byIds"), the required fields of created items (per `type` variant),
    # the create status and, unless `updates` is declared, the update rules come from the spec's operations at `path`
    from_spec: bool = False

    def __init__(self, emu: Emulator) -> None:
        if not self.path:
            self.path = "/" + self.name
        self.paths: dict[str, str] = crud_paths(self.path) if self.from_spec else {}
        self.create_variants = item_variants("POST", self.paths["create"]) if "create" in self.paths else ()
        if self.from_spec and not self.updates and "update" in self.paths:
            self.updates = update_rules(self.paths["update"])
        if "create" in self.paths:
            self.create_status = success_status("POST", self.paths["create"]) or self.create_status
        bad = {f: k for f, k in self.updates.items() if k not in UPDATE_KINDS}
        if bad:
            raise ValueError(f"{type(self).__name__}: unknown update rules {bad}; use one of {sorted(UPDATE_KINDS)}")
        self.emu = emu
        self.store = Store(self.key_field, self.xid_field)
        if "{" not in self.path or self.from_spec:
            self.limits = resolve_limits(self.path, self.limits)
        get_list = facts_at("GET", self.path) if self.from_spec else None
        self.get_list_max = get_list.limit_max if get_list and get_list.limit_max else self.limits.list_max

    # -- identity -------------------------------------------------------------------------------------------
    def key_of(self, ref: Any) -> Key | None:
        """The stored key for {"id"} / {"externalId"} / {"instanceId"} (or a bare id), None when unknown."""
        store = self.store
        if isinstance(ref, dict):
            if "id" in ref and self.key_field == "id":
                key = ref["id"]
                return key if key in store.items else None
            if "externalId" in ref and self.xid_field:
                if self.key_field == self.xid_field:
                    return ref["externalId"] if ref["externalId"] in store.items else None
                return store.by_xid.get(ref["externalId"])
            if "instanceId" in ref and self.has_instance_id:
                # Items named by an instance id are the core model's nodes, indexed by the service mirroring them.
                return self.emu.resource("core_mirror").classic_id(self.name, ref["instanceId"])
            if self.key_field in ref:
                key = ref[self.key_field]
                return key if key in store.items else None
            raise CDFError(400, f"Invalid identifier: {ref}")
        if ref in store.items:
            return ref
        return None

    def keys_of(self, refs: Iterable[Any], ignore_unknown: bool = False) -> set[Key]:
        """The stored keys for refs (filters referring to other resources); 400 with `missing` unless ignore_unknown."""
        return {item[self.key_field] for item in self.lookup(list(refs), ignore_unknown)}

    def lookup(self, refs: list[Any], ignore_unknown: bool) -> list[Item]:
        """The items for refs in request order; 400 with `missing` unless ignore_unknown."""
        found, missing = [], []
        for ref in refs:
            key = self.key_of(ref)
            if key is None:
                missing.append(ref if isinstance(ref, dict) else {self.key_field: ref})
            else:
                found.append(self.store.items[key])
        if missing and not ignore_unknown:
            raise CDFError(400, f"{self.label} ids not found", missing=_dedupe(missing))
        return found

    def get(self, ref: Any) -> Item | None:
        key = self.key_of(ref)
        return None if key is None else self.store.items[key]

    # -- hooks ------------------------------------------------------------------------------------------------
    def render(self, item: Item) -> Item:
        """The item as sent to clients (stored items are already in wire shape)."""
        return item

    def prepare(self, item: Item) -> Item:
        """Validate one new item and fill derived fields (before the key is assigned)."""
        return item

    def create_items(self, items: list[Item]) -> list[Item]:
        """Create validated items; resources whose items depend on each other override this (assets)."""
        return [self.insert(item) for item in items]

    def insert(self, item: Item, now: int | None = None) -> Item:
        # Defaults are scalars or empty containers: a shallow copy of each container is enough (and fast).
        new = {k: v.copy() if isinstance(v, (dict, list)) else v for k, v in self.defaults.items()}
        new.update(item)
        if self.key_field == "id":
            new["id"] = self.emu.ids.next()
        if self.timestamps:
            now = now if now is not None else now_ms()
            for field in self.timestamps:
                new[field] = now
        self.store.put(new)
        self.after_insert(new)
        return new

    def after_insert(self, item: Item) -> None:
        """Called when an item was stored."""

    def check_update(self, old: Item, new: Item) -> None:
        """Validate an updated item before it is stored."""

    def custom_update(self, item: Item, field: str, op: dict[str, Any]) -> None:
        """Apply an update to a field whose rule is "custom" (mutates `item`, a fresh copy)."""
        raise CDFError(400, f"Invalid update of {field}")

    def after_update(self, old: Item, new: Item) -> None:
        """Called after an item was updated."""

    def delete_items(self, items: list[Item], body: dict[str, Any]) -> None:
        for item in items:
            self.store.remove(item[self.key_field])
            self.after_delete(item)

    def after_delete(self, item: Item) -> None:
        """Called when an item was removed."""

    def reset(self) -> None:
        self.store.clear()

    def dump(self) -> Any:
        """JSON-able state for persistence."""
        return [item for _, item in self.store.iter_from(0)]

    def load(self, data: Any) -> None:
        self.store.clear()
        for item in data:
            self.store.put(item)
            if self.key_field == "id":
                self.emu.ids.reserve(item["id"])
            self.after_insert(item)

    # -- routes -----------------------------------------------------------------------------------------------
    def routes(self) -> list[BaseRoute]:
        emu, p, ops, spelt = self.emu, self.path, self.operations, self.paths
        statuses = {"create": self.create_status, "delete": self.delete_status}
        table: list[tuple[str, str, str, Callable[[dict[str, Any], Request], Any]]] = [
            ("create", p, "POST", self.handle_create),
            ("get_list", p, "GET", self.handle_get_list),
            ("list", spelt.get("list", p + "/list"), "POST", self.handle_list),
            ("byids", spelt.get("byids", p + "/byids"), "POST", self.handle_byids),
            ("update", spelt.get("update", p + "/update"), "POST", self.handle_update),
            ("delete", spelt.get("delete", p + "/delete"), "POST", self.handle_delete),
            ("search", p + "/search", "POST", self.handle_search),
            ("aggregate", p + "/aggregate", "POST", self.handle_aggregate),
            ("get_one", p + "/{id:int}", "GET", self.handle_get_one),
        ]
        # the spec's spelling ("/byIds") and the conventional one ("/byids", what the official SDK sends) both serve
        table += [(op, p + suffix, m, fn) for op, path, m, fn in table if path != p + (suffix := _SUFFIXES[op])]
        return [
            Route(path, endpoint(emu, fn, statuses.get(op, 200)), methods=[method])
            for op, path, method, fn in table
            if op in ops
        ]

    # -- handlers ---------------------------------------------------------------------------------------------
    def check_spec_limits(self, kind: str, items: list[Any]) -> None:
        """The spec's constraints on written fields (the table the SDK checks before sending): 400 naming the item,
        the field and the rule, as CDF answers."""
        from cognite.client._validation import InvalidInput, check_update_items, check_write_items

        check = check_write_items if kind == "create" else check_update_items
        try:
            check(f"{self.path.strip('/')}.{kind}", self.path, items)
        except InvalidInput as e:
            raise CDFError(400, str(e)) from None

    def handle_create(self, body: dict[str, Any], _req: Request) -> Any:
        items = check_items(body, self.limits.create)
        self.check_spec_limits("create", items)
        prepared = []
        for raw in items:
            if not isinstance(raw, dict):
                raise CDFError(400, "items must be objects")
            item = {k: v for k, v in raw.items() if v is not None}
            for field in self.required:
                if field not in item:
                    raise CDFError(400, f"{field} may not be null")
            if self.create_variants:
                check_required(item, self.create_variants)
            for field in ("id", "createdTime", "lastUpdatedTime"):
                if field != self.key_field:
                    item.pop(field, None)
            prepared.append(self.prepare(item))
        self.check_duplicates(prepared)
        created = self.create_items(prepared)
        return {"items": [self.render(i) for i in created]}

    def check_duplicates(self, items: list[Item]) -> None:
        """409 with `duplicated` for keys/externalIds that exist already or repeat within the request."""
        fields = [f for f in (self.key_field, self.xid_field) if f and f != "id"]
        for field in dict.fromkeys(fields):
            seen: set[Any] = set()
            dups = []
            for item in items:
                value = item.get(field)
                if value is None:
                    continue
                taken = (value in self.store.items) if field == self.key_field else (value in self.store.by_xid)
                if taken or value in seen:
                    dups.append({field: value})
                seen.add(value)
            if dups:
                raise CDFError(409, f"{self.label} id duplicated", duplicated=_dedupe(dups))

    def handle_byids(self, body: dict[str, Any], _req: Request) -> Any:
        refs = check_items(body, self.limits.byids)
        found = self.lookup(refs, bool(body.get("ignoreUnknownIds")))
        return {"items": [self.render(i) for i in _unique(found, self.key_field)]}

    def handle_get_one(self, _body: dict[str, Any], req: Request) -> Any:
        key = req.path_params["id"]
        item = self.store.get(key)
        if item is None:
            raise CDFError(400, f"{self.label} ids not found", missing=[{"id": key}])
        return self.render(item)

    def list_predicate(self, flt: Any) -> Predicate | None:
        return compile_filter(flt, self)

    def list_page(self, body: dict[str, Any], flt: Any, maximum: int | None = None) -> dict[str, Any]:
        limit = check_limit(body.get("limit"), self.limits.list_default, maximum or self.limits.list_max)
        partition = parse_partition(body.get("partition"), capped=self.partitions_capped)
        page_size = self.emu.faults.short_page(limit)
        pred = _both(self.list_predicate(flt), compile_advanced(body.get("advancedFilter")))
        if body.get("sort"):
            items, cursor = self._sorted_page(pred, body["sort"], page_size, body.get("cursor"), partition)
        else:
            items, cursor = paginate(self.store, pred, page_size, body.get("cursor"), partition)
        out: dict[str, Any] = {"items": [self.render(i) for i in items]}
        if cursor is not None:
            out["nextCursor"] = cursor
        return out

    def _sorted_page(
        self, pred: Predicate | None, sort: Any, limit: int, cursor: str | None, partition: tuple[int, int] | None
    ) -> tuple[list[Item], str | None]:
        """Sorted lists materialise the match and page by offset (the cursor is the offset)."""
        key = self.key_field
        matched = [
            i for i in self.store.items.values() if in_partition(i[key], partition) and (pred is None or pred(i))
        ]
        return offset_page(sort_items(matched, sort), limit, cursor)

    def handle_list(self, body: dict[str, Any], _req: Request) -> Any:
        if self.list_wrapped_filter:
            flt = body.get("filter")
        else:
            flt = {k: v for k, v in body.items() if k not in ("limit", "cursor", "partition")}
        return self.list_page(body, flt)

    def handle_get_list(self, query: dict[str, Any], _req: Request) -> Any:
        flt = {}
        for key, raw in query.items():
            if key in ("limit", "cursor", "partition", "includeMetadata", "all", "sort"):
                continue
            flt[key] = _query_value(raw)
        body: dict[str, Any] = {k: query[k] for k in ("limit", "cursor", "partition") if k in query}
        if "limit" not in body and self.limits.get_list_default is not None:
            body["limit"] = self.limits.get_list_default
        sort = query.get("sort")
        if sort:
            # GET lists take sort=ASC|DESC (by id), or a JSON list like the POST body.
            order = sort.upper()
            body["sort"] = (
                [{"property": [self.key_field], "order": order.lower()}]
                if order in ("ASC", "DESC")
                else _query_value(sort)
            )
        return self.list_page(body, flt, self.get_list_max)

    def handle_update(self, body: dict[str, Any], _req: Request) -> Any:
        changes = check_items(body, self.limits.update)
        self.check_spec_limits("update", changes)
        targets = self.lookup([_ref_of(c, self.key_field) for c in changes], ignore_unknown=False)
        now = now_ms()
        updated: dict[Key, Item] = {}
        for change, target in zip(changes, targets, strict=True):
            key = target[self.key_field]
            old = updated.get(key, target)
            new = apply_update(old, change.get("update") or {}, self.updates, self.label, self.custom_update)
            if "lastUpdatedTime" in self.timestamps:
                new["lastUpdatedTime"] = now
            self.check_update(old, new)
            updated[key] = new
        self.check_update_duplicates(targets, list(updated.values()))
        for new in updated.values():
            old = self.store.items[new[self.key_field]]
            self.store.replace(old, new)
            self.after_update(old, new)
        return {"items": [self.render(updated[t[self.key_field]]) for t in _unique(targets, self.key_field)]}

    def check_update_duplicates(self, old_items: list[Item], new_items: list[Item]) -> None:
        if not self.xid_field or self.xid_field == self.key_field:
            return
        changed = {n[self.key_field] for n in new_items}
        dups = []
        seen: set[str] = set()
        for new in new_items:
            xid = new.get(self.xid_field)
            if xid is None:
                continue
            owner = self.store.by_xid.get(xid)
            if (owner is not None and owner != new[self.key_field] and owner not in changed) or xid in seen:
                dups.append({self.xid_field: xid})
            seen.add(xid)
        if dups:
            raise CDFError(409, f"{self.label} id duplicated", duplicated=dups)

    def handle_delete(self, body: dict[str, Any], _req: Request) -> Any:
        refs = check_items(body, self.limits.delete)
        items = _unique(self.lookup(refs, bool(body.get("ignoreUnknownIds"))), self.key_field)
        self.delete_items(items, body)
        return {}

    def handle_search(self, body: dict[str, Any], _req: Request) -> Any:
        limit = check_limit(body.get("limit"), self.limits.search_default, self.limits.search_max)
        pred = compile_filter(body.get("filter"), self)
        search = body.get("search") or {}
        if not isinstance(search, dict):
            raise CDFError(400, "search must be an object")
        # each query is parsed once, not once per item: (fields searched, lower-case query, its words)
        terms = [
            (self.search_fields if field == "query" else (field,), query.lower(), _words(query))
            for field, query in search.items()
            if isinstance(query, str)
        ]
        scored = []
        for n, item in enumerate(self.store.items.values()):
            if pred is not None and not pred(item):
                continue
            score = self.search_score(item, terms) if search else 1.0
            if score > 0:
                scored.append((-score, n, item))
        scored.sort(key=lambda t: (t[0], t[1]))
        return {"items": [self.render(i) for _, _, i in scored[:limit]]}

    def search_score(self, item: Item, terms: list[tuple[tuple[str, ...], str, set[str]]]) -> float:
        """Word overlap between each query and its fields (an exact match counts 10); `query` searches them all."""
        score = 0.0
        for fields, query, words in terms:
            for f in fields:
                text = item.get(f)
                if not isinstance(text, str):
                    continue
                low = text.lower()
                if low == query:
                    score += 10
                score += sum(1 for w in words if w in low)
        return score

    def handle_aggregate(self, body: dict[str, Any], _req: Request) -> Any:
        pred = _both(compile_filter(body.get("filter"), self), compile_advanced(body.get("advancedFilter")))
        items = [i for i in self.store.items.values() if pred is None or pred(i)]
        return {"items": aggregate(items, body)}


def _words(text: str) -> set[str]:
    return {w.lower() for w in _TOKEN.findall(text)}


def _both(a: Predicate | None, b: Predicate | None) -> Predicate | None:
    if a is None or b is None:
        return a or b
    return lambda item: a(item) and b(item)


def _ref_of(change: Any, key_field: str = "id") -> dict[str, Any]:
    if not isinstance(change, dict):
        raise CDFError(400, "update items must be objects")
    ref = {k: change[k] for k in ("id", "externalId", "instanceId", "name", key_field) if k in change}
    if not ref:
        raise CDFError(400, "update items need an id or externalId")
    return ref


def _unique(items: list[Item], key_field: str) -> list[Item]:
    seen: set[Any] = set()
    out = []
    for item in items:
        key = item[key_field]
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _dedupe(refs: list[Any]) -> list[Any]:
    out, seen = [], set()
    for ref in refs:
        marker = repr(ref)
        if marker not in seen:
            seen.add(marker)
            out.append(ref)
    return out


def _query_value(raw: str) -> Any:
    """Query parameters carry JSON for arrays, objects, numbers and booleans; anything else is a string."""
    import orjson

    if raw[:1] in "[{" or raw in ("true", "false") or raw.lstrip("-").isdigit():
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            return raw
    return raw
