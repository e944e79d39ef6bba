"""Fixtures shared by the whole suite: an in-process emulator and SDK clients bound to it.

    emulator        a fresh `cognite.emulator.Emulator` (in-process, no socket)
    async_client    AsyncCogniteClient -> emulator (backoff waits recorded in `sleeps`, never slept)
    sync_client     CogniteClient -> emulator (same)
    client          parametrised over both: write one test, run it against the sync and the async client
    resolve         `await resolve(client.x.y(...))`: awaits async results, passes sync results through
    drain           `await drain(client.assets(...))`: a list from an async or a sync iterator
    sleeps          the backoff waits the transport asked for, in order

Every test also gets `global_config` restored afterwards (tests may tune retries, gzip, concurrency).
"""

from __future__ import annotations

import copy
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import pytest

from cognite.client import AsyncCogniteClient, ClientConfig, CogniteClient, global_config
from cognite.client.credentials import Token
from cognite.emulator import DEFAULT_PROJECT, Emulator

PROJECT = DEFAULT_PROJECT


@pytest.fixture(autouse=True)
def _restore_global_config() -> Iterator[None]:
    saved = {k: v for k, v in vars(global_config).items() if k != "concurrency_settings"}
    limits = global_config.concurrency_settings.as_dict()
    yield
    for k, v in saved.items():
        setattr(global_config, k, copy.copy(v) if isinstance(v, set) else v)
    global_config.concurrency_settings.apply(limits)


@pytest.fixture
def emulator() -> Emulator:
    return Emulator(seed=1)


@pytest.fixture
def sleeps() -> list[float]:
    return []


def make_config(emulator: Emulator, **kwargs: Any) -> ClientConfig:
    kwargs.setdefault("credentials", Token("test-token"))
    return ClientConfig(client_name="sdk-tests", project=PROJECT, base_url=emulator.base_url, **kwargs)


def _record_sleeps(client: Any, sleeps: list[float]) -> None:
    async def record(seconds: float) -> None:
        sleeps.append(seconds)

    client.transport.sleep = record


@pytest.fixture
def async_client(emulator: Emulator, sleeps: list[float]) -> AsyncCogniteClient:
    client = AsyncCogniteClient(make_config(emulator), http_transport=emulator.transport)
    _record_sleeps(client, sleeps)
    return client


@pytest.fixture
def sync_client(emulator: Emulator, sleeps: list[float]) -> CogniteClient:
    client = CogniteClient(make_config(emulator), http_transport=emulator.transport)
    _record_sleeps(client, sleeps)
    return client


@pytest.fixture(params=["sync", "async"])
def client(request: pytest.FixtureRequest, emulator: Emulator, sleeps: list[float]) -> Any:
    cls = CogniteClient if request.param == "sync" else AsyncCogniteClient
    c = cls(make_config(emulator), http_transport=emulator.transport)
    _record_sleeps(c, sleeps)
    return c


async def _resolve(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def _drain(iterable: Any) -> list[Any]:
    if hasattr(iterable, "__aiter__"):
        return [x async for x in iterable]
    return list(iterable)


@pytest.fixture
def resolve() -> Callable[[Any], Awaitable[Any]]:
    return _resolve


@pytest.fixture
def drain() -> Callable[[Any], Awaitable[list[Any]]]:
    return _drain


__all__ = ["PROJECT", "AsyncIterator", "make_config"]
