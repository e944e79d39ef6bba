"""`python -m benchmarks.run [--quick]`: our SDK vs the official cognite-sdk vs a bare httpx client, one emulator.

Starts the emulator once (`python -m cognite.emulator`, its own process, real socket), seeds it, then runs every
workload in a fresh process per client (`benchmarks/workload.py`; the official SDK from `.venv-official`), and
prints a table: wall time, points/s, peak RSS, and the ratios ours/official and ours/bare. Results (JSON and the
table) are written to `benchmarks/results/`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
WORKLOAD = Path(__file__).resolve().parent / "workload.py"
RESULTS = Path(__file__).resolve().parent / "results"
OURS_PY = ROOT / ".venv" / "bin" / "python"
OFFICIAL_PY = ROOT / ".venv-official" / "bin" / "python"
sys.path.insert(0, str(WORKLOAD.parent))
from resource_workloads import RESOURCE_WORKLOADS  # noqa: E402
from workload import (  # noqa: E402
    ASSET_WORKLOADS,
    DM_SPACE_LIST,
    DM_VIEW,
    DM_WORKLOADS,
    IID,
    IID_SPACE,
    PROJECT,
    T0,
    asset_write_items,
    dm_properties,
    dm_schema,
    iid_plan,
    n_assets,
    n_nodes,
    plan,
    plan_name,
    wire_identifier,
)

WORKLOADS = [
    "raw_1x10M",
    "raw_10x1M",
    "raw_100x100k",
    "aggregates_10",
    "raw_10x1M" + IID,  # the same reads by instance id (CogniteTimeSeries nodes): no slowdown expected
    "raw_100x100k" + IID,
    "aggregates_10" + IID,
    "dataframe_10x1M",
    "insert_1x1M",
    "insert_1000x1000",
    *dict.fromkeys([*ASSET_WORKLOADS, *DM_WORKLOADS, *RESOURCE_WORKLOADS]),
]
NOT_DATAPOINTS = (*ASSET_WORKLOADS, *DM_WORKLOADS, *RESOURCE_WORKLOADS)
WARM_ONLY = ("assets_load_100k",)  # AssetList._load alone: no client, nothing cold about it


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_emulator() -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    proc = subprocess.Popen(
        # no request log: it would hold every request body (30M points of inserts) for the whole run
        [str(OURS_PY), "-m", "cognite.emulator", "--host", "127.0.0.1", "--port", str(port), "--request-log-size", "0"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            httpx.get(base + "/_emulator/health", timeout=1)
            return proc, base
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("The emulator did not start")


async def seed_assets(base: str, scale: float) -> int:
    """Create the assets the list workloads read (1000 per request, 4 in flight)."""
    items = asset_write_items(n_assets(scale))
    url = f"{base}/api/v1/projects/{PROJECT}/assets"
    sem = asyncio.Semaphore(4)
    async with httpx.AsyncClient(timeout=300, headers={"authorization": "Bearer x"}) as http:

        async def post(chunk: list[dict[str, Any]]) -> None:
            async with sem:
                (await http.post(url, json={"items": chunk})).raise_for_status()

        await asyncio.gather(*(post(items[i : i + 1000]) for i in range(0, len(items), 1000)))
    return len(items)


async def seed_nodes(base: str, scale: float) -> int:
    """Apply the data-modeling schema and the nodes the list workload reads (1000 per request, 4 in flight)."""
    url = f"{base}/api/v1/projects/{PROJECT}/models"
    space, xid, version = DM_VIEW
    source = {"type": "view", "space": space, "externalId": xid, "version": version}
    nodes = [
        {"instanceType": "node", "space": DM_SPACE_LIST, "externalId": f"n_{i}",
         "sources": [{"source": source, "properties": dm_properties(i)}]}
        for i in range(n_nodes(scale))
    ]  # fmt: skip
    sem = asyncio.Semaphore(4)
    async with httpx.AsyncClient(timeout=300, headers={"authorization": "Bearer x"}) as http:
        for kind, items in dm_schema().items():
            (await http.post(f"{url}/{kind}", json={"items": items})).raise_for_status()

        async def post(chunk: list[dict[str, Any]]) -> None:
            async with sem:
                (await http.post(f"{url}/instances", json={"items": chunk})).raise_for_status()

        await asyncio.gather(*(post(nodes[i : i + 1000]) for i in range(0, len(nodes), 1000)))
    return len(nodes)


def layouts(scale: float, workloads: list[str]) -> dict[str, dict[str, Any]]:
    """The series layouts the workloads use (an IID layout: the instance-id twin of its base layout)."""
    base = plan(scale)
    out = {}
    for name in dict.fromkeys(plan_name(w) for w in workloads if w not in NOT_DATAPOINTS):
        out[name] = iid_plan(base[name.removesuffix(IID)]) if name.endswith(IID) else base[name]
    return out


async def seed(base: str, scale: float, workloads: list[str]) -> int:
    """Create the series the workloads use (classic ones, or CogniteTimeSeries nodes for the IID layouts) and fill
    the read series (protobuf inserts, 100k points each)."""
    from cognite.client._datapoints.wire_encode import SeriesPart, encode_insert_request

    url = f"{base}/api/v1/projects/{PROJECT}"
    headers = {"authorization": "Bearer x"}
    total = 0
    async with httpx.AsyncClient(timeout=300, headers=headers) as http:
        layout = layouts(scale, workloads)
        xids = [x for spec in layout.values() if "space" not in spec for x in spec["xids"]]
        for i in range(0, len(xids), 1000):
            items = [{"externalId": x, "name": x} for x in xids[i : i + 1000]]
            (await http.post(f"{url}/timeseries", json={"items": items})).raise_for_status()
        nodes = [x for spec in layout.values() if "space" in spec for x in spec["xids"]]
        if nodes:
            (await http.post(f"{url}/models/spaces", json={"items": [{"space": IID_SPACE}]})).raise_for_status()
            source = {"type": "view", "space": "cdf_cdm", "externalId": "CogniteTimeSeries", "version": "v1"}
            for i in range(0, len(nodes), 1000):
                items = [
                    {"instanceType": "node", "space": IID_SPACE, "externalId": x,
                     "sources": [{"source": source, "properties": {"name": x, "type": "numeric"}}]}
                    for x in nodes[i : i + 1000]
                ]  # fmt: skip
                (await http.post(f"{url}/models/instances", json={"items": items})).raise_for_status()
        bodies: list[bytes] = []
        for name, spec in layout.items():
            if name.startswith("insert"):
                continue
            n, step = spec["points"], spec["step"]
            ts = T0 + np.arange(n, dtype=np.int64) * step
            for k, x in enumerate(spec["xids"]):
                vals = np.sin(np.arange(n) / 1000.0) * 100 + k + 0.5
                for a in range(0, n, 100_000):
                    bodies.append(
                        encode_insert_request(
                            [SeriesPart(wire_identifier(spec, x), ts[a : a + 100_000], vals[a : a + 100_000])]
                        )
                    )
                total += n
        sem = asyncio.Semaphore(4)

        async def post(body: bytes) -> None:
            async with sem:
                r = await http.post(
                    f"{url}/timeseries/data", content=body, headers={"content-type": "application/protobuf"}
                )
                r.raise_for_status()

        await asyncio.gather(*(post(b) for b in bodies))
    return total


def seed_resources(base: str, scale: float, workloads: list[str]) -> int:
    """What the resource workloads read (events, RAW rows, a sequence, a file), written with our SDK, untimed."""
    from cognite.client import ClientConfig, CogniteClient
    from cognite.client.credentials import Token

    client = CogniteClient(ClientConfig(client_name="seed", project=PROJECT, credentials=Token("x"), base_url=base))
    seeds = {RESOURCE_WORKLOADS[w].seed for w in workloads if w in RESOURCE_WORKLOADS}
    return sum(seed(client, scale) for seed in seeds if seed is not None)


def run_one(sdk: str, workload: str, base: str, scale: float, timeout: float, cold: bool = False) -> dict[str, Any]:
    py = OFFICIAL_PY if sdk == "official" else OURS_PY
    cmd = [str(py), str(WORKLOAD), "--sdk", sdk, "--workload", workload, "--base-url", base, "--scale", str(scale)]
    cmd += ["--cold"] if cold else []
    env = _env()
    try:
        out = subprocess.run(cmd, cwd="/tmp", capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"sdk": sdk, "workload": workload, "error": f"timeout after {timeout}s"}
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    if out.returncode != 0 or not lines:
        return {"sdk": sdk, "workload": workload, "error": (out.stderr or out.stdout)[-800:]}
    return json.loads(lines[-1])


def _env() -> dict[str, str]:
    # Bytecode caching on: otherwise every fresh process recompiles pandas & co. and import time swamps the run.
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def warm_up() -> None:
    """Import each interpreter's stack once so .pyc files exist before anything is timed."""
    for py, mod in ((OURS_PY, "cognite.client._api.datapoints"), (OFFICIAL_PY, "cognite.client")):
        if py.exists():
            code = f"import numpy, pandas, httpx, {mod}"
            subprocess.run([str(py), "-c", code], cwd="/tmp", env=_env(), capture_output=True, timeout=300)


