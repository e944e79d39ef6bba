"""Workflows and their versions (DAGs of tasks): upserted definitions, keyed by external id and by
(workflowExternalId, version). Routes are those of the spec's operations (`operation_routes`). Executions are in
`workflow_executions`, triggers in `workflow_triggers`."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

import orjson
from cdf_api.operations import OPERATIONS
from starlette.requests import Request
from starlette.routing import BaseRoute

from cognite.emulator.http import CDFError
from cognite.emulator.ids import now_ms
from cognite.emulator.resource import Resource, check_items, check_limit, endpoint
from cognite.emulator.routing import EncodedPathRoute
from cognite.emulator.store import Item, offset_page

TASK_TYPES = ("function", "transformation", "cdf", "dynamic", "subworkflow", "simulation")
ON_FAILURE = ("abortWorkflow", "skipTask")
_RESERVED_TASK_IDS = ("workflow",)


def operation_routes(emu: Any, handlers: dict[str, Callable[[dict[str, Any], Request], Any]]) -> list[BaseRoute]:
    """Routes at the spec's path and method of each operation id (declared once, in the spec)."""
    return [
        EncodedPathRoute(OPERATIONS[op].path, endpoint(emu, fn), methods=[OPERATIONS[op].method])
        for op, fn in handlers.items()
    ]


def page_of(items: list[Item], body: dict[str, Any], default: int = 100, maximum: int = 1000) -> dict[str, Any]:
    limit = check_limit(body.get("limit"), default, maximum)
    page, cursor = offset_page(items, limit, body.get("cursor"))
    out: dict[str, Any] = {"items": page}
    if cursor is not None:
        out["nextCursor"] = cursor
    return out


def check_tasks(tasks: Any, where: str = "workflowDefinition.tasks") -> None:
    """CDF's checks of a task list: unique external ids, known types, dependencies inside the list, no cycle."""
    if not isinstance(tasks, list):
        raise CDFError(400, f"{where} must be a list")
    seen: dict[str, Item] = {}
    for task in tasks:
        if not isinstance(task, dict) or not isinstance(task.get("externalId"), str):
            raise CDFError(400, f"Every task in {where} needs an externalId")
        xid = task["externalId"]
        if xid in _RESERVED_TASK_IDS or xid.startswith("__"):
            raise CDFError(400, f"Task external id {xid!r} is reserved")
        if xid in seen:
            raise CDFError(400, f"Duplicate task external id {xid!r}")
        if task.get("type") not in TASK_TYPES:
            raise CDFError(400, f"Task {xid!r}: type must be one of {', '.join(TASK_TYPES)}")
        if not isinstance(task.get("parameters"), dict):
            raise CDFError(400, f"Task {xid!r}: parameters must be an object")
        if task.get("onFailure", "abortWorkflow") not in ON_FAILURE:
            raise CDFError(400, f"Task {xid!r}: onFailure must be one of {', '.join(ON_FAILURE)}")
        for field, low in (("retries", 0), ("timeout", 1)):
            value = task.get(field)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < low):
                raise CDFError(400, f"Task {xid!r}: {field} must be an integer >= {low}")
        seen[xid] = task
    for task in tasks:
        for dep in task.get("dependsOn") or []:
            if not isinstance(dep, dict) or dep.get("externalId") not in seen:
                raise CDFError(400, f"Task {task['externalId']!r} depends on an unknown task: {dep!r}")
    order = topological_order(tasks)
    if order is None:
        raise CDFError(400, f"The tasks of {where} depend on each other in a cycle")


def dependencies(task: Item) -> list[str]:
    return [d["externalId"] for d in task.get("dependsOn") or []]


def topological_order(tasks: list[Item]) -> list[str] | None:
    """The task external ids in an order respecting dependsOn; None for a cycle."""
    deps = {t["externalId"]: set(dependencies(t)) for t in tasks}
    order: list[str] = []
    while deps:
        ready = [x for x, d in deps.items() if not d]
        if not ready:
            return None
        for x in ready:
            order.append(x)
            del deps[x]
        for d in deps.values():
            d.difference_update(ready)
    return order


class Workflows(Resource):
    name = "workflows"
    label = "Workflow"
    key_field = "externalId"
    operations = frozenset()

    def routes(self) -> list[BaseRoute]:
        return operation_routes(
            self.emu,
            {
                "CreateOrUpdateWorkflow": self.handle_upsert,
                "FetchAllWorkflows": lambda q, _r: page_of(self._sorted(), q),
                "fetchWorkflowDetails": self.handle_get,
                "DeleteWorkflows": self.handle_delete_workflows,
            },
        )

    def _sorted(self) -> list[Item]:
        return [self.store.items[k] for k in sorted(self.store.items)]

    def upsert(self, raw: Any) -> Item:
        if not isinstance(raw, dict) or not isinstance(raw.get("externalId"), str) or not raw["externalId"]:
            raise CDFError(400, "Every workflow needs an externalId")
        fields = ("externalId", "description", "dataSetId", "maxConcurrentExecutions")
        item = {k: raw[k] for k in fields if raw.get(k) is not None}
        old = self.store.items.get(item["externalId"])
        now = now_ms()
        item["createdTime"] = old["createdTime"] if old else now
        item["lastUpdatedTime"] = now
        if old is not None:
            self.store.replace(old, item)
        else:
            self.store.put(item)
        return item

    def handle_upsert(self, body: dict[str, Any], _req: Request) -> Any:
        items = check_items(body, self.limits.create)
        return {"items": [self.upsert(i) for i in items]}

    def handle_get(self, _query: dict[str, Any], req: Request) -> Any:
        xid = req.path_params["workflowExternalId"]
        item = self.store.items.get(xid)
        if item is None:
            raise CDFError(404, f"Workflow {xid!r} not found")
        return item

    def handle_delete_workflows(self, body: dict[str, Any], req: Request) -> Any:
        refs = check_items(body, self.limits.delete)
        ignore = body.get("ignoreUnknownIds", req.query_params.get("ignoreUnknownIds") == "true")
        xids = [r.get("externalId") if isinstance(r, dict) else None for r in refs]
        missing = [{"externalId": x} for x in xids if x not in self.store.items]
        if missing and not ignore:
            raise CDFError(404, "Workflows not found", missing=missing)
        versions = self.emu.resource("workflow_versions")
        for xid in xids:
            if xid in self.store.items:
                self.store.remove(xid)
                versions.drop_workflow(xid)
        return {}


