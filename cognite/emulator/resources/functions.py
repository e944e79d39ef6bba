"""Cognite Functions: functions whose zipped code (a file of the files service) really runs, their calls (with logs
and responses) and their schedules (run on their cron while the emulator runs).

A function is "deployed" on create: its zip is read from the files service and copied (later changes to the file do
not change the function, as in CDF); a zip without ``functionPath`` or without a top-level ``handle`` makes the
function ``Failed`` with the reason in ``error``. A call runs ``handle`` in a subprocess of this Python (see
``function_runner``): the environment is this one, a ``requirements.txt`` is not installed, ``cpu`` / ``memory`` are
not enforced. The call is ``Running`` until the process ends: ``Completed`` with the response, ``Failed`` with the
error and its traceback in the logs, or ``Timeout`` after ``call_timeout`` seconds (CDF's ``timeoutMinutes``, settable
per project for tests: ``emu.resource("functions").call_timeout = 2``).
"""

from __future__ import annotations

import ast
import base64
import io
import json
import platform
import re
import threading
import zipfile
from collections.abc import Callable
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, cast

from starlette.requests import Request
from starlette.routing import BaseRoute, Route

from cognite.emulator import filters as f
from cognite.emulator.cron import Cron
from cognite.emulator.function_runner import Outcome, loopback_url, run_call
from cognite.emulator.http import CDFError
from cognite.emulator.ids import now_ms
from cognite.emulator.resource import Limits, Resource, check_items, check_limit, endpoint
from cognite.emulator.store import Item

if TYPE_CHECKING:
    from cognite.emulator.projects import Project

HANDLER_FILE = "handler.py"
LIMITS = {
    "timeoutMinutes": 10,
    "cpuCores": {"min": 0.1, "max": 0.6, "default": 0.25},
    "memoryGb": {"min": 0.1, "max": 2.5, "default": 1.0},
    "runtimes": ["py310", "py311", "py312", "py313"],
    "responseSizeMb": 1,
}
_SECRET_KEY = re.compile(r"^[a-z0-9-]{1,15}$")
_ENV_KEY = re.compile(r"^[A-Za-z0-9_]+$")
_CALL_STATUSES = ("Running", "Completed", "Failed", "Timeout")


def _deploy_error(code: bytes, function_path: str) -> str | None:
    """Why CDF's build would fail for this zip (None: it deploys)."""
    try:
        with zipfile.ZipFile(io.BytesIO(code)) as zf:
            names = {n.removeprefix("./") for n in zf.namelist()}
            if function_path not in names:
                return f"The zip file has no {function_path!r} (functionPath)"
            source = zf.read(next(n for n in zf.namelist() if n.removeprefix("./") == function_path))
    except zipfile.BadZipFile:
        return "The function's file is not a zip file"
    try:
        tree = ast.parse(source)
    except SyntaxError as err:
        return f"{function_path} is not valid Python: {err}"
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == "handle":
            return None
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "handle" for t in node.targets):
            return None
    return f"{function_path} must define a top-level function named 'handle'"


