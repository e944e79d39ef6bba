"""Extraction pipelines, their runs and their config revisions."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.routing import BaseRoute, Route

from cognite.emulator import filters as f
from cognite.emulator.http import CDFError
from cognite.emulator.ids import now_ms
from cognite.emulator.resource import Resource, check_items, check_limit, endpoint
from cognite.emulator.store import Item, offset_page

RUN_STATUSES = {"success", "failure", "seen"}
RUNS_LIMIT_DEFAULT = 100
RUNS_LIMIT_MAX = 1000


class ExtractionPipelines(Resource):
    name = "extpipes"
    label = "Extraction pipeline"
    required = ("externalId", "name", "dataSetId")
    create_status = 200
    operations = frozenset({"create", "get_list", "list", "byids", "update", "delete", "get_one"})
    filters = {
        "externalIdPrefix": f.prefix("externalId"),
        "name": f.eq("name"),
        "description": f.eq("description"),
        "dataSetIds": f.refs_in("dataSetId", "datasets"),
        "schedule": f.eq("schedule"),
        "source": f.eq("source"),
        "metadata": f.metadata(),
        "createdTime": f.time_range("createdTime"),
        "lastUpdatedTime": f.time_range("lastUpdatedTime"),
    }
    updates = {
        "externalId": "required",
        "name": "required",
        "description": "set",
        "dataSetId": "required",
        "schedule": "set",
        "rawTables": "list",
        "contacts": "list",
        "metadata": "map",
        "source": "set",
        "documentation": "set",
        "notificationConfig": "set",
    }

    def __init__(self, emu: Any) -> None:
        super().__init__(emu)
        self.runs: dict[str, list[Item]] = {}  # pipeline externalId -> runs, oldest first
        self.configs: dict[str, list[Item]] = {}  # pipeline externalId -> revisions, oldest first

    def reset(self) -> None:
        super().reset()
        self.runs.clear()
        self.configs.clear()

    def dump(self) -> Any:
        return {"items": super().dump(), "runs": self.runs, "configs": self.configs}

    def load(self, data: Any) -> None:
        super().load(data["items"])
        self.runs, self.configs = data["runs"], data["configs"]
        for runs in self.runs.values():
            for run in runs:
                self.emu.ids.reserve(run["id"])

    def after_update(self, old: Item, new: Item) -> None:
        if old["externalId"] != new["externalId"]:
            for table in (self.runs, self.configs):
                if old["externalId"] in table:
                    table[new["externalId"]] = table.pop(old["externalId"])

    def after_delete(self, item: Item) -> None:
        self.runs.pop(item["externalId"], None)
        self.configs.pop(item["externalId"], None)

    def routes(self) -> list[BaseRoute]:
        e, p = self.emu, self.path
        return [
            *super().routes(),
            Route(p + "/runs", endpoint(e, self.handle_create_runs), methods=["POST"]),
            Route(p + "/runs", endpoint(e, self.handle_get_runs), methods=["GET"]),
            Route(p + "/runs/list", endpoint(e, self.handle_list_runs), methods=["POST"]),
            Route(p + "/config", endpoint(e, self.handle_create_config), methods=["POST"]),
            Route(p + "/config", endpoint(e, self.handle_get_config), methods=["GET"]),
            Route(p + "/config/revisions", endpoint(e, self.handle_config_revisions), methods=["GET"]),
            Route(p + "/config/revert", endpoint(e, self.handle_revert_config), methods=["POST"]),
        ]

    def _pipeline(self, xid: Any) -> Item:
        return self.lookup([{"externalId": xid}], ignore_unknown=False)[0]

    # -- runs -------------------------------------------------------------------------------------------------
    def handle_create_runs(self, body: dict[str, Any], _req: Request) -> Any:
        items = check_items(body, self.limits.create)
        for run in items:
            self._pipeline(run.get("externalId"))
            if run.get("status") not in RUN_STATUSES:
                raise CDFError(400, f"status must be one of {sorted(RUN_STATUSES)}")
        created = []
        for run in items:
            new = {
                "id": self.emu.ids.next(),
                "externalId": run["externalId"],
                "status": run["status"],
                "createdTime": run.get("createdTime") or now_ms(),
            }
            if run.get("message") is not None:
                new["message"] = run["message"]
            self.runs.setdefault(run["externalId"], []).append(new)
            self._record_run(new)
            created.append(new)
        return {"items": created}

    def _record_run(self, run: Item) -> None:
        pipeline = self._pipeline(run["externalId"])
        updated = dict(pipeline)
        at = run["createdTime"]
        updated["lastSeen"] = max(at, pipeline.get("lastSeen", 0))
        if run["status"] == "success":
            updated["lastSuccess"] = max(at, pipeline.get("lastSuccess", 0))
        elif run["status"] == "failure":
            updated["lastFailure"] = max(at, pipeline.get("lastFailure", 0))
            if "message" in run:
                updated["lastMessage"] = run["message"]
        self.store.replace(pipeline, updated)

    def _runs_page(self, flt: dict[str, Any], limit: int, cursor: str | None) -> dict[str, Any]:
        runs = list(reversed(self.runs.get(self._pipeline(flt.get("externalId"))["externalId"], [])))
        statuses = flt.get("statuses")
        window = flt.get("createdTime") or {}
        substring = (flt.get("message") or {}).get("substring")
        matching = [
            r
            for r in runs
            if (not statuses or r["status"] in statuses)
            and (window.get("min") is None or r["createdTime"] >= window["min"])
            and (window.get("max") is None or r["createdTime"] <= window["max"])
            and (substring is None or substring in r.get("message", ""))
        ]
        page, next_cursor = offset_page(matching, limit, cursor)
        out: dict[str, Any] = {"items": [{k: v for k, v in r.items() if k != "externalId"} for r in page]}
        if next_cursor:
            out["nextCursor"] = next_cursor
        return out

    def handle_list_runs(self, body: dict[str, Any], _req: Request) -> Any:
        limit = check_limit(body.get("limit"), RUNS_LIMIT_DEFAULT, RUNS_LIMIT_MAX)
        return self._runs_page(body.get("filter") or {}, limit, body.get("cursor"))

    def handle_get_runs(self, query: dict[str, Any], req: Request) -> Any:
        limit = check_limit(query.get("limit"), RUNS_LIMIT_DEFAULT, RUNS_LIMIT_MAX)
        flt: dict[str, Any] = {"externalId": query.get("externalId")}
        if "statuses" in req.query_params:
            flt["statuses"] = req.query_params.getlist("statuses")
        return self._runs_page(flt, limit, query.get("cursor"))

    # -- config -----------------------------------------------------------------------------------------------
    def _add_revision(self, xid: str, config: Any, description: Any) -> Item:
        revisions = self.configs.setdefault(xid, [])
        revision = {"externalId": xid, "config": config, "revision": len(revisions) + 1, "createdTime": now_ms()}
        if description is not None:
            revision["description"] = description
        revisions.append(revision)
        return revision

    def handle_create_config(self, body: dict[str, Any], _req: Request) -> Any:
        pipeline = self._pipeline(body.get("externalId"))
        if not isinstance(body.get("config"), str):
            raise CDFError(400, "config must be a string")
        return self._add_revision(pipeline["externalId"], body["config"], body.get("description"))

    def _revision(self, xid: str, number: Any) -> Item:
        revisions = self.configs.get(xid) or []
        if not revisions:
            raise CDFError(404, f"No config for extraction pipeline {xid}")
        if number is None:
            return revisions[-1]
        n = int(number)
        if not 1 <= n <= len(revisions):
            raise CDFError(404, f"Config revision {n} not found for {xid}")
        return revisions[n - 1]

    def handle_get_config(self, query: dict[str, Any], _req: Request) -> Any:
        pipeline = self._pipeline(query.get("externalId"))
        if query.get("activeAtTime") is not None:
            at = int(query["activeAtTime"])
            active = [r for r in self.configs.get(pipeline["externalId"], []) if r["createdTime"] <= at]
            if not active:
                raise CDFError(404, "No config revision was active at that time")
            return active[-1]
        return self._revision(pipeline["externalId"], query.get("revision"))

    def handle_config_revisions(self, query: dict[str, Any], _req: Request) -> Any:
        pipeline = self._pipeline(query.get("externalId"))
        limit = check_limit(query.get("limit"), RUNS_LIMIT_DEFAULT, RUNS_LIMIT_MAX)
        revisions = list(reversed(self.configs.get(pipeline["externalId"], [])))
        page, next_cursor = offset_page(revisions, limit, query.get("cursor"))
        out: dict[str, Any] = {"items": [{k: v for k, v in r.items() if k != "config"} for r in page]}
        if next_cursor:
            out["nextCursor"] = next_cursor
        return out

    def handle_revert_config(self, body: dict[str, Any], req: Request) -> Any:
        xid = body.get("externalId") or req.query_params.get("externalId")
        pipeline = self._pipeline(xid)
        old = self._revision(pipeline["externalId"], body.get("revision"))
        return self._add_revision(pipeline["externalId"], old["config"], old.get("description"))
