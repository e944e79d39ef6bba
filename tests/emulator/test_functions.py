"""The emulator's functions and function schedules services over HTTP: deploy checks, CDF's error bodies, calls,
logs, responses and cron validation."""

from __future__ import annotations

import io
import time
import zipfile
from typing import Any

from cognite.emulator import Emulator
from tests.emulator.conftest import Api


def _zip(handler: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("handler.py", handler)
    return buffer.getvalue()


def _file(api: Api, emu: Emulator, content: bytes) -> int:
    file_id: int = api.post("/files", {"name": "code.zip"})["id"]
    emu.resource("files").content[file_id] = content
    return file_id


def _function(api: Api, emu: Emulator, content: bytes, **fields: Any) -> dict[str, Any]:
    item = {"name": "fn", "fileId": _file(api, emu, content), **fields}
    created: dict[str, Any] = api.post("/functions", items=[item])["items"][0]
    return created


def test_deploy_checks_and_errors(api: Api, emu: Emulator) -> None:
    ok = _function(api, emu, _zip("def handle(data):\n    return data\n"), secrets={"key-1": "v"})
    assert (ok["status"], ok["functionPath"], ok["secrets"]) == ("Ready", "handler.py", {"key-1": "***"})
    no_handle = _function(api, emu, _zip("def main():\n    pass\n"))
    assert no_handle["status"] == "Failed" and "handle" in no_handle["error"]["message"]
    not_zip = _function(api, emu, b"plain text")
    assert not_zip["status"] == "Failed" and "not a zip" in not_zip["error"]["message"]
    api.post("/functions", items=[{"name": "fn", "fileId": 1}], expect=400)
    code = _file(api, emu, _zip(""))
    api.post("/functions", items=[{"name": "fn", "fileId": code, "secrets": {"UPPER": "x"}}], expect=400)
    api.post("/functions", items=[{"name": "fn", "fileId": code, "cpu": 5.0}], expect=400)
    api.post("/functions", items=[{"name": "a", "fileId": code}, {"name": "b", "fileId": code}], expect=400)  # 1 max
    assert api.get(f"/functions/{ok['id']}")["name"] == "fn"
    assert api.get("/functions/1", expect=400)["error"]["missing"] == [{"id": 1}]
    assert {f["status"] for f in api.post("/functions/list", filter={"status": "Failed"})["items"]} == {"Failed"}
    assert api.get("/functions/limits")["timeoutMinutes"] == 10
    assert api.get("/functions/status") == api.post("/functions/status", {}) == {"status": "activated"}


def test_call_logs_response_and_errors(api: Api, emu: Emulator) -> None:
    source = "def handle(data, secrets):\n    print('line 1')\n    print('line 2')\n    return {'sum': data['a'] + 1}\n"
    fn = _function(api, emu, _zip(source))
    api.post(f"/functions/{fn['id']}/call", {"data": {"a": 1}}, expect=400)  # no nonce
    api.post("/functions/1/call", {"nonce": "n"}, expect=400)
    call = api.post(f"/functions/{fn['id']}/call", {"data": {"a": 1}, "nonce": "n"}, expect=201)
    assert call["status"] == "Running" and call["functionId"] == fn["id"]
    route = f"/functions/{fn['id']}/calls/{call['id']}"
    while api.get(route)["status"] == "Running":
        time.sleep(0.05)
    assert api.get(route)["status"] == "Completed"
    assert [e["message"] for e in api.get(route + "/logs")["items"]] == ["line 1", "line 2"]
    assert api.get(route + "/response") == {"functionId": fn["id"], "callId": call["id"], "response": {"sum": 2}}
    listed = api.post(f"/functions/{fn['id']}/calls/list", filter={"status": "Completed"})["items"]
    assert [c["id"] for c in listed] == [call["id"]]
    assert api.post(f"/functions/{fn['id']}/calls/list", filter={"status": "Failed"})["items"] == []
    api.post(f"/functions/{fn['id']}/calls/list", filter={"status": "Done"}, expect=400)
    byids = api.post(f"/functions/{fn['id']}/calls/byids", items=[{"id": call["id"]}, {"id": 1}], ignoreUnknownIds=True)
    assert [c["id"] for c in byids["items"]] == [call["id"]]
    api.post(f"/functions/{fn['id']}/calls/byids", items=[{"id": 1}], expect=400)
    api.get(f"/functions/{fn['id']}/calls/1/logs", expect=400)
    api.post("/functions/delete", items=[{"id": fn["id"]}])
    api.get(route, expect=400)  # a function's calls go with it


def test_schedules_validate_cron_and_function(api: Api, emu: Emulator) -> None:
    fn = _function(api, emu, _zip("def handle():\n    return 1\n"))
    base = {"name": "s", "functionId": fn["id"], "nonce": "n"}
    for cron in ("* * * *", "61 * * * *", "*/0 * * * *", "a b c d e"):
        api.post("/functions/schedules", items=[{**base, "cronExpression": cron}], expect=400)
    api.post("/functions/schedules", items=[{**base, "cronExpression": "* * * * *", "functionId": 1}], expect=400)
    api.post(
        "/functions/schedules", items=[{"name": "s", "functionId": fn["id"], "cronExpression": "* * * * *"}], expect=400
    )
    made = api.post("/functions/schedules", items=[{**base, "cronExpression": "0 8 * * 1-5", "data": {"x": 1}}])
    schedule = made["items"][0]
    assert schedule["when"] and "data" not in schedule
    assert api.get(f"/functions/schedules/{schedule['id']}/input_data") == {"id": schedule["id"], "data": {"x": 1}}
    assert [s["id"] for s in api.post("/functions/schedules/list", filter={"functionId": fn["id"]})["items"]] == [
        schedule["id"]
    ]
    api.post("/functions/schedules/delete", items=[{"id": schedule["id"]}])
    api.get(f"/functions/schedules/{schedule['id']}/input_data", expect=400)
