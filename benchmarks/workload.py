"""One benchmark workload in a fresh process; prints one JSON line with wall time, points and peak RSS.

Run as a script (not `-m`) so the official SDK's interpreter never sees this repository's `cognite` package:
    <python> benchmarks/workload.py --sdk ours|official|bare --workload raw_1x10M --base-url URL --scale 1.0
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import json
import resource
import sys
import time
from typing import Any

from resource_workloads import RESOURCE_WORKLOADS, run_id  # type: ignore[import-not-found]

PROJECT = "bench"
T0 = 1_704_067_200_000  # 2024-01-01, whole day: aggregates align the same for every client
# A read workload named "<workload>_iid" reads the same layout from CogniteTimeSeries nodes, by instance id.
IID = "_iid"
IID_SPACE = "bench_ts"


def plan(scale: float) -> dict[str, Any]:
    """Series layout shared by the seeder and every workload (sizes scaled for --quick)."""

    def n(x: int) -> int:
        return max(1000, int(x * scale))

    return {
        "raw_1x10M": {"xids": ["b_1x10M"], "points": n(10_000_000), "step": 1000},
        "raw_10x1M": {"xids": [f"b_10x1M_{i}" for i in range(10)], "points": n(1_000_000), "step": 10_000},
        "raw_100x100k": {"xids": [f"b_100x100k_{i}" for i in range(100)], "points": n(100_000), "step": 1000},
        "insert_1x1M": {"xids": ["i_1x1M"], "points": n(1_000_000), "step": 1000},
        "insert_1000x1000": {"xids": [f"i_1000x1000_{i}" for i in range(1000)], "points": 1000, "step": 1000},
    }


def plan_name(workload: str) -> str:
    """The series layout a workload reads or writes (a key of `plan`, or that key + IID)."""
    iid = workload.endswith(IID)
    base = workload.removesuffix(IID)
    name = "raw_10x1M" if base in ("aggregates_10", "dataframe_10x1M") else base
    return name + IID if iid else name


def iid_plan(spec: dict[str, Any]) -> dict[str, Any]:
    """The instance-id twin of a layout: its own series (nodes in IID_SPACE), the same sizes."""
    return {**spec, "xids": [f"n{x}" for x in spec["xids"]], "space": IID_SPACE}


def identify(spec: dict[str, Any], xids: list[str]) -> dict[str, Any]:
    """The SDK keyword naming `xids` of a layout: external_id=..., or instance_id=NodeId(s) for an IID layout."""
    one = len(xids) == 1
    if "space" not in spec:
        return {"external_id": xids[0] if one else xids}
    from cognite.client.data_classes.data_modeling import NodeId

    nodes = [NodeId(spec["space"], x) for x in xids]
    return {"instance_id": nodes[0] if one else nodes}


def wire_identifier(spec: dict[str, Any], xid: str) -> dict[str, Any]:
    """How a request item names one series of a layout."""
    if "space" in spec:
        return {"instanceId": {"space": spec["space"], "externalId": xid}}
    return {"externalId": xid}


def workload_spec(name: str, scale: float) -> dict[str, Any]:
    if name.endswith(IID):
        return iid_plan(workload_spec(name.removesuffix(IID), scale))
    p = plan(scale)
    if name == "aggregates_10":
        base = p["raw_10x1M"]
        return {**base, "end": T0 + base["points"] * base["step"], "aggregates": ["average"], "granularity": "1m"}
    if name == "dataframe_10x1M":
        base = p["raw_10x1M"]
    else:
        base = p[name]
    return {**base, "end": T0 + base["points"] * base["step"]}


# Asset workloads: list 100k assets (one cursor, or 10 partitions) and AssetList._load of 100k reply items.
ASSET_WORKLOADS = ("assets_list_100k", "assets_list_100k_p10", "assets_load_100k")


def n_assets(scale: float) -> int:
    return max(1000, int(100_000 * scale))


def asset_write_items(n: int) -> list[dict[str, Any]]:
    """What the seeder creates: root assets with the fields a real asset typically has."""
    return [
        {
            "externalId": f"a_{i}",
            "name": f"asset {i}",
            "description": f"pump station {i % 97}",
            "source": "bench",
            "metadata": {"site": f"s{i % 13}", "type": "pump", "rated_kw": str(i % 500)},
        }
        for i in range(n)
    ]


def asset_reply_items(n: int) -> list[dict[str, Any]]:
    """The same assets as the API returns them (server-set fields added): the input of `_load`."""
    return [
        {**a, "id": 1_000_000 + i, "rootId": 1_000_000 + i, "createdTime": T0 + i, "lastUpdatedTime": T0 + i}
        for i, a in enumerate(asset_write_items(n))
    ]


def run_assets(sdk: str, name: str, base_url: str, scale: float) -> tuple[int, float, float]:
    """One asset workload; returns (items, wall seconds, CPU seconds) of the measured call."""
    if name == "assets_load_100k":
        from cognite.client.data_classes import AssetList

        items = asset_reply_items(n_assets(scale))
        AssetList._load(items[:10])  # lazy imports and first-use setup, untimed (as for the list workloads)
        t, cpu0 = time.perf_counter(), _cpu_s()
        loaded = AssetList._load(items)
        return len(loaded), time.perf_counter() - t, _cpu_s() - cpu0
    raise SystemExit(f"unknown asset workload {name}")


# Data-modeling workloads: apply 100k nodes (CDF's 1000 per request) and list 100k nodes through cursors.
DM_WORKLOADS = ("dm_apply_100k", "dm_list_100k")
DM_SPACE_LIST, DM_SPACE_APPLY, DM_VIEW = "bench_list", "bench_apply", ("bench_list", "BenchPump", "v1")


def n_nodes(scale: float) -> int:
    return max(1000, int(100_000 * scale))


def dm_schema() -> dict[str, list[dict[str, Any]]]:
    """What the seeder applies before the workloads: the spaces, one container and its view."""
    space, xid, version = DM_VIEW
    props = {"name": "text", "site": "text", "ratedKw": "float64", "running": "boolean"}
    return {
        "spaces": [{"space": DM_SPACE_LIST}, {"space": DM_SPACE_APPLY}],
        "containers": [
            {"space": space, "externalId": xid, "properties": {k: {"type": {"type": t}} for k, t in props.items()}}
        ],
        "views": [
            {
                "space": space,
                "externalId": xid,
                "version": version,
                "properties": {
                    k: {
                        "container": {"space": space, "externalId": xid, "type": "container"},
                        "containerPropertyIdentifier": k,
                    }
                    for k in props
                },
            }
        ],
    }


def dm_properties(i: int) -> dict[str, Any]:
    return {"name": f"pump {i}", "site": f"s{i % 13}", "ratedKw": float(i % 500), "running": i % 2 == 0}


def _our_client(base_url: str) -> Any:
    from cognite.client import ClientConfig, CogniteClient
    from cognite.client.credentials import Token

    return CogniteClient(ClientConfig(client_name="bench", project=PROJECT, credentials=Token("x"), base_url=base_url))


def _rss_mb() -> float:
    """Peak RSS of this process (VmHWM). Not ru_maxrss: Linux carries that over exec from the forking parent."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _tuples(spec: dict[str, Any], k: int) -> list[tuple[int, float]]:
    step = spec["step"]
    return [(T0 + i * step, float(i % 1000) + 0.5 + k) for i in range(spec["points"])]


