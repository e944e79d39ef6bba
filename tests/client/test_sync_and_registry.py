"""The generic sync wrapper and the API registry."""

from __future__ import annotations

import asyncio
import sys
import types

import pytest

from cognite.client import AsyncCogniteClient, CogniteClient
from cognite.client._api_client import APIClient
from cognite.client._api_registry import API_REGISTRY, children, resolve
from cognite.client._sync import SyncIterator, SyncWrapper, run_sync


class _Api:
    _sync_wrap = True

    def __init__(self) -> None:
        self.child = _Child()
        self.closed = False

    async def add(self, a: int, b: int) -> int:
        await asyncio.sleep(0)
        return a + b

    async def gen(self, n: int):
        try:
            for i in range(n):
                yield i
        finally:
            self.closed = True

    def plain(self) -> str:
        return "plain"

    async def boom(self) -> None:
        raise KeyError("x")


class _Child:
    _sync_wrap = True

    async def value(self) -> int:
        return 7


def test_wrapper_converts_coroutines_iterators_and_nested_objects():
    api = SyncWrapper(_Api())
    assert api.add(2, 3) == 5
    assert list(api.gen(3)) == [0, 1, 2]
    assert isinstance(api.gen(1), SyncIterator)
    assert api.child.value() == 7 and api.child is api.child
    assert api.plain() == "plain"
    with pytest.raises(KeyError):
        api.boom()


def test_abandoned_iterator_can_be_closed():
    inner = _Api()
    it = SyncWrapper(inner).gen(10)
    assert next(it) == 0
    it.close()
    assert inner.closed


def test_run_sync_from_inside_a_running_loop():
    async def main() -> int:
        return run_sync(asyncio.sleep(0, result=42))

    assert asyncio.run(main()) == 42


def test_blocking_call_from_the_sdk_loop_is_a_clear_error():
    async def inner() -> None:
        run_sync(asyncio.sleep(0))

    with pytest.raises(RuntimeError, match="AsyncCogniteClient"):
        run_sync(inner())


def test_registry_entries_are_well_formed():
    for path, target in API_REGISTRY.items():
        if target.startswith("="):
            assert resolve(path) in API_REGISTRY and not API_REGISTRY[resolve(path)].startswith("=")
            continue
        module, _, cls = target.partition(":")
        assert module.startswith("cognite.client._api.") and cls.endswith("API"), path
        parent = path.rpartition(".")[0]
        assert not parent or parent in API_REGISTRY, f"{path} has no parent entry"
    assert resolve("datapoints") == "time_series.data"
    assert {"assets", "time_series", "raw", "iam", "datapoints"} <= set(children(""))
    assert set(children("raw")) == {"databases", "tables", "rows"}
    assert set(children("iam")) == {"groups", "security_categories", "token", "sessions", "user_profiles", "principals"}


class _FakeParentAPI(APIClient):
    _RESOURCE_PATH = "/things"


class _FakeChildAPI(APIClient):
    _RESOURCE_PATH = "/things/data"

    async def ping(self) -> str:
        return f"pong from {self._RESOURCE_PATH} via {self._config.project}"


@pytest.fixture
def fake_registry(monkeypatch):
    module = types.ModuleType("cognite.client._api.fake_things")
    module.ThingsAPI = _FakeParentAPI  # type: ignore[attr-defined]
    module.ThingsDataAPI = _FakeChildAPI  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cognite.client._api.fake_things", module)
    monkeypatch.setitem(API_REGISTRY, "things", "cognite.client._api.fake_things:ThingsAPI")
    monkeypatch.setitem(API_REGISTRY, "things.data", "cognite.client._api.fake_things:ThingsDataAPI")
    monkeypatch.setitem(API_REGISTRY, "thing_data", "=things.data")
    monkeypatch.setitem(API_REGISTRY, "ghost", "cognite.client._api.does_not_exist:GhostAPI")


def test_lazy_apis_children_and_aliases(fake_registry, async_client, sync_client):
    c = async_client
    things = c._api("things")
    assert isinstance(things, _FakeParentAPI) and c._api("things") is things
    assert things.data is c._api("thing_data")  # the alias is the same object
    assert things.data._transport is c.transport and things.data._cognite_client is c
    assert sync_client._async_client._api("things").data is not None
    wrapped = SyncWrapper(sync_client._async_client._api("things"))
    assert wrapped.data.ping() == "pong from /things/data via emulator"
    with pytest.raises(AttributeError, match="has no ergonomic API yet"):
        c._api("ghost")


