"""Serving speed of raw protobuf pages over a real socket: `python -m cognite.emulator.datapoints.bench`.

Starts uvicorn with only the datapoints service on a free port, stores `--series` series of `--points` points, then
keeps `--concurrency` requests of 100k raw points in flight from a bare client that only reads the bytes
(blocking sockets in threads; so the figure is the emulator's, not a client's decoder). Prints points/s and MB/s.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import socket
import threading
import time
from typing import Any

import numpy as np
import orjson
import uvicorn
from starlette.applications import Starlette
from starlette.routing import Mount

from cognite.emulator.datapoints import blocks
from cognite.emulator.datapoints.refs import TimeSeriesRef
from cognite.emulator.datapoints.service import DatapointsService

PAGE = 100_000
T0 = 1_704_067_200_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def build_service(n_series: int, n_points: int) -> DatapointsService:
    refs = {f"bench-{i}": TimeSeriesRef(i, f"bench-{i}", False, False) for i in range(1, n_series + 1)}
    service = DatapointsService(lambda ident: refs.get(ident.get("externalId", "")))
    _fill(service, [ref.id for ref in refs.values()], n_points)
    return service


def _fill(service: DatapointsService, ids: list[int], n_points: int) -> None:
    for i in ids:
        ts = T0 + np.arange(n_points, dtype=np.int64) * 1000
        service.store.get_or_create(i, False).insert(ts, np.random.default_rng(i).normal(size=n_points), None)


def _worker(
    port: int, path: bytes, bodies: list[bytes], deadline: float, stats: list[int], lock: threading.Lock
) -> None:
    # Blocking socket + recv_into a reused buffer: the GIL is released while bytes arrive, nothing is decoded.
    sock = socket.create_connection(("127.0.0.1", port))
    buf = bytearray(1 << 22)
    view = memoryview(buf)
    points = nbytes = i = 0
    while time.perf_counter() < deadline:
        body = bodies[i % len(bodies)]
        sock.sendall(
            b"POST %s HTTP/1.1\r\nhost: bench\r\nauthorization: Bearer bench\r\n"
            b"content-type: application/json\r\naccept: application/protobuf\r\n"
            b"content-length: %d\r\n\r\n%s" % (path, len(body), body)
        )
        have = 0
        while (end := buf.find(b"\r\n\r\n", 0, have)) < 0:
            have += sock.recv_into(view[have:])
        head = bytes(buf[:end])
        length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
        total = end + 4 + length
        while have < total:
            have += sock.recv_into(view[have:total])
        if not head.startswith(b"HTTP/1.1 200"):
            raise RuntimeError(bytes(buf[:total]).decode(errors="replace"))
        points += PAGE
        nbytes += length
        i += 1
    sock.close()
    with lock:
        stats[0] += points
        stats[1] += nbytes


def _client(
    port: int, project: str, n_series: int, n_points: int, concurrency: int, seconds: float
) -> tuple[int, int, float]:
    path = f"/api/v1/projects/{project}/timeseries/data/list".encode()
    bodies = [
        orjson.dumps(
            {
                "items": [
                    {"externalId": f"bench-{s}", "start": T0 + p * 1000, "end": T0 + (p + PAGE) * 1000, "limit": PAGE}
                ]
            }
        )
        for s in range(1, n_series + 1)
        for p in range(0, n_points - PAGE + 1, PAGE)
    ]
    stats = [0, 0]
    lock = threading.Lock()
    _worker(port, path, bodies[:1], time.perf_counter() + 0.5, [0, 0], lock)  # warm up
    start = time.perf_counter()
    deadline = start + seconds
    threads = [
        threading.Thread(target=_worker, args=(port, path, bodies[k::concurrency], deadline, stats, lock))
        for k in range(concurrency)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return stats[0], stats[1], time.perf_counter() - start


def _serve(port: int, n_series: int, n_points: int, cold: bool, full: bool) -> None:
    blocks.ENABLED = not cold
    if full:  # the whole emulator (middleware: request log, faults, auth) with series made through its API
        from cognite.emulator import Emulator

        emu = Emulator()
        with emu.client(headers={"authorization": "Bearer bench"}) as http:
            items = [{"externalId": f"bench-{i}"} for i in range(1, n_series + 1)]
            created = http.post(f"/api/v1/projects/{emu.projects[0]}/timeseries", json={"items": items}).json()
        ids = [item["id"] for item in created["items"]]
        _fill(emu.datapoints, ids, n_points)
        app: Any = emu.app
    else:
        service = build_service(n_series, n_points)
        app = Starlette(routes=[Mount("/api/v1/projects/{project}", routes=service.routes())])
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--series", type=int, default=5)
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--concurrency", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--cold", action="store_true", help="encode every page afresh (no encoded-block cache)")
    parser.add_argument("--full", action="store_true", help="serve the whole emulator app, not just this service")
    args = parser.parse_args()
    port = _free_port()
    # The server gets its own process (and GIL), like the real emulator next to a benchmark client.
    server = multiprocessing.get_context("spawn").Process(
        target=_serve, args=(port, args.series, args.points, args.cold, args.full)
    )
    server.start()
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or not server.is_alive():
                    raise RuntimeError("emulator did not start") from None
                time.sleep(0.05)
        cpu0 = _cpu_seconds(server.pid)
        project = "emulator" if args.full else "bench"
        points, nbytes, elapsed = _client(port, project, args.series, args.points, args.concurrency, args.seconds)
        server_cpu = _cpu_seconds(server.pid) - cpu0
    finally:
        server.terminate()
        server.join()
    print(
        f"{points / elapsed / 1e6:.1f}M points/s, {nbytes / elapsed / 1e6:.0f} MB/s "
        f"({points} points in {elapsed:.2f} s, {args.concurrency} in flight, pages of {PAGE}); "
        f"emulator CPU {server_cpu / (points / PAGE) * 1e3:.2f} ms per page = "
        f"{points / server_cpu / 1e6:.0f}M points per CPU-second"
    )


def _cpu_seconds(pid: int | None) -> float:
    """User + system CPU time of a process (Linux /proc), independent of how busy the machine is."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


if __name__ == "__main__":
    main()
