"""The child process of an emulated function call (run by path, see ``function_runner``), given RESULT_PATH.

Reads the call from stdin (JSON: zip path, function path, data, secrets, call info, where the emulator listens and a
token), puts the zip on ``sys.path``, imports the handler module and calls its ``handle`` with the arguments it
declares (``client``, ``data``, ``secrets``, ``function_call_info``). ``client`` is a ``CogniteClient`` of this SDK
pointed at the emulator. What the function prints is the call's log (the parent captures stdout and stderr); the
return value (or the error and its traceback) is written as JSON to RESULT_PATH.
"""

from __future__ import annotations

import importlib
import inspect
import json
import sys
import traceback
from pathlib import PurePosixPath
from typing import Any


def _client(call: dict[str, Any]) -> Any:
    from cognite.client import ClientConfig, CogniteClient
    from cognite.client.credentials import Token

    config = ClientConfig(
        client_name="cognite-functions-emulator",
        project=call["project"],
        base_url=call["base_url"],
        credentials=Token(call["token"]),
    )
    return CogniteClient(config)


def _arguments(handle: Any, call: dict[str, Any]) -> dict[str, Any]:
    available = {
        "data": lambda: call.get("data") or {},
        "secrets": lambda: call.get("secrets") or {},
        "function_call_info": lambda: call["function_call_info"],
        "client": lambda: _client(call),
    }
    params = inspect.signature(handle).parameters
    return {name: make() for name, make in available.items() if name in params}


def _import(zip_path: str, function_path: PurePosixPath) -> Any:
    """The module at `function_path` of the zip: as a dotted module (packages), or, when its folders are not packages
    (zip imports know no namespace packages), from its folder."""
    sys.path.insert(0, zip_path)
    dotted = ".".join(function_path.with_suffix("").parts)
    try:
        return importlib.import_module(dotted)
    except ModuleNotFoundError as err:
        if len(function_path.parts) == 1 or err.name == dotted or not dotted.startswith(f"{err.name}."):
            raise
    sys.path.insert(0, f"{zip_path}/{function_path.parent}")
    return importlib.import_module(function_path.stem)


def run(call: dict[str, Any]) -> dict[str, Any]:
    """The call's outcome: {"response": value} or {"error": {"message", "trace"}} (the trace is printed too)."""
    try:
        handle = getattr(_import(call["zip_path"], PurePosixPath(call["function_path"])), "handle", None)
        if not callable(handle):
            raise TypeError(f"{call['function_path']} has no callable named 'handle'")
        response = handle(**_arguments(handle, call))
        json.dumps(response)  # the response must be JSON
        return {"response": response}
    except BaseException as err:  # the function's failure is the call's result, whatever it is
        trace = traceback.format_exc()
        print(trace, file=sys.stderr, end="")
        return {"error": {"message": f"{type(err).__name__}: {err}", "trace": trace}}


def main() -> None:
    result_path = sys.argv[1]
    outcome = run(json.loads(sys.stdin.read()))
    sys.stdout.flush()
    sys.stderr.flush()
    with open(result_path, "w", encoding="utf-8") as f:
        json.dump(outcome, f)


if __name__ == "__main__":
    main()
