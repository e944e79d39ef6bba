"""`python -m cognite.emulator` as a real process: serves, and a stopped emulator restarts with its data."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

PROJECT = "/api/v1/projects/cli"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(port: int, state: Path) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "cognite.emulator", "--port", str(port), "--state-file", str(state), "--seed", "9"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/_emulator/health").status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.1)
        if proc.poll() is not None:
            raise AssertionError(proc.communicate()[1].decode())
    proc.kill()
    proc.communicate()
    raise AssertionError("the emulator did not start")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=30)
    assert proc.returncode == 0  # a graceful stop (final snapshot), not death by the signal


def test_restart_keeps_data(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    port = _free_port()
    proc = _start(port, state)
    try:
        r = httpx.post(
            f"http://127.0.0.1:{port}{PROJECT}/assets", json={"items": [{"externalId": "a", "name": "kept"}]}
        )
        assert r.status_code == 201
        created = r.json()["items"][0]
    finally:
        _stop(proc)
    assert state.exists()
    proc = _start(port, state)
    try:
        r = httpx.post(f"http://127.0.0.1:{port}{PROJECT}/assets/byids", json={"items": [{"externalId": "a"}]})
        assert r.status_code == 200 and r.json()["items"][0] == created
    finally:
        _stop(proc)
