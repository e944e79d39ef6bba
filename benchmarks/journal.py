"""`python -m benchmarks.journal [--n 100000] [--small-requests 2000] [--threads 8]`: the cost of the emulator's
crash-safe journal. Starts `python -m cognite.emulator` (a real socket) without and with `--state-file` and times:

- `assets.create` of N assets through our SDK (1000 per request, the SDK's own concurrency),
- `time_series.data.insert` of `points` datapoints into one series (journaled as numpy arrays, 16 bytes a point),
- `small-requests` single-asset creates from `threads` threads (many small writes: what group commit is for),
- the restart with the state file (snapshot load + journal replay) after SIGKILL.

`--emulator-root DIR` runs another checkout's emulator (e.g. one from before the journal) for comparison.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
PROJECT = "bench"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(root: Path, port: int, state: Path | None) -> tuple[subprocess.Popen[bytes], float]:
    cmd = [sys.executable, "-m", "cognite.emulator", "--port", str(port), "--request-log-size", "0"]
    if state is not None:
        cmd += ["--state-file", str(state)]
    env = {**os.environ, "PYTHONPATH": f"{root}:{root / 'generated'}"}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/_emulator/health").status_code == 200:
                return proc, time.perf_counter() - t0
        except httpx.TransportError:
            time.sleep(0.05)
        if proc.poll() is not None:
            raise RuntimeError(proc.communicate()[1].decode())


def _client(base_url: str) -> Any:
    from cognite.client import ClientConfig, CogniteClient
    from cognite.client.credentials import Token

    config = ClientConfig(client_name="bench", project=PROJECT, credentials=Token("t"), base_url=base_url)
    return CogniteClient(config)


def _bulk(base_url: str, n: int) -> float:
    from cognite.client.data_classes import AssetWrite

    client = _client(base_url)
    assets = [AssetWrite(external_id=f"a{i}", name=f"asset {i}", metadata={"k": str(i)}) for i in range(n)]
    t0 = time.perf_counter()
    client.assets.create(assets)
    return time.perf_counter() - t0


def _points(base_url: str, n: int) -> float:
    import numpy as np

    from cognite.client.data_classes import TimeSeriesWrite

    client = _client(base_url)
    client.time_series.create(TimeSeriesWrite(external_id="dps"))
    ts = np.arange(n, dtype=np.int64) * 1000 + 1_700_000_000_000
    values = np.random.default_rng(1).random(n)
    t0 = time.perf_counter()
    client.time_series.data.insert(list(zip(ts.tolist(), values.tolist(), strict=True)), external_id="dps")
    return time.perf_counter() - t0


def _small(base_url: str, requests: int, threads: int) -> float:
    per = requests // threads

    def work(w: int) -> None:
        with httpx.Client(base_url=base_url) as http:
            for i in range(per):
                body = {"items": [{"externalId": f"s{w}-{i}", "name": "small"}]}
                r = http.post(f"/api/v1/projects/{PROJECT}/assets", json=body)
                assert r.status_code == 201, r.text

    workers = [threading.Thread(target=work, args=(w,)) for w in range(threads)]
    t0 = time.perf_counter()
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    return time.perf_counter() - t0


def run(root: Path, n: int, points: int, small: int, threads: int, journal: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        state = Path(tmp) / "state.json" if journal else None
        port = _free_port()
        proc, _ = _start(root, port, state)
        base = f"http://127.0.0.1:{port}"
        try:
            result = {
                "bulk_s": _bulk(base, n),
                "points_s": _points(base, points),
                "small_s": _small(base, small, threads),
            }
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        if state is not None:
            proc, result["restart_s"] = _start(root, port, state)
            count = httpx.post(f"{base}/api/v1/projects/{PROJECT}/assets/aggregate", json={}).json()
            result["assets_after_restart"] = count["items"][0]["count"]
            proc.send_signal(signal.SIGKILL)
            proc.wait()
    return result


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--n", type=int, default=100_000)
    p.add_argument("--points", type=int, default=1_000_000)
    p.add_argument("--small-requests", type=int, default=2000)
    p.add_argument("--threads", type=int, default=8)
    p.add_argument("--emulator-root", type=Path, default=ROOT)
    args = p.parse_args()
    for journal in (False, True):
        r = run(args.emulator_root, args.n, args.points, args.small_requests, args.threads, journal)
        label = "state file (journal)" if journal else "in memory         "
        line = f"{label}: {args.n} assets in {r['bulk_s']:.2f} s ({args.n / r['bulk_s']:,.0f}/s); "
        line += f"{args.points} datapoints in {r['points_s']:.2f} s ({args.points / r['points_s']:,.0f}/s); "
        line += f"{args.small_requests} single-asset creates x{args.threads} threads in {r['small_s']:.2f} s "
        line += f"({args.small_requests / r['small_s']:,.0f}/s)"
        if journal:
            line += f"; restart after SIGKILL {r['restart_s']:.2f} s, {r['assets_after_restart']} assets"
        print(line, flush=True)


if __name__ == "__main__":
    main()
