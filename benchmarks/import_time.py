"""`python -m benchmarks.import_time [--repeat N]`: `from cognite.client import CogniteClient` in clean user venvs.

Each SDK is installed alone (its runtime dependencies only, no dev tools, no extras) into a throwaway venv under
`build/bench-venvs/` with uv: ours from this working tree (a regular, non-editable install), the official
cognite-sdk 8.22.0 from PyPI. Every measurement is a fresh process (cwd outside the repository), alternating the
two SDKs; bytecode is compiled by untimed runs first, as after any install. Reported: the median of N of the
import itself (timed inside the process) and of the whole process (interpreter start included), and the ratios
ours/official (target: import <= 0.35x).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENVS = ROOT / "build" / "bench-venvs"
RESULTS = Path(__file__).resolve().parent / "results"
OFFICIAL_REQ = "cognite-sdk==8.22.0"
CODE = "import time; t = time.perf_counter(); from cognite.client import CogniteClient; print(time.perf_counter() - t)"


def _uv() -> list[str]:
    exe = shutil.which("uv")
    return [exe] if exe else [sys.executable, "-m", "uv"]


def build(name: str, requirement: str, *, reinstall: bool) -> Path:
    venv = VENVS / name
    py = venv / "bin" / "python"
    if not py.exists():
        base = getattr(sys, "_base_executable", sys.executable)
        subprocess.run([*_uv(), "venv", "-q", "--python", base, str(venv)], check=True)
    # ours is reinstalled every time: the working tree changes between runs
    again = ["--reinstall-package", "cognite-sdk-fast"] if reinstall else []
    subprocess.run([*_uv(), "pip", "install", "-q", *again, "--python", str(py), requirement], check=True)
    return py


def _env() -> dict[str, str]:
    drop = {"PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONHOME", "VIRTUAL_ENV"}
    return {k: v for k, v in os.environ.items() if k not in drop}


def once(py: Path, cwd: str) -> tuple[float, float]:
    """(import seconds, process seconds) of one fresh interpreter."""
    t = time.perf_counter()
    out = subprocess.run([str(py), "-c", CODE], cwd=cwd, env=_env(), capture_output=True, text=True, check=True)
    return float(out.stdout.strip()), time.perf_counter() - t


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.import_time", description=__doc__)
    ap.add_argument("--repeat", type=int, default=21, help="fresh processes per SDK (median reported)")
    args = ap.parse_args(argv)
    pythons = {
        "ours": build("ours", str(ROOT), reinstall=True),
        "official": build("official", OFFICIAL_REQ, reinstall=False),
    }
    times: dict[str, list[tuple[float, float]]] = {sdk: [] for sdk in pythons}
    with tempfile.TemporaryDirectory() as cwd:
        for py in pythons.values():
            for _ in range(2):
                once(py, cwd)  # writes .pyc, warms the page cache
        for _ in range(max(1, args.repeat)):
            for sdk, py in pythons.items():
                times[sdk].append(once(py, cwd))
    med = {sdk: (statistics.median(t[0] for t in ts), statistics.median(t[1] for t in ts)) for sdk, ts in times.items()}
    (oi, op), (ui, up) = med["official"], med["ours"]
    rows = [
        "| | import (median) | process (median) |",
        "|---|---|---|",
        f"| official {OFFICIAL_REQ} | {oi * 1000:.0f} ms | {op * 1000:.0f} ms |",
        f"| ours | {ui * 1000:.0f} ms | {up * 1000:.0f} ms |",
        f"| ours/official | {ui / oi:.2f}x | {up / op:.2f}x |",
    ]
    load = os.getloadavg()
    note = f"median of {args.repeat} fresh processes each; load average {load[0]:.2f}/{load[1]:.2f}/{load[2]:.2f}"
    text = "\n".join(rows) + "\n\n" + note
    print(text)
    RESULTS.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (RESULTS / f"import-{stamp}.json").write_text(json.dumps({"note": note, "times": times}, indent=2))
    (RESULTS / f"import-{stamp}.md").write_text(text + "\n")


if __name__ == "__main__":
    main()
