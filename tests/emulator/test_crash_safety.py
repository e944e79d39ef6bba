"""Acknowledged writes survive a crash: SIGKILL or SIGTERM at random (seeded) points while writers run, restart,
and every write the emulator answered with a success is there, as it was answered (assets with their ids and
timestamps, datapoints, RAW rows, DM nodes). Unacknowledged writes may or may not be there. SIGTERM is a graceful
stop: exit status 0."""

from __future__ import annotations

import random
import signal
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.emulator.test_cli_process import PROJECT, _free_port, _start

WRITERS = 4
ROUNDS = 3
KINDS = ("assets", "points", "rows", "nodes")


def _writer(base: str, wid: int, round_: int, stop: threading.Event, acked: dict[str, dict[Any, Any]]) -> None:
    with httpx.Client(base_url=base, timeout=10) as http:
        n = 0
        while not stop.is_set():
            n += 1
            xid = f"w{wid}-r{round_}-{n}"
            kind = KINDS[(n + wid) % len(KINDS)]
            try:
                if kind == "assets":
                    r = http.post(PROJECT + "/assets", json={"items": [{"externalId": xid, "name": "a"}]})
                    if r.status_code == 201:
                        acked["assets"][xid] = r.json()["items"][0]
                elif kind == "points":
                    ts = (round_ * WRITERS + wid) * 10**9 + n
                    body = {"items": [{"externalId": "ts", "datapoints": [{"timestamp": ts, "value": n}]}]}
                    if http.post(PROJECT + "/timeseries/data", json=body).status_code == 200:
                        acked["points"][ts] = float(n)
                elif kind == "rows":
                    body = {"items": [{"key": xid, "columns": {"v": n}}]}
                    r = http.post(PROJECT + "/raw/dbs/db/tables/t/rows?ensureParent=true", json=body)
                    if r.status_code == 200:
                        acked["rows"][xid] = {"v": n}
                else:
                    body = {"items": [{"instanceType": "node", "space": "sp", "externalId": xid}]}
                    r = http.post(PROJECT + "/models/instances", json=body)
                    if r.status_code == 200:
                        acked["nodes"][xid] = r.json()["items"][0]["version"]
            except httpx.TransportError:
                return  # the emulator died: whatever was not answered is not acknowledged


def _pages(http: httpx.Client, path: str, body: dict[str, Any]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        page = http.post(PROJECT + path, json={**body, "limit": 1000, "cursor": cursor}).json()
        items += page["items"]
        if not (cursor := page.get("nextCursor")):
            return items


def _present(base: str) -> dict[str, dict[Any, Any]]:
    with httpx.Client(base_url=base, timeout=30) as http:
        assets = {a["externalId"]: a for a in _pages(http, "/assets/list", {})}
        dps = http.post(
            PROJECT + "/timeseries/data/list",
            json={"items": [{"externalId": "ts", "start": 0, "end": 2**50, "limit": 100_000}]},
        ).json()["items"][0]["datapoints"]
        rows = http.get(PROJECT + "/raw/dbs/db/tables/t/rows", params={"limit": 10_000}).json().get("items", [])
        nodes = _pages(http, "/models/instances/list", {"instanceType": "node"})
    return {
        "assets": assets,
        "points": {p["timestamp"]: p["value"] for p in dps},
        "rows": {r["key"]: r["columns"] for r in rows},
        "nodes": {n["externalId"]: n["version"] for n in nodes},
    }


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_acknowledged_writes_survive_crashes(tmp_path: Path, sig: signal.Signals) -> None:
    state = tmp_path / "state.json"
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    acked: dict[str, dict[Any, Any]] = {kind: {} for kind in KINDS}
    proc = _start(port, state)
    # What the writers write into: a time series and a space.
    assert httpx.post(base + PROJECT + "/timeseries", json={"items": [{"externalId": "ts"}]}).status_code == 201
    assert httpx.post(base + PROJECT + "/models/spaces", json={"items": [{"space": "sp"}]}).status_code == 200
    rng = random.Random(7 + sig)
    try:
        for round_ in range(ROUNDS):
            stop = threading.Event()
            threads = [threading.Thread(target=_writer, args=(base, w, round_, stop, acked)) for w in range(WRITERS)]
            for t in threads:
                t.start()
            time.sleep(rng.uniform(0.3, 1.5))
            proc.send_signal(sig)  # mid-write: some requests are in flight, unanswered
            status = proc.wait(timeout=30)
            stop.set()
            for t in threads:
                t.join(30)
            if sig == signal.SIGTERM:
                assert status == 0, f"SIGTERM is a graceful stop, got exit status {status}"
            proc = _start(port, state)
            present = _present(base)
            for kind, items in acked.items():
                missing = set(items) - set(present[kind])
                assert not missing, f"{len(missing)} acknowledged {kind} lost after {sig.name}"
                changed = [key for key in items if present[kind][key] != items[key]]
                assert not changed, f"{len(changed)} acknowledged {kind} differ after {sig.name}: {changed[:3]}"
    finally:
        proc.kill()
        proc.wait()
    print({k: len(v) for k, v in acked.items()})
    assert all(acked.values()), "every kind of write was acknowledged at least once"
