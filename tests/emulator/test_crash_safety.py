"""Acknowledged writes survive a crash: SIGKILL or SIGTERM at random points while writers run, restart, and every
write the emulator answered with a success is there (assets, datapoints and RAW rows)."""

from __future__ import annotations

import random
import signal
import threading
import time
from pathlib import Path

import httpx
import pytest

from tests.emulator.test_cli_process import PROJECT, _free_port, _start

WRITERS = 3
ROUNDS = 3


def _writer(base: str, wid: int, stop: threading.Event, acked: dict[str, list]) -> None:
    with httpx.Client(base_url=base, timeout=10) as http:
        n = 0
        while not stop.is_set():
            n += 1
            xid = f"w{wid}-{n}-{random.random()}"
            try:
                if n % 3 == 0:
                    r = http.post(PROJECT + "/assets", json={"items": [{"externalId": xid, "name": "a"}]})
                    if r.status_code == 201:
                        acked["assets"].append(xid)
                elif n % 3 == 1:
                    r = http.post(
                        PROJECT + "/timeseries/data",
                        json={
                            "items": [{"externalId": "ts", "datapoints": [{"timestamp": n + wid * 10**9, "value": n}]}]
                        },
                    )
                    if r.status_code == 200:
                        acked["points"].append(n + wid * 10**9)
                else:
                    r = http.post(
                        PROJECT + "/raw/dbs/db/tables/t/rows?ensureParent=true",
                        json={"items": [{"key": xid, "columns": {"v": n}}]},
                    )
                    if r.status_code == 200:
                        acked["rows"].append(xid)
            except httpx.TransportError:
                return  # the emulator died: whatever was not answered is not acknowledged


def _present(base: str, acked: dict[str, list]) -> dict[str, set]:
    with httpx.Client(base_url=base, timeout=30) as http:
        assets = set()
        cursor = None
        while True:
            page = http.post(PROJECT + "/assets/list", json={"limit": 1000, "cursor": cursor}).json()
            assets |= {a["externalId"] for a in page["items"]}
            if not (cursor := page.get("nextCursor")):
                break
        dps = http.post(
            PROJECT + "/timeseries/data/list",
            json={"items": [{"externalId": "ts", "start": 0, "end": 2**50, "limit": 100_000}]},
        ).json()
        points = {p["timestamp"] for p in dps["items"][0]["datapoints"]} if dps.get("items") else set()
        rows = http.get(PROJECT + "/raw/dbs/db/tables/t/rows", params={"limit": 10_000}).json()
        return {"assets": assets, "points": points, "rows": {r["key"] for r in rows.get("items", [])}}


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_acknowledged_writes_survive_crashes(tmp_path: Path, sig: signal.Signals) -> None:
    state = tmp_path / "state.json"
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    acked: dict[str, list] = {"assets": [], "points": [], "rows": []}
    proc = _start(port, state)
    # The time series the datapoint writers use.
    assert httpx.post(base + PROJECT + "/timeseries", json={"items": [{"externalId": "ts"}]}).status_code == 201
    rng = random.Random(7)
    for _ in range(ROUNDS):
        stop = threading.Event()
        threads = [threading.Thread(target=_writer, args=(base, w, stop, acked)) for w in range(WRITERS)]
        for t in threads:
            t.start()
        time.sleep(rng.uniform(0.3, 1.2))
        proc.send_signal(sig)  # mid-write: some requests are in flight, unanswered
        proc.wait(timeout=30)
        stop.set()
        for t in threads:
            t.join(30)
        proc = _start(port, state)
        present = _present(base, acked)
        for kind, items in acked.items():
            missing = set(items) - present[kind]
            assert not missing, f"{len(missing)} acknowledged {kind} lost after {sig.name}"
    proc.kill()
    proc.wait()
    assert all(acked.values()), "every kind of write was acknowledged at least once"