# --------------------------------------------------------------------------------------------- SDK clients


def official_client(base_url: str) -> Any:
    from cognite.client import ClientConfig, CogniteClient, global_config
    from cognite.client.credentials import Token

    global_config.disable_pypi_version_check = True
    return CogniteClient(ClientConfig(client_name="bench", project=PROJECT, credentials=Token("x"), base_url=base_url))


def ours_client(base_url: str) -> Any:
    """Our sync client when it exists; else the datapoints API on the transport, driven by a private loop."""
    try:
        from cognite.client import ClientConfig, CogniteClient
        from cognite.client.credentials import Token

        client = CogniteClient(
            ClientConfig(client_name="bench", project=PROJECT, credentials=Token("x"), base_url=base_url)
        )
        return client.time_series.data
    except Exception:  # pragma: no cover - the sync client is another area's; keep the benchmark usable
        from cognite.client._api.datapoints import DatapointsAPI
        from cognite.client._http.transport import CogniteTransport
        from cognite.client.config import ClientConfig
        from cognite.client.credentials import Token

        config = ClientConfig(client_name="bench", project=PROJECT, credentials=Token("x"), base_url=base_url)
        api = DatapointsAPI(config, CogniteTransport(config), None)  # type: ignore[arg-type]
        return _Blocking(api)


class _Blocking:
    def __init__(self, api: Any) -> None:
        self._api = api

    def __getattr__(self, name: str) -> Any:
        fn = getattr(self._api, name)
        return lambda *a, **k: asyncio.run(fn(*a, **k))


def make_client(sdk: str, base_url: str) -> Any:
    return ours_client(base_url) if sdk == "ours" else official_client(base_url).time_series.data


