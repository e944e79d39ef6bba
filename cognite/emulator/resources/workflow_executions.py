"""Workflow executions that really run, on the emulator's background loop (`engine_loop`): a version's tasks as a
DAG (dependsOn), each with its retries, timeout and onFailure (abortWorkflow / skipTask), references such as
``${workflow.input.x}`` / ``${task.output.y}`` resolved in task inputs.

Task types: ``cdf`` sends its request to this emulator (the execution's caller's credentials); ``function`` calls
the emulator's functions service when one is there (``isAsyncComplete``: then waits for ``tasks/{id}/update``),
else fails with the reason; ``dynamic`` runs the task list its input resolves to; ``subworkflow`` runs the tasks
given, or those of another version; ``transformation`` / ``simulation`` fail with "not emulated". Cancel stops an
execution (its running tasks become CANCELED); retry re-runs what did not complete.
"""

from __future__ import annotations

import asyncio
import re
import uuid
from typing import Any

import httpx
from starlette.requests import Request
from starlette.routing import BaseRoute

from cognite.emulator.engine_loop import EngineLoop
from cognite.emulator.http import CDFError
from cognite.emulator.ids import now_ms
from cognite.emulator.resources.workflows import check_tasks, dependencies, operation_routes, page_of
from cognite.emulator.store import Item

DEFAULT_RETRIES = 3
DEFAULT_TIMEOUT_S = 3600
_FINAL = ("COMPLETED", "FAILED", "TERMINATED", "TIMED_OUT")
_RETRYABLE = ("FAILED", "TERMINATED", "TIMED_OUT")
_REFERENCE = re.compile(r"\$\{([^}]+)\}")
_POLL_S = 0.02


class TaskFailed(Exception):
    def __init__(self, reason: str, terminal: bool = False) -> None:
        super().__init__(reason)
        self.terminal = terminal


