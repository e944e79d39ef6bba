"""RAW: databases, tables and rows (upsert by key), key-ordered reads with cursors, and the cursors endpoint
that splits a table into disjoint ranges for parallel reads."""

from __future__ import annotations

import base64
import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson
from starlette.requests import Request
from starlette.routing import BaseRoute

from cognite.emulator.http import CDFError
from cognite.emulator.ids import now_ms
from cognite.emulator.resource import check_items, check_limit, endpoint
from cognite.emulator.routing import EncodedPathRoute as Route  # names may hold '/' and '%'

NAMES_LIMIT_DEFAULT = 25
NAMES_LIMIT_MAX = 1000
ROWS_LIMIT_DEFAULT = 25
ROWS_LIMIT_MAX = 10_000
ROWS_PER_INSERT = 10_000
MAX_CURSORS = 10_000


@dataclass
class Table:
    created: int
    rows: dict[str, dict[str, Any]] = field(default_factory=dict)  # key -> {"key", "columns", "lastUpdatedTime"}
    _sorted: list[str] | None = None

    def sorted_keys(self) -> list[str]:
        """Row keys in order (cached until the next write)."""
        if self._sorted is None:
            self._sorted = sorted(self.rows)
        return self._sorted

    def touched(self) -> None:
        self._sorted = None


@dataclass
class Database:
    created: int
    tables: dict[str, Table] = field(default_factory=dict)