def run_sdk(dps: Any, name: str, spec: dict[str, Any]) -> int:
    xids, start, end = spec["xids"], T0, spec["end"]
    name = name.removesuffix(IID)  # the same calls; `identify` names the series by instance id for IID layouts
    if name.startswith("raw_"):
        res = dps.retrieve_arrays(**identify(spec, xids), start=start, end=end)
        return sum(len(r) for r in ([res] if hasattr(res, "timestamp") else res))
    if name == "aggregates_10":
        res = dps.retrieve_arrays(
            **identify(spec, xids), start=start, end=end, aggregates=spec["aggregates"], granularity=spec["granularity"]
        )
        return sum(len(r) for r in res)
    if name == "dataframe_10x1M":
        df = dps.retrieve_dataframe(**identify(spec, xids), start=start, end=end)
        return int(df.notna().sum().sum())
    if name == "insert_1x1M":
        data = _tuples(spec, 0)
        t = time.perf_counter()
        dps.insert(data, external_id=xids[0])
        return len(data), time.perf_counter() - t  # type: ignore[return-value]
    if name == "insert_1000x1000":
        items = [{"external_id": x, "datapoints": _tuples(spec, k)} for k, x in enumerate(xids)]
        t = time.perf_counter()
        dps.insert_multiple(items)
        return sum(len(i["datapoints"]) for i in items), time.perf_counter() - t  # type: ignore[return-value]
    raise SystemExit(f"unknown workload {name}")


# --------------------------------------------------------------------------------------------- bare limit


async def _bare_reads(name: str, spec: dict[str, Any], base_url: str, workers: int) -> int:
    """httpx + our fast decoder, ideal requests (100k raw / 10k aggregate points each), `workers` in flight."""
    import httpx

    from cognite.client._datapoints.wire_decode import decode_list_response

    agg = name.removesuffix(IID) == "aggregates_10"
    per_req = 10_000 if agg else 100_000
    width = 60_000 * per_req if agg else spec["step"] * per_req
    bodies = []
    for x in spec["xids"]:
        a = T0
        while a < spec["end"]:
            b = min(spec["end"], a + width)
            item: dict[str, Any] = {**wire_identifier(spec, x), "start": a, "end": b, "limit": per_req}
            if agg:
                item.update(aggregates=spec["aggregates"], granularity=spec["granularity"])
            bodies.append({"items": [item]})
            a = b
    url = f"{base_url}/api/v1/projects/{PROJECT}/timeseries/data/list"
    headers = {"accept": "application/protobuf", "authorization": "Bearer x"}
    queue = list(reversed(bodies))
    total = 0
    decoder = concurrent.futures.ThreadPoolExecutor(max_workers=1)  # decode overlapped with I/O, one thread
    loop = asyncio.get_running_loop()

    async def worker(http: httpx.AsyncClient) -> None:
        nonlocal total
        while queue:
            body = queue.pop()
            r = await http.post(url, json=body, headers=headers)
            r.raise_for_status()
            items = await loop.run_in_executor(decoder, decode_list_response, r.content)
            total += sum(len(i) for i in items)

    async with httpx.AsyncClient(timeout=120, limits=httpx.Limits(max_connections=workers)) as http:
        await asyncio.gather(*(worker(http) for _ in range(workers)))
    return total


