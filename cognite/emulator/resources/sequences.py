"""Sequences (metadata + columns) and their rows (insert / list with cursor / latest / delete)."""

from __future__ import annotations

import copy
from typing import Any

from starlette.requests import Request
from starlette.routing import BaseRoute, Route

from cognite.emulator import filters as f
from cognite.emulator.http import CDFError
from cognite.emulator.ids import now_ms
from cognite.emulator.resource import Limits, Resource, check_items, check_limit, endpoint
from cognite.emulator.store import Item, decode_cursor, encode_cursor

VALUE_TYPES = {"STRING", "DOUBLE", "LONG"}
ROWS_LIMIT_DEFAULT = 100
ROWS_LIMIT_MAX = 10_000
ROWS_PER_INSERT = 10_000
COLUMN_UPDATES = {"name": "set", "description": "set", "externalId": "required", "metadata": "map"}


class Sequences(Resource):
    name = "sequences"
    label = "Sequence"
    partitions_capped = True
    defaults = {"metadata": {}}
    limits = Limits(get_list_default=25)
    filters = {
        "name": f.eq("name"),
        "externalIdPrefix": f.prefix("externalId"),
        "metadata": f.metadata(),
        "assetIds": f.ids_in("assetId"),
        "rootAssetIds": f.ids_in("rootAssetId"),
        "assetSubtreeIds": f.asset_subtree("assetId"),
        "createdTime": f.time_range("createdTime"),
        "lastUpdatedTime": f.time_range("lastUpdatedTime"),
        "dataSetIds": f.refs_in("dataSetId", "datasets"),
    }
    updates = {
        "name": "set",
        "description": "set",
        "assetId": "set",
        "externalId": "set",
        "metadata": "map",
        "dataSetId": "set",
        "columns": "custom",
    }

    def __init__(self, emu: Any) -> None:
        super().__init__(emu)
        self.rows: dict[int, dict[int, dict[str, Any]]] = {}  # sequence id -> rowNumber -> column xid -> value

    # -- metadata ---------------------------------------------------------------------------------------------
    def prepare(self, item: Item) -> Item:
        columns = item.get("columns")
        if not isinstance(columns, list) or not columns:
            raise CDFError(400, "columns must be a non-empty list")
        now = now_ms()
        item["columns"] = [self._new_column(c, now) for c in columns]
        self._check_columns(item["columns"])
        return item

    def _new_column(self, column: Any, now: int) -> Item:
        if not isinstance(column, dict) or not column.get("externalId"):
            raise CDFError(400, "Every column needs an externalId")
        value_type = str(column.get("valueType", "DOUBLE")).upper()
        if value_type not in VALUE_TYPES:
            raise CDFError(400, f"valueType must be one of {sorted(VALUE_TYPES)}")
        out = {k: v for k, v in column.items() if v is not None}
        # The spec requires an id on every column (the official SDK ignores it).
        out.update(id=self.emu.ids.next(), valueType=value_type, createdTime=now, lastUpdatedTime=now)
        out.setdefault("metadata", {})
        return out

    @staticmethod
    def _check_columns(columns: list[Item]) -> None:
        xids = [c["externalId"] for c in columns]
        dups = sorted({x for x in xids if xids.count(x) > 1})
        if dups:
            raise CDFError(400, "Duplicate column externalIds", duplicated=[{"externalId": x} for x in dups])

    def after_insert(self, item: Item) -> None:
        self.rows.setdefault(item["id"], {})
        asset = self.emu.resource("assets").store.get(item.get("assetId"))
        if asset is not None:
            item["rootAssetId"] = asset["rootId"]

    def render(self, item: Item) -> Item:
        if "rootAssetId" not in item:
            return item
        return {k: v for k, v in item.items() if k != "rootAssetId"}

    def custom_update(self, item: Item, field: str, op: dict[str, Any]) -> None:
        now = now_ms()
        columns = [dict(c) for c in item["columns"]]
        by_xid = {c["externalId"]: c for c in columns}
        for change in op.get("modify") or ():
            column = by_xid.get(change.get("externalId"))
            if column is None:
                raise CDFError(400, "Column not found", missing=[{"externalId": change.get("externalId")}])
            for key, sub in (change.get("update") or {}).items():
                rule = COLUMN_UPDATES.get(key)
                if rule is None:
                    raise CDFError(400, f"Unrecognized field in column update: {key}")
                if "set" in sub:
                    column[key] = copy.deepcopy(sub["set"])
                elif sub.get("setNull") and rule != "required":
                    column.pop(key, None)
                elif rule == "map":
                    merged = {k: v for k, v in (column.get(key) or {}).items() if k not in (sub.get("remove") or ())}
                    merged.update(sub.get("add") or {})
                    column[key] = merged
            column["lastUpdatedTime"] = now
        removed = {r.get("externalId") for r in op.get("remove") or ()}
        columns = [c for c in columns if c["externalId"] not in removed]
        columns.extend(self._new_column(c, now) for c in op.get("add") or ())
        if not columns:
            raise CDFError(400, "A sequence must keep at least one column")
        self._check_columns(columns)
        item["columns"] = columns

    def after_delete(self, item: Item) -> None:
        self.rows.pop(item["id"], None)

    def reset(self) -> None:
        super().reset()
        self.rows.clear()

    def dump(self) -> Any:
        return {
            "items": super().dump(),
            "rows": {str(k): [[n, v] for n, v in rows.items()] for k, rows in self.rows.items()},
        }

    def load(self, data: Any) -> None:
        super().load(data["items"])
        self.rows = {int(k): {n: v for n, v in rows} for k, rows in data["rows"].items()}

    # -- rows -------------------------------------------------------------------------------------------------
    def routes(self) -> list[BaseRoute]:
        emu, p = self.emu, self.path
        return [
            *super().routes(),
            Route(p + "/data", endpoint(emu, self.handle_insert_rows), methods=["POST"]),
            Route(p + "/data/list", endpoint(emu, self.handle_list_rows), methods=["POST"]),
            Route(p + "/data/latest", endpoint(emu, self.handle_latest_row), methods=["POST"]),
            Route(p + "/data/delete", endpoint(emu, self.handle_delete_rows), methods=["POST"]),
        ]

    def _sequence(self, ref: dict[str, Any]) -> Item:
        found = self.lookup([{k: ref[k] for k in ("id", "externalId") if k in ref}], ignore_unknown=False)
        return found[0]

    def handle_insert_rows(self, body: dict[str, Any], _req: Request) -> Any:
        items = check_items(body, ROWS_PER_INSERT)
        staged = []
        for entry in items:
            seq = self._sequence(entry)
            known = {c["externalId"]: c["valueType"] for c in seq["columns"]}
            columns = entry.get("columns") or []
            unknown = [c for c in columns if c not in known]
            if unknown or not columns:
                raise CDFError(400, f"Unknown or missing columns: {unknown}")
            for row in entry.get("rows") or ():
                values = row.get("values")
                if not isinstance(values, list) or len(values) != len(columns):
                    raise CDFError(400, "Each row needs one value per column")
                for xid, value in zip(columns, values, strict=True):
                    _check_value(known[xid], value, xid)
                staged.append((seq["id"], int(row["rowNumber"]), dict(zip(columns, values, strict=True))))
        for seq_id, number, values in staged:
            self.rows.setdefault(seq_id, {}).setdefault(number, {}).update(values)
        return {}

    def _columns(self, seq: Item, wanted: list[str] | None) -> list[Item]:
        if not wanted:
            return seq["columns"]
        by_xid = {c["externalId"]: c for c in seq["columns"]}
        missing = [x for x in wanted if x not in by_xid]
        if missing:
            raise CDFError(400, "Column not found", missing=[{"externalId": x} for x in missing])
        return [by_xid[x] for x in wanted]

    def _reply(self, seq: Item, columns: list[Item], numbers: list[int]) -> dict[str, Any]:
        rows = self.rows.get(seq["id"], {})
        out: dict[str, Any] = {
            "id": seq["id"],
            "columns": [{k: c[k] for k in ("externalId", "name", "valueType") if k in c} for c in columns],
            "rows": [{"rowNumber": n, "values": [rows[n].get(c["externalId"]) for c in columns]} for n in numbers],
        }
        if "externalId" in seq:
            out["externalId"] = seq["externalId"]
        return out

    def handle_list_rows(self, body: dict[str, Any], _req: Request) -> Any:
        seq = self._sequence(body)
        columns = self._columns(seq, body.get("columns"))
        limit = check_limit(body.get("limit"), ROWS_LIMIT_DEFAULT, ROWS_LIMIT_MAX)
        limit = self.emu.faults.short_page(limit)
        start = int(body.get("start", 0))
        end = body.get("end")
        if body.get("cursor"):
            start = max(start, decode_cursor(body["cursor"]) + 1)
        wanted = {c["externalId"] for c in columns}
        rows = self.rows.get(seq["id"], {})
        numbers = sorted(
            n for n, values in rows.items() if n >= start and (end is None or n < end) and wanted & values.keys()
        )
        page = numbers[:limit]
        out = self._reply(seq, columns, page)
        if len(numbers) > limit:
            out["nextCursor"] = encode_cursor(page[-1])
        return out

    def handle_latest_row(self, body: dict[str, Any], _req: Request) -> Any:
        seq = self._sequence(body)
        columns = self._columns(seq, body.get("columns"))
        before = body.get("before")
        rows = self.rows.get(seq["id"], {})
        candidates = [n for n in rows if before is None or n < before]
        return self._reply(seq, columns, [max(candidates)] if candidates else [])

    def handle_delete_rows(self, body: dict[str, Any], _req: Request) -> Any:
        items = check_items(body, ROWS_PER_INSERT)
        targets = [(self._sequence(entry), entry.get("rows") or []) for entry in items]
        for seq, numbers in targets:
            rows = self.rows.get(seq["id"], {})
            for n in numbers:
                rows.pop(n, None)
        return {}


def _check_value(value_type: str, value: Any, column: str) -> None:
    if value is None:
        return
    ok = isinstance(value, str) if value_type == "STRING" else isinstance(value, (int, float))
    if value_type == "LONG" and isinstance(value, float) and not value.is_integer():
        ok = False
    if isinstance(value, bool) or not ok:
        raise CDFError(400, f"Invalid value {value!r} for column {column} of type {value_type}")
