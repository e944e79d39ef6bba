"""Running an emulated function call: a subprocess of ``sys.executable`` (see ``function_worker``) with a timeout.

The function's client must reach the emulator over a socket: an emulator used in-process (tests) has none, so the
first call serves the emulator on a loopback port in a thread (``Emulator.serve_in_thread``) for as long as the
process lives; every call of every project of that emulator uses it.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cognite

# the worker runs by path: importing it as cognite.emulator.function_worker would load the whole emulator first
_WORKER = f"import runpy; runpy.run_path({str(Path(__file__).with_name('function_worker.py'))!r}, run_name='__main__')"
_SERVERS: dict[int, tuple[Any, str]] = {}  # id(emulator) -> (its serve_in_thread context, base URL)
_SERVERS_LOCK = threading.Lock()


def loopback_url(emulator: Any) -> str:
    """The base URL where a function's client reaches `emulator` (served in a thread on first use)."""
    with _SERVERS_LOCK:
        found = _SERVERS.get(id(emulator))
        if found is None:
            context = emulator.serve_in_thread()
            found = _SERVERS[id(emulator)] = (context, context.__enter__())
        return found[1]


def stop_loopback(emulator: Any) -> None:
    """Stop the loopback server of `emulator`, if one was started."""
    with _SERVERS_LOCK:
        found = _SERVERS.pop(id(emulator), None)
    if found is not None:
        found[0].__exit__(None, None, None)


@dataclass
class Outcome:
    status: str  # "Completed", "Failed" or "Timeout"
    logs: str
    response: Any = None
    error: dict[str, Any] | None = None


def _environment(env_vars: dict[str, str]) -> dict[str, str]:
    """The child's environment: this one, the function's envVars, and this SDK (and its generated layer) importable."""
    import cdf_api

    roots = [str(Path(cognite.__path__[0]).parent), str(Path(cdf_api.__path__[0]).parent)]
    env = {**os.environ, **env_vars, "PYTHONUNBUFFERED": "1"}
    env["PYTHONPATH"] = os.pathsep.join(
        dict.fromkeys([*roots, *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))])
    )
    return env


def run_call(code: bytes, call: dict[str, Any], env_vars: dict[str, str], timeout: float) -> Outcome:
    """Run one call of a function whose code is the zip `code`; `call` is the worker's input (see function_worker)."""
    with tempfile.TemporaryDirectory(prefix="emulated-function-") as tmp:
        zip_path, result_path = Path(tmp, "function.zip"), Path(tmp, "result.json")
        zip_path.write_bytes(code)
        payload = json.dumps({**call, "zip_path": str(zip_path)})
        proc = subprocess.Popen(
            [sys.executable, "-c", _WORKER, str(result_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            cwd=tmp,
            env=_environment(env_vars),
        )
        try:
            out, _ = proc.communicate(payload.encode(), timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
            message = f"Function call timed out after {timeout:g} seconds"
            return Outcome("Timeout", out.decode(errors="replace"), error={"message": message, "trace": ""})
        logs = out.decode(errors="replace")
        result: dict[str, Any] = {}
        with contextlib.suppress(OSError, ValueError):
            result = json.loads(result_path.read_text(encoding="utf-8"))
        if "response" in result:
            return Outcome("Completed", logs, response=result["response"])
        error = result.get("error") or {"message": f"The function process exited with code {proc.returncode}"}
        return Outcome("Failed", logs, error=error)