async def _bare_insert(name: str, spec: dict[str, Any], base_url: str, workers: int) -> tuple[int, float]:
    import httpx
    import numpy as np

    from cognite.client._datapoints.wire_encode import SeriesPart, encode_insert_request

    n_series = len(spec["xids"])
    data = [_tuples(spec, k) for k in range(n_series)]
    t = time.perf_counter()
    parts = []
    for x, d in zip(spec["xids"], data, strict=True):
        ts, vals = zip(*d, strict=True)
        parts.append(SeriesPart({"externalId": x}, np.array(ts, np.int64), np.array(vals, np.float64)))
    bodies: list[bytes] = []
    if n_series == 1:
        p = parts[0]
        for i in range(0, len(p), 100_000):
            bodies.append(
                encode_insert_request(
                    [SeriesPart(p.identifier, p.timestamp[i : i + 100_000], p.value[i : i + 100_000])]
                )
            )
    else:
        for i in range(0, n_series, 100):
            bodies.append(encode_insert_request(parts[i : i + 100]))
    url = f"{base_url}/api/v1/projects/{PROJECT}/timeseries/data"
    headers = {"content-type": "application/protobuf", "authorization": "Bearer x"}
    queue = list(bodies)

    async def worker(http: httpx.AsyncClient) -> None:
        while queue:
            r = await http.post(url, content=queue.pop(), headers=headers)
            r.raise_for_status()

    async with httpx.AsyncClient(timeout=120, limits=httpx.Limits(max_connections=workers)) as http:
        await asyncio.gather(*(worker(http) for _ in range(workers)))
    return sum(len(p) for p in parts), time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sdk", required=True, choices=["ours", "official", "bare", "bare1m"])
    ap.add_argument("--workload", required=True)
    ap.add_argument("--base-url", required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--workers", type=int, default=5)
    ap.add_argument("--cold", action="store_true", help="time from before the SDK import to the end of the call")
    args = ap.parse_args()
    if args.workload in RESOURCE_WORKLOADS:
        run_resource(args)
        return
    if args.workload == "assets_load_100k":
        if args.cold:
            raise SystemExit("assets_load_100k times AssetList._load alone: it has no cold variant")
        items, wall, cpu = run_assets(args.sdk, args.workload, args.base_url, args.scale)
        _report(args, items, wall, _rss_mb(), 0.0, cpu)
        return
    spec = workload_spec(args.workload, args.scale)
    t_import, cpu_start = time.perf_counter(), _cpu_s()
    bare = args.sdk.startswith("bare")
    if args.cold and bare:
        raise SystemExit("--cold measures an SDK's first call; the bare client has no setup to measure")
    dps = None if bare else make_client(args.sdk, args.base_url)
    if args.cold:
        # Cold: nothing untimed beyond this script's own imports. The timed span starts before the SDK is imported
        # and the client built, and includes the call's lazy imports (numpy, pandas), first connection and decode.
        cold_setup_s = time.perf_counter() - t_import
        rss_before = _rss_mb()
        t = time.perf_counter()
        out = run_sdk(dps, args.workload, spec)
        points, wall = out if isinstance(out, tuple) else (out, time.perf_counter() - t)
        # inserts time only the call (their tuples are built untimed inside run_sdk); CPU counts both likewise
        _report(args, points, cold_setup_s + wall, rss_before, cold_setup_s, _cpu_s() - cpu_start)
        return
    if args.sdk == "bare1m":
        # httpx (httpcore) reads replies 64 KiB at a time; this variant reads 1 MiB to show that ceiling
        import httpcore._async.http11 as h11conn

        h11conn.AsyncHTTP11Connection.READ_NUM_BYTES = 1 << 20
    if bare:
        import httpx  # noqa: F401

        import cognite.client._datapoints.wire_decode  # noqa: F401
        import cognite.client._datapoints.wire_encode  # noqa: F401
    import numpy  # noqa: F401  (the official SDK imports it with the client, ours on first use: not measured)

    if dps is not None:
        # One tiny untimed call: connection, token and lazy imports are set up as in a long-lived client, so the
        # timed call measures throughput, not first-call setup (the same for both SDKs).
        dps.retrieve(**identify(spec, spec["xids"][:1]), start=T0, end=T0 + 1)

    if args.workload.removesuffix(IID) == "dataframe_10x1M":
        import pandas  # noqa: F401  (both SDKs import it lazily; not part of what is measured)
    import_s = time.perf_counter() - t_import
    rss_before = _rss_mb()
    cpu0 = _cpu_s()
    t = time.perf_counter()
    if bare:
        if args.workload.startswith("insert"):
            points, wall = asyncio.run(_bare_insert(args.workload, spec, args.base_url, args.workers))
        else:
            points = asyncio.run(_bare_reads(args.workload, spec, args.base_url, args.workers))
            wall = time.perf_counter() - t
    else:
        out = run_sdk(dps, args.workload, spec)
        if isinstance(out, tuple):
            points, wall = out
        else:
            points, wall = out, time.perf_counter() - t
    _report(args, points, wall, rss_before, import_s, _cpu_s() - cpu0)


def run_resource(args: argparse.Namespace) -> None:
    """A resource workload, warm (after its `warm` call, untimed) or cold (from before the SDK import)."""
    work = RESOURCE_WORKLOADS[args.workload]
    cpu0, t0 = _cpu_s(), time.perf_counter()
    client = official_client(args.base_url) if args.sdk == "official" else _our_client(args.base_url)
    if not args.cold:
        work.warm(client)
        setup_s = time.perf_counter() - t0
        cpu0, t0 = _cpu_s(), time.perf_counter()
    rss_before = _rss_mb()
    items = work.run(client, args.scale, run_id(args.sdk))
    wall = time.perf_counter() - t0
    _report(args, items, wall, rss_before, 0.0 if args.cold else setup_s, _cpu_s() - cpu0)


def _report(args: argparse.Namespace, points: int, wall: float, rss_before: float, setup_s: float, cpu: float) -> None:
    result = {
        "sdk": args.sdk,
        "workload": args.workload,
        "mode": "cold" if args.cold else "warm",
        "points": points,
        "wall_s": wall,
        "points_per_s": points / wall if wall else None,
        "peak_rss_mb": _rss_mb(),
        "rss_before_mb": rss_before,
        "import_s": setup_s,  # warm: untimed setup before the call; cold: import + client build (inside wall_s)
        "cpu_s": cpu,
    }
    print(json.dumps(result))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
