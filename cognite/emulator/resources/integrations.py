"""Integrations: extractors reporting to CDF. CRUD by external id; ``POST /integrations/checkin`` (what a running
extractor sends) records when it was last seen and the errors it reports, which ``GET /integrations/errors`` lists."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.routing import BaseRoute, Route

from cognite.emulator.http import CDFError
from cognite.emulator.ids import now_ms
from cognite.emulator.resource import Limits, Resource, check_limit, endpoint
from cognite.emulator.store import Item, Store, paginate

_ERROR_LEVELS = ("warning", "error", "fatal")


class Integrations(Resource):
    name = "integrations"
    label = "Integration"
    key_field = "externalId"
    required = ("externalId", "extractor")
    operations = frozenset({"create", "get_list", "byids", "update", "delete"})
    updates = {"name": "set", "description": "set"}
    create_status = 200

    def __init__(self, emu: Any) -> None:
        super().__init__(emu)
        self.errors = Store("id", None)

    def prepare(self, item: Item) -> Item:
        extractor = item["extractor"]
        if not isinstance(extractor, dict) or not isinstance(extractor.get("externalId"), str):
            raise CDFError(400, "extractor must be an object with an externalId")
        return item

    def after_delete(self, item: Item) -> None:
        for error in [e for e in self.errors.values() if e["externalId"] == item["externalId"]]:
            self.errors.remove(error["id"])

    def reset(self) -> None:
        super().reset()
        self.errors.clear()

    def routes(self) -> list[BaseRoute]:
        return [
            *super().routes(),
            Route(self.path + "/checkin", endpoint(self.emu, self.handle_checkin), methods=["POST"]),
            Route(self.path + "/errors", endpoint(self.emu, self.handle_errors), methods=["GET"]),
        ]

    def handle_checkin(self, body: dict[str, Any], _req: Request) -> Any:
        integration = self.get({"externalId": body.get("externalId")})
        if integration is None:
            raise CDFError(400, f"Integration {body.get('externalId')} not found")
        errors = body.get("errors") or []
        if not isinstance(errors, list):
            raise CDFError(400, "errors must be a list")
        for error in errors:
            if not isinstance(error, dict) or error.get("level") not in _ERROR_LEVELS:
                raise CDFError(400, f"error level must be one of {list(_ERROR_LEVELS)}")
            if not isinstance(error.get("description"), str) or not isinstance(error.get("startTime"), int):
                raise CDFError(400, "an error needs a description and a startTime")
            if error.get("task") is not None and error["task"] not in {
                t.get("name") for t in integration.get("tasks") or []
            }:
                raise CDFError(400, f"Unknown task {error['task']!r}")
            stored = {"details": "", **error, "externalId": integration["externalId"], "id": self.emu.ids.next()}
            self.errors.put(stored)
        self.store.replace(integration, {**integration, "lastSeen": now_ms()})
        return {"externalId": integration["externalId"]}

    def handle_errors(self, query: dict[str, Any], _req: Request) -> Any:
        limits: Limits = self.limits
        limit = check_limit(query.get("limit"), limits.list_default, limits.list_max)
        wanted = {k: query[k] for k in ("externalId", "task") if k in query}
        low, high = _int_param(query, "minStartTime"), _int_param(query, "maxEndTime")

        def matches(e: Item) -> bool:
            if any(e.get(k) != v for k, v in wanted.items()):
                return False
            if low is not None and e["startTime"] < low:
                return False
            return high is None or int(e.get("endTime") or e["startTime"]) <= high

        items, cursor = paginate(self.errors, matches, limit, query.get("cursor"), None)
        out: dict[str, Any] = {"items": [{k: v for k, v in e.items() if k != "id"} for e in items]}
        if cursor is not None:
            out["nextCursor"] = cursor
        return out

    def dump(self) -> Any:
        return {"items": super().dump(), "errors": [e for _, e in self.errors.iter_from(0)]}

    def load(self, data: Any) -> None:
        super().load(data["items"])
        self.errors.clear()
        for error in data["errors"]:
            self.errors.put(error)


def _int_param(query: dict[str, Any], name: str) -> int | None:
    raw = query.get(name)
    if raw is None:
        return None
    if not str(raw).lstrip("-").isdigit():
        raise CDFError(400, f"{name} must be an integer (ms since epoch)")
    return int(raw)
