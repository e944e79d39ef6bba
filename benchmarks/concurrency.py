"""`python benchmarks/concurrency.py [--seconds 60] [--threads 20]`: many threads (and many async tasks) sharing
one client, ours vs the official SDK against one emulator on a real socket.

Each worker loops over a small mix a shared client really sees (create an asset, retrieve it, list a page, insert
10 datapoints, read them back) for a fixed time; the result is operations per second, errors, and whether the final
state is exact (every acknowledged asset and datapoint is there, nothing else). Each SDK runs in a fresh process
(this file, run as a script with `--child`), the official one from `.venv-official` with cwd=/tmp.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
T0 = 1_704_067_200_000


def _cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _proc_cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _client(async_: bool, base_url: str, project: str) -> Any:
    from cognite.client import AsyncCogniteClient, ClientConfig, CogniteClient, global_config
    from cognite.client.credentials import Token

    if hasattr(global_config, "disable_pypi_version_check"):
        global_config.disable_pypi_version_check = True
    config = ClientConfig(client_name="bench", project=project, credentials=Token("x"), base_url=base_url)
    return AsyncCogniteClient(config) if async_ else CogniteClient(config)


class Tally:
    def __init__(self) -> None:
        self.ops = 0
        self.errors: list[str] = []
        self.created: dict[int, int] = {}  # worker -> assets acknowledged
        self.points: dict[int, int] = {}  # worker -> datapoints acknowledged
        self.lock = threading.Lock()


def _sync_worker(client: Any, k: int, deadline: float, tally: Tally) -> None:
    from cognite.client.data_classes import AssetWrite

    i = 0
    while time.perf_counter() < deadline:
        try:
            xid = f"c{k}_{i}"
            client.assets.create(AssetWrite(external_id=xid, name=xid))
            tally.created[k] = i + 1
            got = client.assets.retrieve(external_id=xid)
            assert got is not None and got.external_id == xid, got
            client.assets.list(limit=5)
            base = T0 + i * 10_000
            client.time_series.data.insert([(base + j, float(j)) for j in range(10)], external_id=f"ts_{k}")
            tally.points[k] = (i + 1) * 10
            dps = client.time_series.data.retrieve(external_id=f"ts_{k}", start=base, end=base + 10)
            assert len(dps) == 10, len(dps)
            with tally.lock:
                tally.ops += 5
        except Exception as e:  # noqa: BLE001 - counted, the run goes on
            tally.errors.append(f"{type(e).__name__}: {e}"[:300])
        i += 1


async def _async_worker(client: Any, k: int, deadline: float, tally: Tally) -> None:
    from cognite.client.data_classes import AssetWrite

    i = 0
    while time.perf_counter() < deadline:
        try:
            xid = f"c{k}_{i}"
            await client.assets.create(AssetWrite(external_id=xid, name=xid))
            tally.created[k] = i + 1
            got = await client.assets.retrieve(external_id=xid)
            assert got is not None and got.external_id == xid, got
            await client.assets.list(limit=5)
            base = T0 + i * 10_000
            await client.time_series.data.insert([(base + j, float(j)) for j in range(10)], external_id=f"ts_{k}")
            tally.points[k] = (i + 1) * 10
            dps = await client.time_series.data.retrieve(external_id=f"ts_{k}", start=base, end=base + 10)
            assert len(dps) == 10, len(dps)
            tally.ops += 5
        except Exception as e:  # noqa: BLE001
            tally.errors.append(f"{type(e).__name__}: {e}"[:300])
        i += 1


def child(args: argparse.Namespace) -> None:
    from cognite.client.data_classes import TimeSeriesWrite

    project = f"conc-{args.sdk}-{args.mode}-{time.time_ns()}"
    client = _client(args.mode == "async", args.base_url, project)
    setup = _client(False, args.base_url, project)
    setup.time_series.create([TimeSeriesWrite(external_id=f"ts_{k}", name=f"ts_{k}") for k in range(args.workers)])
    tally = Tally()
    cpu0 = _cpu_s()
    t = time.perf_counter()
    deadline = t + args.seconds
    if args.mode == "threads":
        threads = [
            threading.Thread(target=_sync_worker, args=(client, k, deadline, tally)) for k in range(args.workers)
        ]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
    else:

        async def run() -> None:
            await asyncio.gather(*(_async_worker(client, k, deadline, tally) for k in range(args.workers)))

        asyncio.run(run())
    wall = time.perf_counter() - t
    cpu = _cpu_s() - cpu0
    # Exact final state: every acknowledged asset and datapoint is there (a create that raised may have landed).
    exact = True
    for k in range(args.workers):
        n = len(setup.assets.list(external_id_prefix=f"c{k}_", limit=None))
        pts = len(setup.time_series.data.retrieve(external_id=f"ts_{k}", start=T0, end="now", limit=None))
        exact &= n >= tally.created.get(k, 0) and pts >= tally.points.get(k, 0)
    print(json.dumps({"ops": tally.ops, "wall": wall, "cpu": cpu, "errors": len(tally.errors), "error_sample": tally.errors[:3],
                      "exact": exact}))  # fmt: skip


def driver(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(HERE))
    from run import OFFICIAL_PY, OURS_PY, start_emulator  # type: ignore[import-not-found]

    proc, base = start_emulator()
    rows = []
    try:
        # Interleaved repeats (official, ours, ours, official, ...): the machine's load drifts, medians compare fairly.
        sdks = [("official", OFFICIAL_PY, "/tmp"), ("ours", OURS_PY, str(ROOT))]
        for mode, r in ((m, r) for m in args.modes.split(",") for r in range(args.repeat)):
            for sdk, py, cwd in sdks if r % 2 == 0 else sdks[::-1]:
                cmd = [str(py), str(Path(__file__).resolve()), "--child", "--sdk", sdk, "--mode", mode,
                       "--seconds", str(args.seconds), "--workers", str(args.workers), "--base-url", base]  # fmt: skip
                # The official SDK must not see our worktree on PYTHONPATH (it would import our `cognite`).
                env = {k: v for k, v in os.environ.items() if not (sdk == "official" and k == "PYTHONPATH")}
                emu0 = _proc_cpu_s(proc.pid)
                out = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False, env=env)
                if out.returncode:
                    raise SystemExit(f"{sdk} {mode} failed:\n{out.stderr[-3000:]}")
                res = json.loads(out.stdout.strip().splitlines()[-1])
                # CPU per operation (client, and the emulator's share incl. the final check) is steadier than
                # throughput on a shared machine: it is the cost each SDK puts on the cores.
                emu = _proc_cpu_s(proc.pid) - emu0
                res.update(sdk=sdk, mode=mode, ops_per_s=res["ops"] / res["wall"], client_ms_per_op=res["cpu"] /
                           max(1, res["ops"]) * 1000, emulator_ms_per_op=emu / max(1, res["ops"]) * 1000)  # fmt: skip
                rows.append(res)
                print(json.dumps(res), flush=True)
    finally:
        proc.kill()
    print(f"\n{args.workers} workers x {args.seconds:g} s on one client (ops/s; ratio ours/official)")
    for mode in args.modes.split(","):
        cell = {}
        for sdk in ("ours", "official"):
            runs = [r for r in rows if r["sdk"] == sdk and r["mode"] == mode]
            rate = statistics.median(r["ops_per_s"] for r in runs)
            client = statistics.median(r["client_ms_per_op"] for r in runs)
            emu = statistics.median(r["emulator_ms_per_op"] for r in runs)
            errors, exact = sum(r["errors"] for r in runs), all(r["exact"] for r in runs)
            cell[sdk] = rate
            print(f"{mode:8} {sdk:8} {rate:7.0f} ops/s, CPU/op client {client:.2f} ms emulator {emu:.2f} ms "
                  f"(median of {len(runs)}; {errors} errors, exact={exact})")  # fmt: skip
        print(f"{mode:8} ratio    {cell['ours'] / cell['official']:.2f}x")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--child", action="store_true")
    p.add_argument("--sdk", default="ours")
    p.add_argument("--mode", default="threads")
    p.add_argument("--modes", default="threads,async")
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--workers", type=int, default=20)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--base-url", default="")
    args = p.parse_args()
    child(args) if args.child else driver(args)


if __name__ == "__main__":
    main()