def _best(runs: list[dict[str, Any]]) -> dict[str, Any]:
    ok = [r for r in runs if "error" not in r]
    return min(ok, key=lambda r: r["wall_s"]) if ok else runs[0]


def _fmt(r: dict[str, Any] | None) -> str:
    if not r:
        return "-"
    if "error" in r:
        return "error"
    cpu = f" / {r['cpu_s']:.2f} s CPU" if r.get("cpu_s") is not None else ""
    return f"{r['wall_s']:.2f} s / {r['points_per_s'] / 1e6:.2f}M/s / {r['peak_rss_mb']:.0f} MB{cpu}"


def table(results: list[dict[str, Any]], workloads: list[str]) -> str:
    return warm_table(results, workloads) + "\n\n" + cold_table(results, workloads)


def cold_table(results: list[dict[str, Any]], workloads: list[str]) -> str:
    """Cold: a fresh process timed from before the SDK import to the end of the call, as a script or job pays it."""
    by = {(r["workload"], r["sdk"]): r for r in results if r.get("mode") == "cold"}
    rows = [
        "| workload (cold) | official (wall / items/s / peak RSS / CPU) | ours | speed ours/official | RSS ours/official |",
        "|---|---|---|---|---|",
    ]
    for w in workloads:
        o, u = by.get((w, "official")), by.get((w, "ours"))
        if not o and not u:
            continue
        ok = o and u and "error" not in o and "error" not in u
        speed = f"{o['wall_s'] / u['wall_s']:.1f}x" if ok else "-"  # type: ignore[index]
        mem = f"{u['peak_rss_mb'] / o['peak_rss_mb']:.2f}x" if ok else "-"  # type: ignore[index]
        rows.append(f"| {w} | {_fmt(o)} | {_fmt(u)} | {speed} | {mem} |")
    return "\n".join(rows)