def _check_map(value: Any, field: str, key: re.Pattern[str], most: int, rule: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise CDFError(400, f"{field} must be an object of strings")
    if len(value) > most:
        raise CDFError(400, f"{field}: at most {most} entries")
    bad = [k for k in value if not key.match(k)]
    if bad:
        raise CDFError(400, f"{field} keys {bad}: {rule}")
    return dict(value)


def _check_range(item: Item, field: str, limits: dict[str, float]) -> None:
    value = item.setdefault(field, limits["default"])
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not limits["min"] <= value <= limits["max"]:
        raise CDFError(400, f"{field} must be a number within {limits['min']}..{limits['max']}")


class Functions(Resource):
    name = "functions"
    label = "Function"
    required = ("name", "fileId")
    timestamps = ("createdTime",)
    operations = frozenset({"create", "list", "byids", "delete", "get_list", "get_one"})
    limits = Limits(list_max=10_000)  # the spec states no maximum; the official SDK asks for 10 000 for "all"
    filters = {
        "name": f.eq("name"),
        "owner": f.eq("owner"),
        "fileId": f.eq("fileId"),
        "status": f.eq("status"),
        "externalIdPrefix": f.prefix("externalId"),
        "createdTime": f.time_range("createdTime"),
        "metadata": f.metadata(),
    }
    call_timeout: float = LIMITS["timeoutMinutes"] * 60.0  # type: ignore[operator]

    def __init__(self, emu: Any) -> None:
        super().__init__(emu)
        self.code: dict[int, bytes] = {}
        self.secrets: dict[int, dict[str, str]] = {}
        self.calls: dict[int, Item] = {}  # call id -> call (with its functionId)
        self.logs: dict[int, str] = {}
        self.responses: dict[int, Any] = {}
        self._generation = 0  # bumped by reset: a call finishing afterwards is dropped

    # -- functions ------------------------------------------------------------------------------------------------
    def prepare(self, item: Item) -> Item:
        if not isinstance(item["name"], str) or not item["name"]:
            raise CDFError(400, "name must be a non-empty string")
        file_id = item["fileId"]
        content = self.emu.resource("files").content.get(file_id) if isinstance(file_id, int) else None
        if content is None:
            raise CDFError(400, f"Could not find an uploaded file with id {file_id}")
        path = item.setdefault("functionPath", HANDLER_FILE)
        if not isinstance(path, str) or not path.endswith(".py"):
            raise CDFError(400, "functionPath must be the path of a Python file (.py) in the zip")
        secrets = _check_map(
            item.get("secrets"), "secrets", _SECRET_KEY, 30, "lowercase letters, digits, dashes, <= 15"
        )
        _check_map(item.get("envVars"), "envVars", _ENV_KEY, 100, "letters, digits and underscores only")
        runtime = item.setdefault("runtime", "py311")
        if runtime not in LIMITS["runtimes"]:  # type: ignore[operator]
            raise CDFError(400, f"runtime must be one of {LIMITS['runtimes']}")
        _check_range(item, "cpu", LIMITS["cpuCores"])  # type: ignore[arg-type]
        _check_range(item, "memory", LIMITS["memoryGb"])  # type: ignore[arg-type]
        error = _deploy_error(content, path)
        item["status"] = "Ready" if error is None else "Failed"
        if error is not None:
            item["error"] = {"message": error, "trace": ""}
        item["runtimeVersion"] = f"Python {platform.python_version()} (the emulator's own)"
        if secrets:
            item["secrets"] = dict.fromkeys(secrets, "***")
        item["_code"], item["_secrets"] = content, secrets
        return item

    def create_items(self, items: list[Item]) -> list[Item]:
        created = []
        for item in items:
            code, secrets = item.pop("_code"), item.pop("_secrets")
            new = self.insert(item)
            self.code[new["id"]], self.secrets[new["id"]] = code, secrets
            created.append(new)
        return created

    def after_delete(self, item: Item) -> None:
        self.code.pop(item["id"], None)
        self.secrets.pop(item["id"], None)
        for call_id in [c for c, call in self.calls.items() if call["functionId"] == item["id"]]:
            self.calls.pop(call_id)
            self.logs.pop(call_id, None)
            self.responses.pop(call_id, None)

    def _project(self) -> Project:
        """The project this service belongs to (services are built with their project as `emu`)."""
        return cast("Project", self.emu)

    def function(self, function_id: int) -> Item:
        found = self.store.get(function_id)
        if found is None:
            raise CDFError(400, "Function ids not found", missing=[{"id": function_id}])
        return found

    # -- calls ----------------------------------------------------------------------------------------------------
    def start_call(self, function_id: int, data: Any, schedule: tuple[int, int] | None = None) -> Item:
        """Record a Running call and run it in a thread; `schedule` is (schedule id, scheduled time)."""
        function = self.function(function_id)
        if function["status"] != "Ready":
            raise CDFError(400, f"Function {function_id} is not ready (status {function['status']})")
        if data is not None and not isinstance(data, dict):
            raise CDFError(400, "data must be a JSON object")
        call: Item = {"id": self.emu.ids.next(), "status": "Running", "startTime": now_ms(), "functionId": function_id}
        if schedule is not None:
            call["scheduleId"], call["scheduledTime"] = schedule
        self.calls[call["id"]] = call
        info: dict[str, Any] = {"function_id": function_id, "call_id": call["id"]}
        if schedule is not None:
            info["schedule_id"], info["scheduled_time"] = schedule
        worker_input = {
            "project": self._project().name,
            "function_path": function["functionPath"],
            "data": data or {},
            "secrets": self.secrets.get(function_id, {}),
            "function_call_info": info,
        }
        args = (call["id"], self.code[function_id], worker_input, dict(function.get("envVars") or {}))
        threading.Thread(target=self._run, args=args, name=f"function-call-{call['id']}", daemon=True).start()
        return call

    def _run(self, call_id: int, code: bytes, worker_input: dict[str, Any], env_vars: dict[str, str]) -> None:
        generation = self._generation
        emulator = self._project().emulator
        try:
            token, _ = emulator.auth.issue(f"function-call-{call_id}")
            worker_input = {**worker_input, "base_url": loopback_url(emulator), "token": token}
            outcome = run_call(code, worker_input, env_vars, self.call_timeout)
        except Exception as err:  # the emulator could not run it: the call fails, saying why
            outcome = Outcome("Failed", "", error={"message": f"The emulator could not run the call: {err}"})
        if outcome.status == "Completed" and len(json.dumps(outcome.response)) > LIMITS["responseSizeMb"] * 2**20:  # type: ignore[operator]
            outcome = Outcome("Failed", outcome.logs, error={"message": "The response exceeds 1 MB", "trace": ""})
        with self.emu.lock:
            call = self.calls.get(call_id)
            if call is None or generation != self._generation:
                return
            done = {**call, "status": outcome.status, "endTime": now_ms()}
            if outcome.error is not None:
                done["error"] = outcome.error
            self.calls[call_id] = done
            self.logs[call_id] = outcome.logs
            if outcome.status == "Completed":
                self.responses[call_id] = outcome.response

    def call_of(self, function_id: int, call_id: Any) -> Item | None:
        call = self.calls.get(call_id) if isinstance(call_id, int) else None
        return call if call is not None and call["functionId"] == function_id else None

    def _one_call(self, req: Request) -> Item:
        function_id, call_id = req.path_params["functionId"], req.path_params["callId"]
        self.function(function_id)
        call = self.call_of(function_id, call_id)
        if call is None:
            raise CDFError(400, "Function call ids not found", missing=[{"id": call_id}])
        return call

    def handle_call(self, body: dict[str, Any], req: Request) -> Any:
        nonce = body.get("nonce")
        if not isinstance(nonce, str) or not nonce:
            raise CDFError(400, "nonce is required (create a session: POST /sessions)")
        return self.start_call(req.path_params["functionId"], body.get("data"))

    def handle_list_calls(self, body: dict[str, Any], req: Request) -> Any:
        function_id = req.path_params["functionId"]
        self.function(function_id)
        flt = body.get("filter") or {}
        if not isinstance(flt, dict):
            raise CDFError(400, "filter must be an object")
        status = flt.get("status")
        if status is not None and status not in _CALL_STATUSES:
            raise CDFError(400, f"filter.status must be one of {list(_CALL_STATUSES)}")
        checks = [f.time_range(k)(flt[k], self) for k in ("startTime", "endTime") if flt.get(k) is not None]
        limit = check_limit(body.get("limit"), 100, 10_000)
        offset = int(body.get("cursor") or 0)
        matched = [
            c
            for c in sorted(self.calls.values(), key=lambda c: -c["id"])
            if c["functionId"] == function_id
            and (status is None or c["status"] == status)
            and (flt.get("scheduleId") is None or c.get("scheduleId") == flt["scheduleId"])
            and all(check(c) for check in checks)
        ]
        out: dict[str, Any] = {"items": matched[offset : offset + limit]}
        if offset + limit < len(matched):
            out["nextCursor"] = str(offset + limit)
        return out

    def handle_byids_calls(self, body: dict[str, Any], req: Request) -> Any:
        function_id = req.path_params["functionId"]
        self.function(function_id)
        refs = check_items(body, 10_000)
        found: list[Item] = []
        missing: list[Any] = []
        for ref in refs:
            call = self.call_of(function_id, ref.get("id") if isinstance(ref, dict) else None)
            (found if call is not None else missing).append(call if call is not None else ref)
        if missing and not body.get("ignoreUnknownIds"):
            raise CDFError(400, "Function call ids not found", missing=missing)
        return {"items": found}

    def handle_get_call(self, _query: dict[str, Any], req: Request) -> Any:
        return self._one_call(req)

    def handle_logs(self, _query: dict[str, Any], req: Request) -> Any:
        call = self._one_call(req)
        text = self.logs.get(call["id"], "")
        stamp = call.get("endTime", call["startTime"])
        return {"items": [{"timestamp": stamp, "message": line} for line in text.splitlines()]}

    def handle_response(self, _query: dict[str, Any], req: Request) -> Any:
        call = self._one_call(req)
        out: dict[str, Any] = {"functionId": call["functionId"], "callId": call["id"]}
        if call["id"] in self.responses:
            out["response"] = self.responses[call["id"]]
        return out

    # -- project-level ----------------------------------------------------------------------------------------------
    def handle_status(self, _body: dict[str, Any], _req: Request) -> Any:
        return {"status": "activated"}  # functions are always available locally

    def handle_limits(self, _query: dict[str, Any], _req: Request) -> Any:
        return LIMITS

    def routes(self) -> list[BaseRoute]:
        emu, one = self.emu, "/functions/{functionId:int}"
        call = one + "/calls/{callId:int}"
        return [
            Route("/functions/status", endpoint(emu, self.handle_status), methods=["GET", "POST"]),
            Route("/functions/limits", endpoint(emu, self.handle_limits), methods=["GET"]),
            Route(one + "/call", endpoint(emu, self.handle_call, 201), methods=["POST"]),
            Route(one + "/calls/list", endpoint(emu, self.handle_list_calls), methods=["POST"]),
            Route(one + "/calls", endpoint(emu, self.handle_list_calls), methods=["GET"]),
            Route(one + "/calls/byids", endpoint(emu, self.handle_byids_calls), methods=["POST"]),
            Route(call, endpoint(emu, self.handle_get_call), methods=["GET"]),
            Route(call + "/logs", endpoint(emu, self.handle_logs), methods=["GET"]),
            Route(call + "/response", endpoint(emu, self.handle_response), methods=["GET"]),
            *super().routes(),
        ]

    # -- state ------------------------------------------------------------------------------------------------------
    def reset(self) -> None:
        super().reset()
        self._generation += 1
        for table in (self.code, self.secrets, self.calls, self.logs, self.responses):
            table.clear()

    def dump(self) -> Any:
        return {
            "items": super().dump(),
            "code": {str(k): base64.b64encode(v).decode() for k, v in self.code.items()},
            "secrets": {str(k): v for k, v in self.secrets.items()},
            "calls": list(self.calls.values()),
            "logs": {str(k): v for k, v in self.logs.items()},
            "responses": {str(k): v for k, v in self.responses.items()},
        }

    def load(self, data: Any) -> None:
        self.reset()
        super().load(data["items"])
        self.code = {int(k): base64.b64decode(v) for k, v in data["code"].items()}
        self.secrets = {int(k): v for k, v in data["secrets"].items()}
        for call in data["calls"]:
            if call["status"] == "Running":  # its process died with the previous emulator
                call = {**call, "status": "Failed", "error": {"message": "The emulator restarted during the call"}}
            self.calls[call["id"]] = call
            self.emu.ids.reserve(call["id"])
        self.logs = {int(k): v for k, v in data["logs"].items()}
        self.responses = {int(k): v for k, v in data["responses"].items()}


class FunctionSchedules(Resource):
    """Schedules: a cron expression (UTC) and input data per function; ``run_due(at)`` starts the calls due in the
    minute of ``at`` (the background scheduler calls it every minute while the emulator runs; tests call it)."""

    name = "function_schedules"
    path = "/functions/schedules"
    label = "Function schedule"
    xid_field = None
    required = ("name", "cronExpression")
    timestamps = ("createdTime",)
    operations = frozenset({"create", "list", "byids", "delete", "get_list", "get_one"})
    limits = Limits(list_max=10_000)
    filters = {
        "name": f.eq("name"),
        "functionId": f.eq("functionId"),
        "FunctionId": f.eq("functionId"),  # the spec's spelling
        "functionExternalId": f.eq("functionExternalId"),
        "FunctionExternalId": f.eq("functionExternalId"),
        "createdTime": f.time_range("createdTime"),
        "cronExpression": f.eq("cronExpression"),
    }

    def __init__(self, emu: Any) -> None:
        super().__init__(emu)
        self.clock: Callable[[], int] = now_ms  # the scheduler's time (ms); a test may set its own
        self.data: dict[int, Any] = {}
        self._fired: set[tuple[int, int]] = set()  # (schedule id, minute) already started
        self._ticker: threading.Thread | None = None
        self._stop = threading.Event()

    def prepare(self, item: Item) -> Item:
        try:
            cron = Cron.parse(item["cronExpression"])
        except ValueError as err:
            raise CDFError(400, str(err)) from None
        functions: Functions = self.emu.resource("functions")
        function_id = item.get("functionId")
        if function_id is None and item.get("functionExternalId") is not None:
            found = functions.store.by_xid.get(item["functionExternalId"])
            function_id = item["functionId"] = found
        if not isinstance(function_id, int) or functions.store.get(function_id) is None:
            raise CDFError(400, f"Function not found: {function_id}")
        if not isinstance(item.get("nonce"), str):  # kept: the spec has it in every schedule reply
            raise CDFError(400, "nonce is required (create a session: POST /sessions)")
        data = item.pop("data", None)
        if data is not None and not isinstance(data, dict):
            raise CDFError(400, "data must be a JSON object")
        item["when"] = cron.describe()
        item["sessionId"] = str(self.emu.ids.next())  # the emulator does not bind the nonce to its session
        item["_data"] = data
        return item

    def create_items(self, items: list[Item]) -> list[Item]:
        created = []
        for item in items:
            data = item.pop("_data")
            new = self.insert(item)
            if data is not None:
                self.data[new["id"]] = data
            created.append(new)
        self._start_ticker()
        return created

    def after_delete(self, item: Item) -> None:
        self.data.pop(item["id"], None)

    def handle_input_data(self, _query: dict[str, Any], req: Request) -> Any:
        schedule_id = req.path_params["id"]
        if self.store.get(schedule_id) is None:
            raise CDFError(400, "Function schedule ids not found", missing=[{"id": schedule_id}])
        out: dict[str, Any] = {"id": schedule_id}
        if schedule_id in self.data:
            out["data"] = self.data[schedule_id]
        return out

    def routes(self) -> list[BaseRoute]:
        route = Route(self.path + "/{id:int}/input_data", endpoint(self.emu, self.handle_input_data), methods=["GET"])
        return [route, *super().routes()]

    # -- the scheduler ------------------------------------------------------------------------------------------------
    def run_due(self, at_ms: int) -> list[Item]:
        """Start the calls of every schedule whose cron matches the minute of `at_ms` (once per schedule and minute)."""
        minute = at_ms - at_ms % 60_000
        at = datetime.fromtimestamp(minute / 1000, tz=timezone.utc)
        functions: Functions = self.emu.resource("functions")
        started = []
        for schedule in list(self.store.items.values()):
            key = (schedule["id"], minute)
            if key in self._fired or not Cron.parse(schedule["cronExpression"]).matches(at):
                continue
            self._fired.add(key)
            function = functions.store.get(schedule["functionId"])
            if function is None or function["status"] != "Ready":
                continue
            data = self.data.get(schedule["id"])
            started.append(functions.start_call(function["id"], data, (schedule["id"], minute)))
        return started

    def _start_ticker(self) -> None:
        if self._ticker is not None and self._ticker.is_alive():
            return
        self._stop.clear()
        self._ticker = threading.Thread(target=self._tick, name="function-schedules", daemon=True)
        self._ticker.start()

    def _tick(self) -> None:
        while not self._stop.is_set():
            now = self.clock()
            if self._stop.wait((60_000 - now % 60_000) / 1000 + 0.01):
                return
            with self.emu.lock:
                self.run_due(self.clock())

    def reset(self) -> None:
        super().reset()
        self._stop.set()
        self.data.clear()
        self._fired.clear()

    def dump(self) -> Any:
        return {"items": super().dump(), "data": {str(k): v for k, v in self.data.items()}}

    def load(self, data: Any) -> None:
        self.reset()
        super().load(data["items"])
        self.data = {int(k): v for k, v in data["data"].items()}
        if self.store.items:
            self._start_ticker()