class Raw:
    """The RAW service (not a Resource: names instead of ids, nested paths)."""

    name = "raw"

    def __init__(self, emu: Any) -> None:
        self.emu = emu
        self.dbs: dict[str, Database] = {}

    def reset(self) -> None:
        self.dbs.clear()

    def dump(self) -> Any:
        return {
            db_name: {
                "created": db.created,
                "tables": {t: {"created": tb.created, "rows": list(tb.rows.values())} for t, tb in db.tables.items()},
            }
            for db_name, db in self.dbs.items()
        }

    def load(self, data: Any) -> None:
        self.dbs = {}
        for db_name, db in data.items():
            tables = {t: Table(tb["created"], {r["key"]: r for r in tb["rows"]}) for t, tb in db["tables"].items()}
            self.dbs[db_name] = Database(db["created"], tables)

    def routes(self) -> list[BaseRoute]:
        e = self.emu
        base = "/raw/dbs"
        table = base + "/{db}/tables/{table}"
        return [
            Route(base, endpoint(e, self.list_dbs), methods=["GET"]),
            Route(base, endpoint(e, self.create_dbs, 201), methods=["POST"]),
            Route(base + "/delete", endpoint(e, self.delete_dbs), methods=["POST"]),
            Route(base + "/{db}/tables", endpoint(e, self.list_tables), methods=["GET"]),
            Route(base + "/{db}/tables", endpoint(e, self.create_tables, 201), methods=["POST"]),
            Route(base + "/{db}/tables/delete", endpoint(e, self.delete_tables), methods=["POST"]),
            Route(table + "/cursors", endpoint(e, self.cursors), methods=["GET"]),
            Route(table + "/rows", endpoint(e, self.list_rows), methods=["GET"]),
            Route(table + "/rows", endpoint(e, self.insert_rows), methods=["POST"]),
            Route(table + "/rows/delete", endpoint(e, self.delete_rows), methods=["POST"]),
            Route(table + "/rows/{key:path}", endpoint(e, self.get_row), methods=["GET"]),
        ]

    # -- databases and tables ---------------------------------------------------------------------------------
    def _db(self, name: str, create: bool = False) -> Database:
        db = self.dbs.get(name)
        if db is None:
            if not create:
                raise CDFError(404, f"Database not found: {name}", missing=[{"name": name}])
            db = self.dbs[name] = Database(now_ms())
        return db

    def _table(self, req: Request, create: bool = False) -> Table:
        db_name, table_name = req.path_params["db"], req.path_params["table"]
        db = self._db(db_name, create)
        table = db.tables.get(table_name)
        if table is None:
            if not create:
                raise CDFError(404, f"Table not found: {db_name}/{table_name}", missing=[{"name": table_name}])
            table = db.tables[table_name] = Table(now_ms())
        return table

    def list_dbs(self, query: dict[str, Any], _req: Request) -> Any:
        return _name_page(self.dbs, query)

    def create_dbs(self, body: dict[str, Any], _req: Request) -> Any:
        return _add_named(self.dbs, _names(check_items(body, NAMES_LIMIT_MAX), 32), "Databases", Database)

    def delete_dbs(self, body: dict[str, Any], _req: Request) -> Any:
        names = _names(check_items(body, NAMES_LIMIT_MAX), 32)
        _check_present(self.dbs, names, "Databases")
        if not body.get("recursive"):
            full = [n for n in names if self.dbs[n].tables]
            if full:
                raise CDFError(400, f"Databases are not empty (use recursive=true): {full}")
        for n in names:
            del self.dbs[n]
        return {}

    def list_tables(self, query: dict[str, Any], req: Request) -> Any:
        return _name_page(self._db(req.path_params["db"]).tables, query)

    def create_tables(self, body: dict[str, Any], req: Request) -> Any:
        names = _names(check_items(body, NAMES_LIMIT_MAX), 64)
        db = self._db(req.path_params["db"], create=req.query_params.get("ensureParent") == "true")
        return _add_named(db.tables, names, "Tables", Table)

    def delete_tables(self, body: dict[str, Any], req: Request) -> Any:
        names = _names(check_items(body, NAMES_LIMIT_MAX), 64)
        db = self._db(req.path_params["db"])
        _check_present(db.tables, names, "Tables")
        for n in names:
            del db.tables[n]
        return {}

    # -- rows -------------------------------------------------------------------------------------------------
    def insert_rows(self, body: dict[str, Any], req: Request) -> Any:
        items = check_items(body, ROWS_PER_INSERT)
        for row in items:
            if not isinstance(row, dict) or not isinstance(row.get("key"), str) or not row["key"]:
                raise CDFError(400, "Every row needs a non-empty string key")
            if not isinstance(row.get("columns"), dict):
                raise CDFError(400, "Every row needs a columns object")
        table = self._table(req, create=req.query_params.get("ensureParent") == "true")
        now = now_ms()
        for row in items:
            table.rows[row["key"]] = {"key": row["key"], "columns": row["columns"], "lastUpdatedTime": now}
        table.touched()
        return {}

    def delete_rows(self, body: dict[str, Any], req: Request) -> Any:
        items = check_items(body, ROWS_PER_INSERT)
        table = self._table(req)
        for row in items:
            table.rows.pop(row.get("key"), None)
        table.touched()
        return {}

    def get_row(self, _query: dict[str, Any], req: Request) -> Any:
        row = self._table(req).rows.get(req.path_params["key"])
        if row is None:
            raise CDFError(404, f"Row not found: {req.path_params['key']}")
        return row

    def cursors(self, query: dict[str, Any], req: Request) -> Any:
        """n cursors over disjoint key ranges that together cover the table (as filtered by time)."""
        table = self._table(req)
        n = check_limit(query.get("numberOfCursors"), 10, MAX_CURSORS)
        keys = [k for k in table.sorted_keys() if _in_time(table.rows[k], query)]
        bounds = [keys[len(keys) * i // n] if len(keys) * i // n < len(keys) else None for i in range(n)]
        starts = sorted({b for b in bounds if b is not None})
        if not starts:
            return {"items": [_encode({"from": None, "to": None})]}
        # The first range starts at the very beginning (keys inserted later that sort first are covered).
        lows: list[str | None] = [None, *starts[1:]]
        ranges = [(lo, starts[i + 1] if i + 1 < len(starts) else None) for i, lo in enumerate(lows)]
        return {"items": [_encode({"from": lo, "to": hi}) for lo, hi in ranges]}

    def list_rows(self, query: dict[str, Any], req: Request) -> Any:
        table = self._table(req)
        limit = self.emu.faults.short_page(check_limit(query.get("limit"), ROWS_LIMIT_DEFAULT, ROWS_LIMIT_MAX))
        state = _decode(query["cursor"]) if query.get("cursor") else {"from": None, "to": None}
        lo, hi, after = state.get("from"), state.get("to"), state.get("after")
        columns = query.get("columns")
        wanted = None if columns is None else [c for c in columns.split(",") if c]
        keys = table.sorted_keys()
        pos = bisect.bisect_right(keys, after) if after is not None else (bisect.bisect_left(keys, lo) if lo else 0)
        out: list[dict[str, Any]] = []
        next_cursor = None
        while pos < len(keys):
            key = keys[pos]
            pos += 1
            if hi is not None and key >= hi:
                break
            row = table.rows[key]
            if not _in_time(row, query):
                continue
            if len(out) == limit:
                next_cursor = _encode({"from": lo, "to": hi, "after": out[-1]["key"]})
                break
            if wanted is not None:
                row = {**row, "columns": {c: row["columns"][c] for c in wanted if c in row["columns"]}}
            out.append(row)
        reply: dict[str, Any] = {"items": out}
        if next_cursor is not None:
            reply["nextCursor"] = next_cursor
        return reply


def _in_time(row: dict[str, Any], query: dict[str, Any]) -> bool:
    lo, hi = query.get("minLastUpdatedTime"), query.get("maxLastUpdatedTime")
    t = row["lastUpdatedTime"]
    return (lo is None or t >= int(lo)) and (hi is None or t <= int(hi))


def _names(items: list[Any], max_len: int) -> list[str]:
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else None
        if not isinstance(name, str) or not 1 <= len(name) <= max_len:
            raise CDFError(400, f"name must be a string of 1 to {max_len} characters")
        names.append(name)
    return names


def _add_named(named: dict[str, Any], names: list[str], what: str, make: Callable[[int], Any]) -> dict[str, Any]:
    """Create databases or tables (all or none): 400 listing the names that exist already."""
    dups = [{"name": n} for n in names if n in named]
    if dups:
        raise CDFError(400, f"{what} already created", duplicated=dups)
    now = now_ms()
    for n in names:
        named[n] = make(now)
    return {"items": [{"name": n, "createdTime": now} for n in names]}


def _check_present(named: dict[str, Any], names: list[str], what: str) -> None:
    """404 listing the names that do not exist (before a delete changes anything)."""
    missing = [{"name": n} for n in names if n not in named]
    if missing:
        raise CDFError(404, f"{what} not found", missing=missing)


def _name_page(named: dict[str, Any], query: dict[str, Any]) -> dict[str, Any]:
    limit = check_limit(query.get("limit"), NAMES_LIMIT_DEFAULT, NAMES_LIMIT_MAX)
    names = sorted(named)
    after = _decode(query["cursor"]).get("after") if query.get("cursor") else None
    if after is not None:
        names = [n for n in names if n > after]
    page = names[:limit]
    out: dict[str, Any] = {"items": [{"name": n, "createdTime": named[n].created} for n in page]}
    if len(names) > limit:
        out["nextCursor"] = _encode({"after": page[-1]})
    return out


def _encode(state: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(orjson.dumps(state)).decode().rstrip("=")


def _decode(cursor: str) -> dict[str, Any]:
    try:
        state = orjson.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, orjson.JSONDecodeError) as e:
        raise CDFError(400, f"Invalid cursor: {cursor}") from e
    if not isinstance(state, dict):
        raise CDFError(400, f"Invalid cursor: {cursor}")
    return state
