"""The quickstart and `make demo`'s orchestration: the plant is valid, the demo runs end to end and always stops
the emulator it started."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from cognite.client.data_classes import AssetHierarchy
from examples import quickstart, run_demo

REPO = Path(__file__).resolve().parents[2]


def _run_demo(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "examples.run_demo", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _port_is_closed(output: str) -> bool:
    match = re.search(r"emulator answering on http://127\.0\.0\.1:(\d+)", output)
    assert match, output
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", int(match.group(1)))) != 0


def test_the_plant_is_a_valid_hierarchy_of_about_a_thousand_assets() -> None:
    assets = quickstart.plant_assets()
    hierarchy = AssetHierarchy(assets)
    hierarchy.validate()
    assert hierarchy.is_valid()
    assert len(assets) == 1006
    assert len({a.external_id for a in assets}) == len(assets)
    roots = [a for a in assets if a.parent_external_id is None]
    assert [r.external_id for r in roots] == ["qs:plant"]


def test_demo_runs_end_to_end_and_stops_the_emulator(tmp_path: Path) -> None:
    result = _run_demo("--points-per-series", "3000", "--output", str(tmp_path))  # with progress bars, as `make demo`
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    assert "1006 assets created" in out
    assert "insert 30,000 datapoints" in out
    # 3000 points x 10 s = 8h20m: 8 full hourly buckets and one partial one
    assert re.search(r"(8|9) hours x 30 columns", out), out
    png = tmp_path / "hourly_aggregates.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 20_000
    table = out[out.index("time series ") :].splitlines()
    assert len([line for line in table if line.startswith("Pump ")]) == quickstart.N_SERIES
    assert _port_is_closed(out)
    assert (tmp_path / "emulator.log").exists()


def test_demo_stops_the_emulator_when_the_quickstart_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # An empty client id makes the quickstart raise (in OAuthClientCredentials) after the emulator is up.
    with pytest.raises(ValueError, match="client_id must be a non-empty string"):
        run_demo.main(["--client-id", "", "--no-progress", "--output", str(tmp_path)])
    assert _port_is_closed(capsys.readouterr().out)


def test_demo_stops_the_emulator_on_sigterm(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "examples.run_demo", "--no-progress", "--output", str(tmp_path)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert proc.stdout is not None
    seen = ""
    for line in proc.stdout:  # the first lines arrive as soon as the emulator answers
        seen += line
        if "emulator answering on" in line:
            break
    proc.send_signal(signal.SIGTERM)
    rest, _ = proc.communicate(timeout=120)
    assert proc.returncode != 0
    assert _port_is_closed(seen + rest)
