"""Concurrent clients (threads over a real socket, and the in-process transports side by side)."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import httpx

from cognite.emulator import Emulator
from tests.emulator.conftest import PROJECT, PROJECT_NAME


def test_parallel_creates_and_partitioned_reads_over_socket() -> None:
    emu = Emulator()
    with emu.serve_in_thread() as base_url:

        def create(worker: int) -> list[int]:
            with httpx.Client(base_url=base_url) as http:
                ids = []
                for chunk in range(5):
                    items = [{"externalId": f"w{worker}-{chunk}-{i}", "name": "x"} for i in range(100)]
                    r = http.post(PROJECT + "/assets", json={"items": items})
                    assert r.status_code == 201, r.text
                    ids.extend(a["id"] for a in r.json()["items"])
                return ids

        def read(partition: str) -> list[int]:
            with httpx.Client(base_url=base_url) as http:
                out, body = [], {"partition": partition, "limit": 300}
                while True:
                    page = http.post(PROJECT + "/assets/list", json=body).json()
                    out.extend(a["id"] for a in page["items"])
                    if not page.get("nextCursor"):
                        return out
                    body["cursor"] = page["nextCursor"]

        with ThreadPoolExecutor(8) as pool:
            created = [i for ids in pool.map(create, range(8)) for i in ids]
            read_back = [i for ids in pool.map(read, [f"{m}/5" for m in range(1, 6)]) for i in ids]
    assert len(created) == len(set(created)) == 4000
    assert sorted(read_back) == sorted(created)


async def test_async_and_sync_transports_share_one_emulator() -> None:
    emu = Emulator(projects=[PROJECT_NAME])
    async with emu.async_client() as a_http:
        with emu.client() as s_http:

            async def async_create(n: int) -> int:
                r = await a_http.post(PROJECT + "/events", json={"items": [{"externalId": f"a{n}"}]})
                return r.status_code

            def sync_create(n: int) -> int:
                return s_http.post(PROJECT + "/events", json={"items": [{"externalId": f"s{n}"}]}).status_code

            loop = asyncio.get_running_loop()
            with ThreadPoolExecutor(4) as pool:
                sync_codes = [loop.run_in_executor(pool, sync_create, n) for n in range(50)]
                codes = await asyncio.gather(*(async_create(n) for n in range(50)), *sync_codes)
    assert codes == [201] * 100
    assert len(emu.resource("events").store) == 100