class WorkflowVersions(Resource):
    """Versions keyed by "workflowExternalId/version" in the store (the pair is the identifier on the wire)."""

    name = "workflow_versions"
    path = "/workflows/versions"
    label = "Workflow version"
    key_field = "key"
    xid_field = None
    operations = frozenset()

    def routes(self) -> list[BaseRoute]:
        return operation_routes(
            self.emu,
            {
                "CreateOrUpdateWorkflowVersion": self.handle_upsert,
                "ListWorkflowVersions": self.handle_list_versions,
                "GetSpecificVersion": self.handle_get,
                "DeleteSpecificVersionsOfWorkflow": self.handle_delete_versions,
            },
        )

    def render(self, item: Item) -> Item:
        return {k: v for k, v in item.items() if k != "key"}

    def version(self, workflow: str, version: str) -> Item | None:
        return self.store.items.get(f"{workflow}/{version}")

    def handle_upsert(self, body: dict[str, Any], _req: Request) -> Any:
        items = check_items(body, self.limits.create)
        out = []
        for raw in items:
            if not isinstance(raw, dict) or not raw.get("workflowExternalId") or not raw.get("version"):
                raise CDFError(400, "Every workflow version needs workflowExternalId and version")
            definition = raw.get("workflowDefinition")
            if not isinstance(definition, dict):
                raise CDFError(400, "workflowDefinition must be an object")
            check_tasks(definition.get("tasks"))
            workflows = self.emu.resource("workflows")
            if raw["workflowExternalId"] not in workflows.store.items:  # CDF creates the workflow with its version
                workflows.upsert({"externalId": raw["workflowExternalId"]})
            stored_def = {k: definition[k] for k in ("description", "tasks") if k in definition}
            stored_def["hash"] = hashlib.sha256(orjson.dumps(stored_def, option=orjson.OPT_SORT_KEYS)).hexdigest()
            key = f"{raw['workflowExternalId']}/{raw['version']}"
            old = self.store.items.get(key)
            now = now_ms()
            item = {
                "key": key,
                "workflowExternalId": raw["workflowExternalId"],
                "version": raw["version"],
                "workflowDefinition": stored_def,
                "createdTime": old["createdTime"] if old else now,
                "lastUpdatedTime": now,
            }
            if old is not None:
                self.store.replace(old, item)
            else:
                self.store.put(item)
            out.append(self.render(item))
        return {"items": out}

    def handle_list_versions(self, body: dict[str, Any], _req: Request) -> Any:
        filters = ((body.get("filter") or {}).get("workflowFilters")) or []
        items = [self.store.items[k] for k in sorted(self.store.items)]
        if filters:
            items = [i for i in items if any(_matches_version(i, f) for f in filters)]
        return page_of([self.render(i) for i in items], body)

    def handle_get(self, _query: dict[str, Any], req: Request) -> Any:
        xid, version = req.path_params["workflowExternalId"], req.path_params["version"]
        item = self.version(xid, version)
        if item is None:
            raise CDFError(404, f"Workflow version {xid!r}/{version!r} not found")
        return self.render(item)

    def handle_delete_versions(self, body: dict[str, Any], req: Request) -> Any:
        refs = check_items(body, self.limits.delete)
        ignore = body.get("ignoreUnknownIds", req.query_params.get("ignoreUnknownIds") == "true")
        keys = [f"{r.get('workflowExternalId')}/{r.get('version')}" for r in refs if isinstance(r, dict)]
        missing = [r for r, k in zip(refs, keys, strict=False) if k not in self.store.items]
        if missing and not ignore:
            raise CDFError(404, "Workflow versions not found", missing=missing)
        for key in keys:
            if key in self.store.items:
                self.store.remove(key)
        return {}

    def drop_workflow(self, workflow: str) -> None:
        for key in [k for k, v in self.store.items.items() if v["workflowExternalId"] == workflow]:
            self.store.remove(key)


def _matches_version(item: Item, flt: Any) -> bool:
    if not isinstance(flt, dict):
        raise CDFError(400, "workflowFilters must hold objects with externalId (and version)")
    if flt.get("externalId") != item["workflowExternalId"]:
        return False
    return flt.get("version") is None or flt["version"] == item["version"]