def test_sync_client_wraps_the_async_one(sync_client):
    inner = sync_client.get_async_client()
    assert isinstance(inner, AsyncCogniteClient) and sync_client.config is inner.config
    assert sync_client.transport is inner.transport
    beta = sync_client.with_options(cdf_version="beta")
    assert isinstance(beta, CogniteClient) and beta.transport.options.cdf_version == "beta"
    assert "assets" in dir(sync_client)


def test_global_event_loop_override(emulator):
    import threading

    from cognite.client import global_config
    from tests.conftest import make_config

    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        global_config.event_loop = loop
        seen = []

        async def where() -> None:
            seen.append(asyncio.get_running_loop())

        run_sync(where())
        client = CogniteClient(make_config(emulator), http_transport=emulator.transport)
        assert client.get("/assets").status_code == 200
        assert seen == [loop]
    finally:
        global_config.event_loop = None
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)


def test_async_client_run_sync_uses_the_sdk_loop(async_client):
    async def probe() -> int:
        return (await async_client.get("/assets")).status_code

    async def inside_running_loop() -> int:
        return async_client._run_sync(probe())

    assert asyncio.run(inside_running_loop()) == 200


def test_sync_iterator_delivers_items_before_an_error():
    class Failing:
        _sync_wrap = True

        async def gen(self):
            yield 1
            yield 2
            raise KeyError("page 2 failed")

    it = SyncWrapper(Failing()).gen()
    assert next(it) == 1 and next(it) == 2
    with pytest.raises(KeyError):
        next(it)
    with pytest.raises(StopIteration):
        next(it)


def test_iterating_a_wrapped_api_object():
    class Api:
        _sync_wrap = True

        async def _items(self):
            for i in range(3):
                yield i

        def __aiter__(self):
            return self._items()

    assert list(SyncWrapper(Api())) == [0, 1, 2]
    with pytest.raises(TypeError, match="not iterable"):
        iter(SyncWrapper(_Child()))


def test_clients_close_their_pools_over_a_real_socket(emulator):
    from cognite.client._http.pool import _POOLS
    from tests.conftest import make_config

    with emulator.serve_in_thread() as base_url:
        cfg = make_config(emulator)
        cfg.base_url = base_url
        with CogniteClient(cfg) as client:
            assert client.get("/assets").status_code == 200
            from cognite.client._sync import _background_loop

            default_pools = [c for k, c in _POOLS[_background_loop()].items() if k[0] is None]
            assert default_pools and not any(c.is_closed for c in default_pools)
        assert all(c.is_closed for c in default_pools)
        assert client.get("/assets").status_code == 200  # a new pool is opened on demand

        async def use() -> int:
            async with AsyncCogniteClient(cfg) as c:
                return (await c.get("/assets")).status_code

        assert asyncio.run(use()) == 200


def test_sync_client_shared_by_threads(sync_client, emulator):
    from concurrent.futures import ThreadPoolExecutor

    def work(i: int) -> int:
        sync_client.post("/assets", json={"items": [{"externalId": f"t{i}", "name": "T"}]})
        return len(sync_client.post("/assets/list", json={"limit": 1000}).json()["items"])

    with ThreadPoolExecutor(8) as pool:
        seen = list(pool.map(work, range(16)))
    assert all(1 <= n <= 16 for n in seen)
    assert len(sync_client.post("/assets/list", json={"limit": 1000}).json()["items"]) == 16


def test_interrupting_a_blocking_call_cancels_its_work():
    import signal
    import threading
    import time

    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        pytest.skip("SIGINT is not delivered as KeyboardInterrupt in this process")

    started, cancelled = threading.Event(), threading.Event()

    async def long_running() -> None:
        started.set()
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    def interrupt_main_when_started() -> None:
        import os
        import signal

        started.wait(5)
        time.sleep(0.1)  # let the main thread get into its blocking wait
        os.kill(os.getpid(), signal.SIGINT)  # what Ctrl-C does

    threading.Thread(target=interrupt_main_when_started, daemon=True).start()
    with pytest.raises(KeyboardInterrupt):
        run_sync(long_running())
    assert cancelled.wait(5)
