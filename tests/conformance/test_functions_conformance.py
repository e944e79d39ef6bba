"""The official cognite-sdk's functions API (doc examples: create from a folder, call, get_response, logs, schedules)
against the emulator, which really runs the code the official SDK zipped and uploaded."""

from __future__ import annotations

import textwrap
from typing import Any

from tests.conformance.conftest import ServedEmulator

SETUP = """
import os, tempfile
os.chdir(tempfile.mkdtemp())
os.makedirs("path/to/code/path/to")
with open("path/to/code/path/to/function.py", "w") as f:
    f.write(
        "def handle(client, data):\\n"
        "    print('got', data)\\n"
        "    return {'assets': [a.name for a in client.assets.list(limit=5)], 'data': data}\\n"
    )
client.assets.create(__import__("cognite.client.data_classes", fromlist=["AssetWrite"]).AssetWrite(name="pump"))
"""


def test_functions_doc_examples(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    out = run_official(
        SETUP
        + textwrap.dedent(
            """
        function = client.functions.create(
            name="myfunction", folder="path/to/code", function_path="path/to/function.py"
        )
        call = client.functions.call(id=function.id, data={"x": 1})
        response = client.functions.calls.get_response(call_id=call.id, function_id=function.id)
        logs = client.functions.calls.get_logs(call_id=call.id, function_id=function.id)
        func = client.functions.retrieve(id=function.id)
        call2 = func.call()
        calls = client.functions.calls.list(function_id=function.id)
        schedule = client.functions.schedules.create(
            name="My schedule",
            function_id=function.id,
            cron_expression="*/5 * * * *",
            description="A schedule just used for some temporary testing.",
            data={"magic": "stuff"},
        )
        emit({
            "status": [function.status, call.status, call2.status],
            "response": response,
            "logs": logs.to_text(),
            "call2": call2.get_response(),
            "n_calls": len(calls),
            "input": client.functions.schedules.get_input_data(id=schedule.id),
            "schedules": [s.name for s in client.functions.schedules.list()],
            "limits": client.functions.limits().timeout_minutes,
            "listed": [f.name for f in client.functions.list()],
        })
        """
        )
    )
    assert out == {
        "status": ["Ready", "Completed", "Completed"],
        "response": {"assets": ["pump"], "data": {"x": 1}},
        "logs": "got {'x': 1}",
        "call2": {"assets": ["pump"], "data": {}},
        "n_calls": 2,
        "input": {"magic": "stuff"},
        "schedules": ["My schedule"],
        "limits": 10,
        "listed": ["myfunction"],
    }


def test_function_handle_doc_example(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    """create(function_handle=handle): the official SDK uploads the handle's source (and its docstring's
    requirements); the emulator runs it."""
    out = run_official(
        """
        import os, sys, tempfile
        os.chdir(tempfile.mkdtemp())
        with open("my_handles.py", "w") as f:
            f.write(
                "def handle(client, data):\\n"
                "    '''\\n"
                "    [requirements]\\n"
                "    numpy\\n"
                "    [/requirements]\\n"
                "    '''\\n"
                "    return {'n_units': len(client.units.list()) > 5, 'data': data}\\n"
            )
        sys.path.insert(0, os.getcwd())
        from my_handles import handle
        function = client.functions.create(name="myfunction", function_handle=handle)
        call = client.functions.call(id=function.id, data={"y": 2})
        emit({"status": call.status, "response": call.get_response(), "file": client.files.retrieve(id=function.file_id).name})
        """
    )
    assert out == {"status": "Completed", "response": {"n_units": True, "data": {"y": 2}}, "file": "myfunction.zip"}
