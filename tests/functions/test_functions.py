"""client.functions against the emulator, which really runs the uploaded code: handle(client, data, ...) in a
subprocess whose client (this SDK) talks to the same emulator."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest

from cognite.client import CogniteClient
from cognite.client.data_classes import Function, FunctionCall, FunctionList, FunctionWrite
from cognite.client.exceptions import CogniteAPIError
from cognite.emulator import Emulator


def handle(client, data, function_call_info):  # type: ignore[no-untyped-def]
    """Creates an asset through the client it is given.

    [requirements]
    numpy>=1.20
    [/requirements]
    """
    print("creating", data["name"])
    asset = client.assets.create({"externalId": data["name"], "name": data["name"]})
    return {"asset_id": asset.id, "call_id": function_call_info["call_id"]}


FAILING = "def handle(data):\n    print('about to fail')\n    raise ValueError(f'bad input {data}')\n"
SLOW = "import time\n\ndef handle():\n    print('sleeping', flush=True)\n    time.sleep(60)\n"
SECRETS = "def handle(secrets, data):\n    return {'secret': secrets['api-key'], 'echo': data}\n"


def test_function_from_handle_creates_an_asset(sync_client: CogniteClient, emulator: Emulator) -> None:
    fn = sync_client.functions.create(name="maker", external_id="maker", function_handle=handle)
    assert isinstance(fn, Function) and fn.status == "Ready" and fn.function_path == "handler.py"
    code = zipfile.ZipFile(io.BytesIO(sync_client.files.download_bytes(id=fn.file_id)))
    assert sorted(code.namelist()) == ["handler.py", "requirements.txt"]
    assert code.read("requirements.txt") == b"numpy>=1.20\n"

    call = sync_client.functions.call(external_id="maker", data={"name": "pump-7"})
    assert isinstance(call, FunctionCall) and call.status == "Completed" and call.end_time is not None
    response = call.get_response()
    assert response == {"asset_id": sync_client.assets.retrieve(external_id="pump-7").id, "call_id": call.id}
    assert call.get_logs().to_text() == "creating pump-7"
    assert sync_client.functions.calls.list(function_external_id="maker").as_ids() == [call.id]
    assert sync_client.functions.calls.retrieve(call_id=call.id, function_id=fn.id).status == "Completed"
    assert sync_client.functions.calls.retrieve(call_id=1, function_id=fn.id) is None
    assert fn.list_calls(status="Failed") == []

    pending = fn.call(data={"name": "pump-8"}, wait=False)
    assert pending.status == "Running"
    pending.wait()
    assert pending.status == "Completed" and sync_client.assets.retrieve(external_id="pump-8") is not None


def test_failing_and_timed_out_calls(sync_client: CogniteClient, emulator: Emulator, tmp_path: Path) -> None:
    (tmp_path / "fail.py").write_text(FAILING)
    (tmp_path / "slow.py").write_text(SLOW)
    failing = sync_client.functions.create(name="failing", folder=str(tmp_path), function_path="fail.py")
    slow = sync_client.functions.create(name="slow", folder=str(tmp_path), function_path="slow.py")

    call = failing.call(data={"x": 1})
    assert call.status == "Failed" and call.error is not None
    assert call.error["message"] == "ValueError: bad input {'x': 1}"
    logs = call.get_logs().to_text()
    assert logs.startswith("about to fail\nTraceback (most recent call last):")
    assert "ValueError: bad input {'x': 1}" in logs
    assert call.get_response() is None

    emulator.resource("functions").call_timeout = 4.0
    call = slow.call()
    assert call.status == "Timeout" and call.get_logs().to_text() == "sleeping"
    assert {c.status for c in sync_client.functions.calls.list(function_id=slow.id)} == {"Timeout"}


def test_zip_by_file_id_secrets_and_crud(sync_client: CogniteClient, emulator: Emulator) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("src/main.py", SECRETS)
    file = sync_client.files.upload_bytes(buffer.getvalue(), name="code.zip")
    fn = sync_client.functions.create(
        FunctionWrite(name="sec", file_id=file.id, function_path="src/main.py", secrets={"api-key": "s3"})
    )
    assert fn.secrets == {"api-key": "***"}  # masked in replies
    assert fn.call(data={"a": [1, 2]}).get_response() == {"secret": "s3", "echo": {"a": [1, 2]}}

    other = sync_client.functions.create(name="other", file_id=file.id, function_path="src/nope.py")
    assert other.status == "Failed" and "src/nope.py" in other.error["message"]
    with pytest.raises(CogniteAPIError, match="not ready"):
        other.call()

    listed = sync_client.functions.list(limit=None)
    assert isinstance(listed, FunctionList) and sorted(f.name for f in listed) == ["other", "sec"]
    assert sync_client.functions.list(status="Failed").as_ids() == [other.id]
    assert [f.id for f in sync_client.functions] == listed.as_ids()
    assert sync_client.functions.retrieve_multiple(ids=[fn.id, 1], ignore_unknown_ids=True).as_ids() == [fn.id]
    sync_client.functions.delete(id=other.id)
    assert sync_client.functions.retrieve(id=other.id) is None
    assert sync_client.functions.limits().timeout_minutes == 10
    assert sync_client.functions.status().status == sync_client.functions.activate().status == "activated"


def test_bad_input_refused_before_sending(sync_client: CogniteClient, emulator: Emulator, tmp_path: Path) -> None:
    sent = len(emulator.requests)

    def not_handle(data):  # type: ignore[no-untyped-def]
        return data

    with pytest.raises(TypeError, match="Exactly one"):
        sync_client.functions.create(name="x", file_id=1, function_handle=handle)
    with pytest.raises(TypeError, match="must be named 'handle'"):
        sync_client.functions.create(name="x", function_handle=not_handle)
    (tmp_path / "handler.py").write_text("import no_such_module_here\n\ndef handle(data):\n    return 1\n")
    with pytest.raises(ImportError, match="no_such_module_here"):
        sync_client.functions.create(name="x", folder=str(tmp_path))
    (tmp_path / "handler.py").write_text("def handle(data, extra):\n    return 1\n")
    with pytest.raises(TypeError, match="subset"):
        sync_client.functions.create(name="x", folder=str(tmp_path))
    with pytest.raises(TypeError, match="cpu"):
        sync_client.functions.create(name="x", file_id=1, cpu=1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="Exactly one of function_id"):
        sync_client.functions.calls.list()
    assert len(emulator.requests) == sent


async def test_async_client_and_persistence(async_client: Any, emulator: Emulator, tmp_path: Path) -> None:
    """The async client calls and waits the same way; functions (with their code), calls, logs, responses and
    schedules survive a save / load of the emulator's state."""
    fn = await async_client.functions.create(name="echo", file_id=await _zip_file(async_client, SECRETS))
    call = await async_client.functions.call(id=fn.id, data={"n": 1}, wait=False)
    await call.wait_async()
    assert call.status == "Failed" and "KeyError" in call.error["message"]  # no secret named api-key
    schedule = await async_client.functions.schedules.create(name="s", cron_expression="0 0 * * *", function_id=fn.id)
    emulator.save(tmp_path / "state.json")

    restored = Emulator(seed=1, state_file=tmp_path / "state.json")
    functions = restored.resource("functions")
    assert functions.store.get(fn.id)["name"] == "echo" and functions.code[fn.id].startswith(b"PK")
    assert functions.calls[call.id]["status"] == "Failed" and "KeyError" in functions.logs[call.id]
    assert restored.resource("function_schedules").store.get(schedule.id)["cronExpression"] == "0 0 * * *"


async def _zip_file(client: Any, source: str) -> int:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("handler.py", source)
    return (await client.files.upload_bytes(buffer.getvalue(), name="code.zip")).id