class WorkflowExecutions:
    """Executions of one project, and the background runs behind them."""

    name = "workflow_executions"

    def __init__(self, emu: Any) -> None:
        self.emu = emu
        self.engine = EngineLoop(f"workflows-{getattr(emu, 'name', 'project')}")
        self.executions: dict[str, Item] = {}
        self.tasks: dict[str, tuple[str, Item]] = {}  # task execution id -> (execution id, task execution)
        self._runs: dict[str, asyncio.Task[None]] = {}
        self._callbacks: dict[str, tuple[asyncio.Event, list[Any]]] = {}  # async tasks awaiting tasks/update
        self._auth: dict[str, str] = {}  # execution id -> the Authorization its cdf tasks send

    # -- service protocol -----------------------------------------------------------------------------------
    def routes(self) -> list[BaseRoute]:
        return operation_routes(
            self.emu,
            {
                "ListWorkflowExecutions": self.handle_list,
                "TriggerRunOfSpecificVersionOfWorkflow": self.handle_run,
                "WorkflowExecutionCancellation": self.handle_cancel,
                "WorkflowExecutionRetry": self.handle_retry,
                "UpdateTaskStatus": self.handle_task_update,
                "ExecutionOfSpecificRunOfWorkflow": self.handle_get,
            },
        )

    def reset(self) -> None:
        for run in list(self._runs.values()):
            self.engine.call(run.cancel)
        self._runs.clear()
        self.executions.clear()
        self.tasks.clear()
        self._callbacks.clear()

    def dump(self) -> Any:
        return list(self.executions.values())

    def load(self, data: Any) -> None:
        self.reset()
        for ex in data:
            if ex["status"] == "RUNNING":  # its run did not survive the restart
                ex.update(status="FAILED", endTime=now_ms(), reasonForIncompletion="The emulator restarted")
            self.executions[ex["id"]] = ex
            for task in ex["executedTasks"]:
                self.tasks[task["id"]] = (ex["id"], task)

    # -- starting -------------------------------------------------------------------------------------------
    def start(
        self,
        workflow: str,
        version: str,
        input: Any = None,
        metadata: Any = None,
        authorization: str | None = None,
    ) -> Item:
        """Create an execution of a version and start running it (call under the emulator's lock)."""
        found = self.emu.resource("workflow_versions").version(workflow, version)
        if found is None:
            raise CDFError(404, f"Workflow version {workflow!r}/{version!r} not found")
        if input is not None and not isinstance(input, dict):
            raise CDFError(400, "input must be a JSON object")
        if metadata is not None and not isinstance(metadata, dict):
            raise CDFError(400, "metadata must be an object of strings")
        now = now_ms()
        ex: Item = {
            "id": str(uuid.uuid4()),
            "workflowExternalId": workflow,
            "version": version,
            "status": "RUNNING",
            "engineExecutionId": str(uuid.uuid4()),
            "createdTime": now,
            "startTime": now,
            "metadata": dict(metadata or {}),
            "workflowDefinition": found["workflowDefinition"],
            "executedTasks": [],
        }
        if input is not None:
            ex["input"] = input
        self.executions[ex["id"]] = ex
        if authorization:
            self._auth[ex["id"]] = authorization
        self._launch(ex)
        return ex

    def _launch(self, ex: Item) -> None:
        async def run() -> None:
            self._runs[ex["id"]] = asyncio.current_task()  # type: ignore[assignment]
            try:
                await self._run_execution(ex)
            finally:
                self._runs.pop(ex["id"], None)

        self.engine.submit(run())

    # -- running (on the engine loop) -------------------------------------------------------------------------
    async def _run_execution(self, ex: Item) -> None:
        try:
            reason = await self._run_tasks(ex, ex["workflowDefinition"]["tasks"], parent=None)
        except asyncio.CancelledError:
            return  # cancelled: handle_cancel has set the status
        with self.emu.lock:
            if ex["status"] != "RUNNING":
                return
            ex["endTime"] = now_ms()
            if reason is None:
                ex["status"] = "COMPLETED"
            else:
                ex["status"], ex["reasonForIncompletion"] = "FAILED", reason

    async def _run_tasks(self, ex: Item, tasks: list[Item], parent: str | None) -> str | None:
        """Run a DAG of tasks; None when it completed, else the reason the execution fails."""
        done = {t["externalId"]: t["status"] for t in ex["executedTasks"] if t["status"] == "COMPLETED"}
        by_xid = {t["externalId"]: t for t in tasks}
        running: dict[asyncio.Task[str], str] = {}
        finished: dict[str, str] = {x: s for x, s in done.items() if x in by_xid}
        while True:
            for xid, task in by_xid.items():
                if xid in finished or xid in running.values():
                    continue
                if all(dep in finished for dep in dependencies(task)):
                    running[asyncio.ensure_future(self._run_task(ex, task, parent))] = xid
            if not running:
                return None
            completed, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            for fut in completed:
                xid = running.pop(fut)
                status = fut.result()
                finished[xid] = status
                if status != "COMPLETED" and by_xid[xid].get("onFailure", "abortWorkflow") == "abortWorkflow":
                    for other in running:
                        other.cancel()
                    await asyncio.gather(*running, return_exceptions=True)
                    record = self._record(ex, xid)
                    return f"Task {xid} failed: {record.get('reasonForIncompletion', status)}"

    def _record(self, ex: Item, xid: str) -> Item:
        return next(t for t in reversed(ex["executedTasks"]) if t["externalId"] == xid)

    async def _run_task(self, ex: Item, task: Item, parent: str | None) -> str:
        with self.emu.lock:
            ex["executedTasks"] = [t for t in ex["executedTasks"] if t["externalId"] != task["externalId"]]
            rec: Item = {
                "id": str(uuid.uuid4()),
                "externalId": task["externalId"],
                "status": "IN_PROGRESS",
                "taskType": task["type"],
                "input": {},
                "output": {},
                "startTime": now_ms(),
            }
            if parent is not None:
                rec["parentTaskExternalId"] = parent
            ex["executedTasks"].append(rec)
            self.tasks[rec["id"]] = (ex["id"], rec)
        attempts = 1 + int(task.get("retries", DEFAULT_RETRIES))
        timeout = task.get("timeout", DEFAULT_TIMEOUT_S)
        status, reason = "FAILED", ""
        try:
            for _ in range(attempts):
                try:
                    inputs = self._resolve(ex, task["parameters"])
                    with self.emu.lock:
                        rec["input"] = inputs
                    output = await asyncio.wait_for(self._execute(ex, task, rec, inputs), timeout)
                except TaskFailed as e:
                    status, reason = ("FAILED_WITH_TERMINAL_ERROR" if e.terminal else "FAILED"), str(e)
                    if e.terminal:
                        break
                    continue
                except asyncio.TimeoutError:
                    status, reason = "TIMED_OUT", f"The task timed out after {timeout} seconds"
                    continue
                with self.emu.lock:
                    rec.update(status="COMPLETED", output=output, endTime=now_ms())
                return "COMPLETED"
        except asyncio.CancelledError:
            with self.emu.lock:
                if rec["status"] == "IN_PROGRESS":
                    rec.update(status="CANCELED", endTime=now_ms(), reasonForIncompletion="The execution was cancelled")
            raise
        with self.emu.lock:
            rec.update(status=status, endTime=now_ms(), reasonForIncompletion=reason)
        return status

    async def _execute(self, ex: Item, task: Item, rec: Item, inputs: dict[str, Any]) -> dict[str, Any]:
        kind = task["type"]
        if kind == "cdf":
            return await self._cdf_request(ex, inputs.get("cdfRequest") or {})
        if kind == "function":
            return await self._function(rec, inputs)
        if kind in ("dynamic", "subworkflow"):
            tasks = self._sub_tasks(kind, inputs)
            reason = await self._run_tasks(ex, tasks, parent=task["externalId"])
            if reason is not None:
                raise TaskFailed(reason)
            return {}
        service = {"transformation": "Transformations", "simulation": "Simulators"}.get(kind, kind)
        raise TaskFailed(f"{service} are not emulated: a {kind} task cannot run in the emulator", terminal=True)

    def _sub_tasks(self, kind: str, inputs: dict[str, Any]) -> list[Item]:
        params = inputs.get(kind) or {}
        if kind == "subworkflow" and "workflowExternalId" in params:
            found = self.emu.resource("workflow_versions").version(params["workflowExternalId"], params.get("version"))
            if found is None:
                raise TaskFailed(f"Subworkflow {params['workflowExternalId']}/{params.get('version')} not found", True)
            tasks = found["workflowDefinition"]["tasks"]
        else:
            tasks = params.get("tasks")
        try:
            check_tasks(tasks, where=f"the {kind} task's tasks")
        except CDFError as e:
            raise TaskFailed(e.message, terminal=True) from None
        return list(tasks)

    async def _cdf_request(self, ex: Item, request: dict[str, Any]) -> dict[str, Any]:
        from cognite.emulator.transport import AsyncEmulatorTransport

        path = request.get("resourcePath")
        if not isinstance(path, str) or not path:
            raise TaskFailed("cdfRequest.resourcePath is required", terminal=True)
        project = getattr(self.emu, "name", None) or self.emu.default_project
        prefix = f"/api/v1/projects/{project}"
        url = path if path.startswith("/api/") else prefix + ("" if path.startswith("/") else "/") + path
        headers = {"authorization": self._auth[ex["id"]]} if ex["id"] in self._auth else {}
        timeout = float(request.get("requestTimeoutInMillis") or 10_000) / 1000
        transport = AsyncEmulatorTransport(self.emu.app)
        async with httpx.AsyncClient(transport=transport, base_url=self.emu.base_url, timeout=timeout) as http:
            response = await http.request(
                str(request.get("method") or "GET").upper(),
                url,
                params=request.get("queryParameters") or None,
                json=request.get("body"),
                headers=headers,
            )
        try:
            body: Any = response.json()
        except ValueError:
            body = response.text
        if response.status_code >= 400:
            message = body.get("error", {}).get("message") if isinstance(body, dict) else body
            raise TaskFailed(f"The CDF request {url} answered {response.status_code}: {message}")
        return {"response": body, "statusCode": response.status_code}

    async def _function(self, rec: Item, inputs: dict[str, Any]) -> dict[str, Any]:
        params = inputs.get("function") or {}
        functions = self.emu.services.get("functions")
        if functions is None or not hasattr(functions, "start_call"):
            raise TaskFailed("Cognite Functions are not emulated here: function tasks cannot run", terminal=True)
        with self.emu.lock:
            fid = functions.store.by_xid.get(params.get("externalId"))
            if fid is None:
                raise TaskFailed(f"Function {params.get('externalId')!r} not found", terminal=True)
            try:
                call = functions.start_call(fid, params.get("data"))
            except CDFError as e:
                raise TaskFailed(e.message) from None
        while True:
            with self.emu.lock:
                call = functions.call_of(fid, call["id"]) or call
                status = call["status"]
            if status != "Running":
                break
            await asyncio.sleep(_POLL_S)
        output = {"callId": call["id"], "functionId": fid, "response": functions.responses.get(call["id"])}
        if status != "Completed":
            raise TaskFailed(f"The function call {call['id']} ended {status}: {call.get('error', {})}")
        if inputs.get("isAsyncComplete"):
            output = await self._await_callback(rec, output)
        return output

    async def _await_callback(self, rec: Item, output: dict[str, Any]) -> dict[str, Any]:
        """An async-complete task waits for its tasks/update call (the status and output it gives)."""
        event = asyncio.Event()
        answer: list[Any] = []
        with self.emu.lock:
            rec["output"] = output
            self._callbacks[rec["id"]] = (event, answer)
        try:
            await event.wait()
        finally:
            self._callbacks.pop(rec["id"], None)
        status, given = answer
        if status == "COMPLETED":
            return given if given is not None else output
        raise TaskFailed(f"The task was updated to {status}", terminal=status == "FAILED_WITH_TERMINAL_ERROR")

    # -- references -----------------------------------------------------------------------------------------
    def _resolve(self, ex: Item, value: Any) -> Any:
        if isinstance(value, dict):
            return {k: self._resolve(ex, v) for k, v in value.items()}
        if isinstance(value, list):
            return [self._resolve(ex, v) for v in value]
        if not isinstance(value, str) or "${" not in value:
            return value
        whole = _REFERENCE.fullmatch(value)
        if whole:
            return self._lookup(ex, whole.group(1))
        return _REFERENCE.sub(lambda m: str(self._lookup(ex, m.group(1))), value)

    def _lookup(self, ex: Item, reference: str) -> Any:
        head, *path = reference.strip().split(".")
        if head == "workflow":
            current: Any = {"input": ex.get("input") or {}, "metadata": ex.get("metadata") or {}}
        else:
            done = [t for t in ex["executedTasks"] if t["externalId"] == head]
            if not done:
                raise TaskFailed(f"The reference ${{{reference}}} names a task that has not run", terminal=True)
            current = done[-1]
        for part in path:
            if isinstance(current, list) and part.isdigit() and int(part) < len(current):
                current = current[int(part)]
            elif isinstance(current, dict) and part in current:
                current = current[part]
            else:
                raise TaskFailed(f"The reference ${{{reference}}} does not resolve", terminal=True)
        return current

    # -- handlers -------------------------------------------------------------------------------------------
    def _execution(self, req: Request) -> Item:
        ex = self.executions.get(req.path_params["executionId"])
        if ex is None:
            raise CDFError(404, f"Workflow execution {req.path_params['executionId']!r} not found")
        return ex

    def handle_run(self, body: dict[str, Any], req: Request) -> Any:
        auth = body.get("authentication")
        if not isinstance(auth, dict) or not auth.get("nonce"):
            raise CDFError(400, "authentication.nonce is required (a session nonce)")
        ex = self.start(
            req.path_params["workflowExternalId"],
            req.path_params["version"],
            body.get("input"),
            body.get("metadata"),
            req.headers.get("authorization"),
        )
        return summary(ex)

    def handle_get(self, _query: dict[str, Any], req: Request) -> Any:
        return detailed(self._execution(req))

    def handle_list(self, body: dict[str, Any], _req: Request) -> Any:
        flt = body.get("filter") or {}
        wanted = flt.get("workflowFilters") or []
        statuses = {s.upper() for s in flt.get("status") or []}
        start, end = flt.get("createdTimeStart"), flt.get("createdTimeEnd")
        found = [
            ex
            for ex in sorted(self.executions.values(), key=lambda e: -e["createdTime"])
            if (not wanted or any(_names(ex, w) for w in wanted))
            and (not statuses or ex["status"] in statuses)
            and (start is None or ex["createdTime"] >= start)
            and (end is None or ex["createdTime"] <= end)
        ]
        return page_of([summary(ex) for ex in found], body)

    def handle_cancel(self, body: dict[str, Any], req: Request) -> Any:
        ex = self._execution(req)
        if ex["status"] != "RUNNING":
            raise CDFError(400, f"Only running executions can be cancelled; this one is {ex['status']}")
        now = now_ms()
        ex.update(status="TERMINATED", endTime=now, reasonForIncompletion=body.get("reason") or "cancelled")
        for task in ex["executedTasks"]:
            if task["status"] == "IN_PROGRESS":
                task.update(status="CANCELED", endTime=now, reasonForIncompletion="The execution was cancelled")
        run = self._runs.get(ex["id"])
        if run is not None:
            self.engine.call(run.cancel)
        return summary(ex)

    def handle_retry(self, body: dict[str, Any], req: Request) -> Any:
        ex = self._execution(req)
        auth = body.get("authentication")
        if not isinstance(auth, dict) or not auth.get("nonce"):
            raise CDFError(400, "authentication.nonce is required (a session nonce)")
        if ex["status"] not in _RETRYABLE:
            raise CDFError(400, f"Only failed, terminated or timed out executions can be retried, not {ex['status']}")
        ex["executedTasks"] = [t for t in ex["executedTasks"] if t["status"] == "COMPLETED"]
        ex["status"] = "RUNNING"
        ex.pop("endTime", None)
        ex.pop("reasonForIncompletion", None)
        if req.headers.get("authorization"):
            self._auth[ex["id"]] = req.headers["authorization"]
        self._launch(ex)
        return summary(ex)

    def handle_task_update(self, body: dict[str, Any], req: Request) -> Any:
        task_id = req.path_params["taskId"]
        found = self.tasks.get(task_id)
        if found is None:
            raise CDFError(404, f"Task execution {task_id!r} not found")
        status = str(body.get("status", "")).upper()
        if status not in ("COMPLETED", "FAILED", "FAILED_WITH_TERMINAL_ERROR"):
            raise CDFError(400, "status must be COMPLETED, FAILED or FAILED_WITH_TERMINAL_ERROR")
        waiting = self._callbacks.get(task_id)
        if waiting is None:
            raise CDFError(400, f"Task {task_id} is not waiting for a status update (only async-complete tasks are)")
        event, answer = waiting
        answer[:] = [status, body.get("output")]
        self.engine.call(event.set)
        return found[1]


def _names(ex: Item, flt: Any) -> bool:
    if not isinstance(flt, dict):
        raise CDFError(400, "workflowFilters must hold objects with externalId (and version)")
    return flt.get("externalId") == ex["workflowExternalId"] and flt.get("version") in (None, ex["version"])


def summary(ex: Item) -> Item:
    return {k: v for k, v in ex.items() if k not in ("workflowDefinition", "executedTasks", "input")}


def detailed(ex: Item) -> Item:
    return dict(ex)
