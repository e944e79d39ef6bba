"""Workflow triggers: ``schedule`` (a cron expression in a time zone) and ``dataModeling`` (a query whose new or
changed instances start executions, in batches of ``batchSize``), pause / resume, and their run history.

Triggers fire from `run_due(at_ms)`: a ticker on the executions' background loop calls it every few seconds while
a trigger exists, and tests call it with the time they want (the emulator's controllable clock for triggers).
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from starlette.requests import Request
from starlette.routing import BaseRoute

from cognite.emulator.cron import Cron
from cognite.emulator.http import CDFError
from cognite.emulator.ids import now_ms
from cognite.emulator.resource import Resource, check_items
from cognite.emulator.resources.workflows import operation_routes, page_of
from cognite.emulator.store import Item

MINUTE_MS = 60_000
MAX_SCAN_MINUTES = 7 * 24 * 60  # a run_due far ahead fires at most a week of schedule
TICK_S = 5.0
_TRIGGER_TYPES = ("schedule", "dataModeling")


class WorkflowTriggers(Resource):
    name = "workflow_triggers"
    path = "/workflows/triggers"
    label = "Workflow trigger"
    key_field = "externalId"
    operations = frozenset()

    def __init__(self, emu: Any) -> None:
        super().__init__(emu)
        self.history: dict[str, list[Item]] = {}
        self._checked: dict[str, int] = {}  # trigger -> the time up to which it has fired
        self._seen: dict[str, dict[str, int]] = {}  # data modeling trigger -> instance key -> lastUpdatedTime
        self._ticker: Any = None

    def routes(self) -> list[BaseRoute]:
        return operation_routes(
            self.emu,
            {
                "CreateOrUpdateTriggers": self.handle_upsert,
                "FetchAllTriggers": lambda q, _r: page_of([self.store.items[k] for k in sorted(self.store.items)], q),
                "deleteTriggers": self.handle_delete_triggers,
                "getTriggerHistory": self.handle_history,
                "pauseTrigger": lambda _b, r: self._set_paused(r, True),
                "resumeTrigger": lambda _b, r: self._set_paused(r, False),
            },
        )

    def reset(self) -> None:
        super().reset()
        self.history.clear()
        self._checked.clear()
        self._seen.clear()

    # -- definitions ----------------------------------------------------------------------------------------
    def _check_rule(self, rule: Any) -> None:
        if isinstance(rule, dict) and rule.get("triggerType") == "recordStream":
            raise CDFError(400, "Record stream triggers are not emulated: use a schedule or a dataModeling trigger")
        if not isinstance(rule, dict) or rule.get("triggerType") not in _TRIGGER_TYPES:
            raise CDFError(400, f"triggerRule.triggerType must be one of {', '.join(_TRIGGER_TYPES)}")
        if rule["triggerType"] == "schedule":
            try:
                Cron.parse(str(rule.get("cronExpression") or ""))
            except ValueError as e:
                raise CDFError(400, str(e)) from None
            _zone(rule.get("timezone"))
        else:
            query = rule.get("dataModelingQuery")
            if not isinstance(query, dict) or not isinstance(query.get("with"), dict):
                raise CDFError(400, "dataModelingQuery needs 'with' (and 'select') result set expressions")
            size = rule.get("batchSize", 1)
            if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= 1000:
                raise CDFError(400, "batchSize must be between 1 and 1000")

    def handle_upsert(self, body: dict[str, Any], _req: Request) -> Any:
        out = []
        for raw in check_items(body, self.limits.create):
            for field in ("externalId", "triggerRule", "workflowExternalId", "workflowVersion"):
                if not isinstance(raw, dict) or raw.get(field) is None:
                    raise CDFError(400, f"{field} may not be null")
            self._check_rule(raw["triggerRule"])
            auth = raw.get("authentication")
            if not isinstance(auth, dict) or not auth.get("nonce"):
                raise CDFError(400, "authentication.nonce is required (a session nonce)")
            fields = ("externalId", "triggerRule", "workflowExternalId", "workflowVersion", "input", "metadata")
            item = {k: raw[k] for k in fields if raw.get(k) is not None}
            old = self.store.items.get(item["externalId"])
            now = now_ms()
            item.update(
                createdTime=old["createdTime"] if old else now,
                lastUpdatedTime=now,
                isPaused=old["isPaused"] if old else False,
            )
            if old is not None:
                self.store.replace(old, item)
            else:
                self.store.put(item)
            self._checked[item["externalId"]] = now
            if item["triggerRule"]["triggerType"] == "dataModeling":
                self._seen[item["externalId"]] = {}
            out.append(item)
        self._start_ticker()
        return {"items": out}

    def handle_delete_triggers(self, body: dict[str, Any], _req: Request) -> Any:
        xids = [str(r.get("externalId")) for r in check_items(body, self.limits.delete) if isinstance(r, dict)]
        missing = [{"externalId": x} for x in xids if x not in self.store.items]
        if missing:
            raise CDFError(404, "Workflow triggers not found", missing=missing)
        for xid in xids:
            self.store.remove(xid)
            for state in (self.history, self._checked, self._seen):
                state.pop(xid, None)
        return {}

    def _trigger(self, req: Request) -> Item:
        xid = req.path_params["triggerExternalId"]
        item = self.store.items.get(xid)
        if item is None:
            raise CDFError(404, f"Workflow trigger {xid!r} not found")
        return item

    def _set_paused(self, req: Request, paused: bool) -> Any:
        item = self._trigger(req)
        new = {**item, "isPaused": paused, "lastUpdatedTime": now_ms()}
        self.store.replace(item, new)
        if not paused:  # a resumed schedule fires from now on, not for what it missed
            self._checked[item["externalId"]] = now_ms()
        return {}

    def handle_history(self, query: dict[str, Any], req: Request) -> Any:
        item = self._trigger(req)
        runs = sorted(self.history.get(item["externalId"], []), key=lambda r: -r["fireTime"])
        return page_of(runs, query)

    # -- firing ---------------------------------------------------------------------------------------------
    def run_due(self, at_ms: int | None = None) -> list[Item]:
        """Fire every trigger due up to `at_ms` (default: now); returns the trigger runs recorded. Call it under
        the emulator's lock, or from outside a request (it takes the lock)."""
        at = now_ms() if at_ms is None else at_ms
        runs: list[Item] = []
        with self.emu.lock:
            for item in list(self.store.items.values()):
                if item["isPaused"]:
                    continue
                if item["triggerRule"]["triggerType"] == "schedule":
                    runs += self._due_schedule(item, at)
                else:
                    runs += self._due_data_modeling(item, at)
        return runs

    def _due_schedule(self, item: Item, at: int) -> list[Item]:
        rule = item["triggerRule"]
        cron, zone = Cron.parse(rule["cronExpression"]), _zone(rule.get("timezone"))
        since = int(self._checked.get(item["externalId"]) or item["createdTime"])
        minute = (since // MINUTE_MS + 1) * MINUTE_MS  # the first whole minute after the last check
        last = min(at, minute + MAX_SCAN_MINUTES * MINUTE_MS)
        runs = []
        while minute <= last:
            if cron.matches(datetime.fromtimestamp(minute / 1000, tz=timezone.utc).astimezone(zone)):
                runs.append(self._fire(item, minute, item.get("input")))
            minute += MINUTE_MS
        self._checked[item["externalId"]] = max(since, at)
        return runs

    def _due_data_modeling(self, item: Item, at: int) -> list[Item]:
        from cognite.emulator.dms.query import query

        rule = item["triggerRule"]
        dm_query = rule["dataModelingQuery"]
        result = query(self.emu.resource("instances"), {"with": dm_query["with"], "select": dm_query.get("select", {})})
        seen = self._seen.setdefault(item["externalId"], {})
        changed = []
        for instances in (result.get("items") or {}).values():
            for inst in instances:
                key = f"{inst.get('instanceType')}:{inst.get('space')}:{inst.get('externalId')}"
                stamp = inst.get("lastUpdatedTime", 0)
                if seen.get(key) != stamp:
                    seen[key] = stamp
                    changed.append(inst)
        size = rule.get("batchSize", 1)
        return [
            self._fire(item, at, {**(item.get("input") or {}), "version": 1, "items": changed[i : i + size]})
            for i in range(0, len(changed), size)
        ]

    def _fire(self, item: Item, fire_time: int, input: Any) -> Item:
        run: Item = {
            "externalId": item["externalId"],
            "fireTime": fire_time,
            "workflowExternalId": item["workflowExternalId"],
            "workflowVersion": item["workflowVersion"],
        }
        try:
            ex = self.emu.resource("workflow_executions").start(
                item["workflowExternalId"], item["workflowVersion"], input, item.get("metadata")
            )
            run.update(status="success", workflowExecutionId=ex["id"])
        except CDFError as e:
            run.update(status="failed", reasonForFailure=e.message)
        self.history.setdefault(item["externalId"], []).append(run)
        return run

    def _start_ticker(self) -> None:
        if self._ticker is not None:
            return
        engine = self.emu.resource("workflow_executions").engine

        async def tick() -> None:
            while self.store.items:
                await asyncio.sleep(TICK_S)
                self.run_due()
            self._ticker = None

        self._ticker = engine.submit(tick())


def _zone(name: Any) -> Any:
    if name is None:
        return timezone.utc
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise CDFError(400, f"Unknown time zone {name!r}: use an IANA name such as Europe/Oslo") from None
