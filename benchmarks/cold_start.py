"""`python -m benchmarks.cold_start [--repeat N] [--clean-venv] [--profile]`: a fresh process to its first datapoint.

Starts the emulator (`python -m cognite.emulator`, its own process, real socket), creates one series with a few
points, then runs `benchmarks/cold_child.py` as a script in a fresh process per run (cwd outside the repository, so
the official interpreter never imports our package), alternating ours and the official cognite-sdk 8.22. The child
imports nothing but `sys` and `time` before its timer starts, then times:

- import: `from cognite.client import CogniteClient, ClientConfig` (+ `Token`),
- build: `CogniteClient(ClientConfig(...))`,
- first: `client.time_series.data.retrieve_arrays(external_id=..., limit=1)` (connection, lazy imports, decode),

and the parent adds the whole process (interpreter start included). Medians of N runs after untimed runs that
write the bytecode caches. `--clean-venv` runs both SDKs from throwaway venvs with only their runtime dependencies
(`benchmarks/import_time.py` builds them; both with the `numpy` extra, which `retrieve_arrays` needs) instead of the
dev `.venv` / `.venv-official`. `--profile` writes one cProfile of each SDK's cold process to `benchmarks/results/`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
CHILD = HERE.parent / "cold_child.py"
PROJECT, XID = "bench", "cold_start"  # as in cold_child.py
STAGES = ("import_s", "build_s", "first_s", "total_s")


def _env() -> dict[str, str]:
    # bytecode caches are written (as after any install): a run without them measures the compiler
    drop = {"PYTHONDONTWRITEBYTECODE", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}
    return {k: v for k, v in os.environ.items() if k not in drop}


def run_child(py: Path, sdk: str, base_url: str, profile: str | None = None) -> dict[str, Any]:
    cmd = [str(py), str(CHILD), sdk, base_url, *([profile] if profile else [])]
    t = time.perf_counter()
    out = subprocess.run(cmd, cwd="/tmp", env=_env(), capture_output=True, text=True, timeout=120)
    process_s = time.perf_counter() - t
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    if out.returncode != 0 or not lines:
        raise SystemExit(f"{sdk} failed:\n{out.stderr[-2000:]}")
    return {**json.loads(lines[-1]), "process_s": process_s}


def seed(base_url: str) -> None:
    import httpx

    url = f"{base_url}/api/v1/projects/{PROJECT}/timeseries"
    with httpx.Client(headers={"authorization": "Bearer x"}, timeout=30) as http:
        http.post(url, json={"items": [{"externalId": XID}]}).raise_for_status()
        points = [{"timestamp": 1_704_067_200_000 + i * 1000, "value": float(i)} for i in range(1000)]
        http.post(f"{url}/data", json={"items": [{"externalId": XID, "datapoints": points}]}).raise_for_status()


def pythons(clean: bool) -> dict[str, Path]:
    root = HERE.parent.parent
    if not clean:
        return {"ours": root / ".venv" / "bin" / "python", "official": root / ".venv-official" / "bin" / "python"}
    sys.path.insert(0, str(root))
    from benchmarks.import_time import OFFICIAL_REQ, build

    name, version = OFFICIAL_REQ.split("==")
    return {
        "ours": build("ours-numpy", f"{root}[numpy]", reinstall=True),
        "official": build("official-numpy", f"{name}[numpy]=={version}", reinstall=False),
    }


def table(runs: dict[str, list[dict[str, Any]]]) -> str:
    med = {sdk: {k: statistics.median(r[k] for r in rs) for k in (*STAGES, "process_s")} for sdk, rs in runs.items()}
    rows = [
        "| | import | build client | first `retrieve_arrays(limit=1)` | to first datapoint | whole process |",
        "|---|---|---|---|---|---|",
    ]
    for sdk, m in med.items():
        rows.append(f"| {sdk} | " + " | ".join(f"{m[k] * 1000:.0f} ms" for k in (*STAGES, "process_s")) + " |")
    if "ours" in med and "official" in med:
        o, u = med["official"], med["ours"]
        rows.append("| ours/official | " + " | ".join(f"{u[k] / o[k]:.2f}x" for k in (*STAGES, "process_s")) + " |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.cold_start", description=__doc__)
    ap.add_argument("--repeat", type=int, default=7, help="fresh processes per SDK (median reported)")
    ap.add_argument("--sdks", nargs="*", default=["ours", "official"], choices=["ours", "official"])
    ap.add_argument("--clean-venv", action="store_true", help="throwaway venvs with runtime dependencies only")
    ap.add_argument("--profile", action="store_true", help="also write a cProfile of one cold run per SDK")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(HERE.parent.parent))
    from benchmarks.run import RESULTS, start_emulator

    pys = {sdk: py for sdk, py in pythons(args.clean_venv).items() if sdk in args.sdks and py.exists()}
    proc, base = start_emulator()
    runs: dict[str, list[dict[str, Any]]] = {sdk: [] for sdk in pys}
    try:
        seed(base)
        for sdk, py in pys.items():
            for _ in range(2):
                run_child(py, sdk, base)  # writes .pyc files, warms the page cache
        for _ in range(max(1, args.repeat)):
            for sdk, py in pys.items():
                runs[sdk].append(run_child(py, sdk, base))
        RESULTS.mkdir(exist_ok=True)
        if args.profile:
            for sdk, py in pys.items():
                out = RESULTS / f"cold-{sdk}.prof"
                run_child(py, sdk, base, str(out))
                print(f"profile: {out} (python -m pstats {out})")
    finally:
        proc.terminate()
        proc.wait(10)
    load = os.getloadavg()
    venvs = "clean runtime-only venvs" if args.clean_venv else "dev venvs (.venv, .venv-official)"
    note = f"median of {args.repeat} fresh processes per SDK, {venvs}; load average {load[0]:.2f}/{load[1]:.2f}"
    text = table(runs) + "\n\n" + note
    print(text)
    for sdk, rs in runs.items():
        print(f"{sdk}: {rs[-1]['modules']} modules; heavy ones loaded: {', '.join(rs[-1]['imported']) or 'none'}")
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (RESULTS / f"cold-{stamp}.json").write_text(json.dumps({"note": note, "runs": runs}, indent=2))
    (RESULTS / f"cold-{stamp}.md").write_text(text + "\n")


if __name__ == "__main__":
    main()