def warm_table(results: list[dict[str, Any]], workloads: list[str]) -> str:
    by = {(r["workload"], r["sdk"]): r for r in results if r.get("mode", "warm") == "warm"}
    rows = [
        "| workload | official (wall / pts/s / peak RSS / CPU) | ours | bare httpx + fast decode | bare, 1 MiB reads |"
        " speed ours/official | CPU official/ours | RSS ours/official | wall ours/bare |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for w in workloads:
        o, u, b, b1 = by.get((w, "official")), by.get((w, "ours")), by.get((w, "bare")), by.get((w, "bare1m"))
        ok = o and u and "error" not in o and "error" not in u
        speed = f"{o['wall_s'] / u['wall_s']:.1f}x" if ok else "-"  # type: ignore[index]
        cpu = f"{o['cpu_s'] / u['cpu_s']:.1f}x" if ok and o.get("cpu_s") and u.get("cpu_s") else "-"  # type: ignore[union-attr,index]
        mem = f"{u['peak_rss_mb'] / o['peak_rss_mb']:.2f}x" if ok else "-"  # type: ignore[index]
        vs_bare = f"{u['wall_s'] / b['wall_s']:.2f}x" if u and b and "error" not in u and "error" not in b else "-"
        rows.append(f"| {w} | {_fmt(o)} | {_fmt(u)} | {_fmt(b)} | {_fmt(b1)} | {speed} | {cpu} | {mem} | {vs_bare} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    ap.add_argument("--quick", action="store_true", help="small sizes (5%%) for a smoke run")
    ap.add_argument("--scale", type=float, help="size factor (default 1.0, or 0.05 with --quick)")
    ap.add_argument("--workloads", nargs="*", default=WORKLOADS, choices=WORKLOADS)
    ap.add_argument(
        "--sdks",
        nargs="*",
        default=["official", "ours", "bare", "bare1m"],
        choices=["official", "ours", "bare", "bare1m"],
    )
    ap.add_argument("--repeat", type=int, default=1, help="runs per (workload, client); the fastest is reported")
    ap.add_argument(
        "--modes", nargs="*", default=["warm", "cold"], choices=["warm", "cold"],
        help="warm: after a tiny untimed call (throughput); cold: a fresh process from before the SDK import",
    )  # fmt: skip
    args = ap.parse_args(argv)
    scale = args.scale or (0.05 if args.quick else 1.0)
    sdks = [s for s in args.sdks if s != "official" or OFFICIAL_PY.exists()]
    if "official" in args.sdks and "official" not in sdks:
        print("(.venv-official missing: `make official-venv` to compare with the official SDK)")
    warm_up()
    load_before = os.getloadavg()
    proc, base = start_emulator()
    results: list[dict[str, Any]] = []
    try:
        t = time.perf_counter()
        if any(w in DM_WORKLOADS for w in args.workloads):
            t = time.perf_counter()
            n = asyncio.run(seed_nodes(base, scale))
            print(f"seeded {n:,} nodes in {time.perf_counter() - t:.1f} s (scale {scale})")
        if any(RESOURCE_WORKLOADS.get(w) and RESOURCE_WORKLOADS[w].seed for w in args.workloads):
            t = time.perf_counter()
            n = seed_resources(base, scale, args.workloads)
            print(f"seeded {n:,} resource items/bytes in {time.perf_counter() - t:.1f} s (scale {scale})")
        if any(w not in NOT_DATAPOINTS for w in args.workloads):
            n = asyncio.run(seed(base, scale, args.workloads))
            print(f"seeded {n:,} points in {time.perf_counter() - t:.1f} s (scale {scale})")
        if any(w.startswith("assets_list") for w in args.workloads):
            t = time.perf_counter()
            n = asyncio.run(seed_assets(base, scale))
            print(f"seeded {n:,} assets in {time.perf_counter() - t:.1f} s (scale {scale})")
        for w, mode in ((w, m) for m in args.modes for w in args.workloads):
            cold = mode == "cold"
            if cold and w in WARM_ONLY:
                continue
            if cold:
                for sdk in sdks:
                    if sdk.startswith("bare"):
                        continue  # the bare client has no start-up to measure
                    runs = [run_one(sdk, w, base, scale, 600, cold=True) for _ in range(max(1, args.repeat))]
                    results.append(_best(runs))
                    print(f"{w:18} {sdk:9} cold {_fmt(results[-1])}", flush=True)
                continue
            if w not in NOT_DATAPOINTS and not w.startswith("insert"):
                # The emulator caches encoded pages: one untimed pass first, so no client pays for a cold cache.
                run_one("bare", w, base, scale, timeout=600)
            elif w == "dm_list_100k":  # the same for the DM list pages (the bare client reads datapoints only)
                run_one("ours", w, base, scale, timeout=600)
            for sdk in sdks:
                if sdk == "bare1m" and w.startswith("insert") or sdk.startswith("bare") and w in NOT_DATAPOINTS:
                    continue  # the bare client reads datapoints only
                runs = [run_one(sdk, w, base, scale, timeout=600) for _ in range(max(1, args.repeat))]
                best = _best(runs)
                results.append(best)
                print(f"{w:18} {sdk:9} {_fmt(best)}" + (f"  {best['error']}" if "error" in best else ""), flush=True)
    finally:
        proc.terminate()
        proc.wait(10)
    load_after = os.getloadavg()
    text = table(results, args.workloads)
    machine = (
        f"{os.cpu_count()} CPUs; load average before {load_before[0]:.2f}/{load_before[1]:.2f}/{load_before[2]:.2f},"
        f" after {load_after[0]:.2f}/{load_after[1]:.2f}/{load_after[2]:.2f}; scale {scale}"
    )
    print()
    print(text)
    print(machine)
    RESULTS.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (RESULTS / f"{stamp}.json").write_text(json.dumps({"machine": machine, "results": results}, indent=2))
    (RESULTS / f"{stamp}.md").write_text(text + "\n\n" + machine + "\n")


if __name__ == "__main__":
    main()
