"""The sync facade: wraps any async object generically, so `CogniteClient` needs no second copy of any API.

All blocking calls run their coroutine on one process-wide background event loop (a daemon thread), so they also
work when the caller is inside a running loop (Jupyter). Wrapping rules, applied to every attribute and result:
coroutine -> its result; async iterator -> a blocking iterator; API objects (`APIClient` instances or anything
with `_sync_wrap = True`) -> another `SyncWrapper`. Everything else passes through unchanged.
"""

from __future__ import annotations

import asyncio
import collections
import functools
import inspect
import threading
from collections.abc import AsyncIterator, Coroutine, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

T = TypeVar("T")

_loop: asyncio.AbstractEventLoop | None = None
_thread: threading.Thread | None = None
_lock = threading.Lock()


def _background_loop() -> asyncio.AbstractEventLoop:
    global _loop, _thread
    from cognite.client.config import global_config

    if global_config.event_loop is not None:
        return global_config.event_loop
    if _loop is None or _loop.is_closed():
        with _lock:
            if _loop is None or _loop.is_closed():
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=loop.run_forever, name="cognite-sdk-loop", daemon=True)
                thread.start()
                _loop, _thread = loop, thread
    return _loop


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to completion on the SDK's background loop and return its result (blocking).

    Example:
        >>> from cognite.client._sync import run_sync
        >>> async def add(a, b):
        ...     return a + b
        >>> run_sync(add(1, 2))
        3
    """
    loop = _background_loop()
    if threading.current_thread() is _thread or _running_loop() is loop:
        coro.close()
        raise RuntimeError(
            "A blocking CogniteClient call was made from inside the SDK's own event loop; use AsyncCogniteClient "
            "(await the call) in async code"
        )
    future = asyncio.run_coroutine_threadsafe(coro, loop)
    try:
        return future.result()
    except BaseException:
        future.cancel()  # e.g. Ctrl-C in a notebook: stop the work on the background loop too
        raise


class SyncIterator(Iterator[T]):
    """A blocking iterator over an async iterator.

    Items are pulled in batches (up to `_BATCH` items, or what arrives within `_BATCH_SECONDS` after the first),
    so iterating does not pay a thread hand-off per item; at most one page is fetched ahead of the consumer.
    """

    _BATCH = 1000
    _BATCH_SECONDS = 0.05

    def __init__(self, ait: AsyncIterator[T]) -> None:
        self._ait = ait
        self._buffer: collections.deque[T] = collections.deque()
        self._exhausted = False
        self._error: Exception | None = None

    def __iter__(self) -> SyncIterator[T]:
        return self

    async def _pull(self) -> list[T]:
        items: list[T] = []
        deadline = None
        loop = asyncio.get_running_loop()
        while len(items) < self._BATCH and (deadline is None or loop.time() < deadline):
            try:
                items.append(await self._ait.__anext__())
            except StopAsyncIteration:
                self._exhausted = True
                break
            except Exception as e:
                if not items:
                    raise
                self._error = e  # hand out what arrived first, raise on the next pull
                break
            if deadline is None:
                deadline = loop.time() + self._BATCH_SECONDS
        return items

    def __next__(self) -> T:
        if not self._buffer:
            if self._error is not None:
                error, self._error = self._error, None
                self._exhausted = True
                raise error
            if self._exhausted:
                raise StopIteration
            self._buffer.extend(run_sync(self._pull()))
            if not self._buffer:
                raise StopIteration
        return wrap_result(self._buffer.popleft())

    def close(self) -> None:
        self._exhausted = True
        self._buffer.clear()
        aclose = getattr(self._ait, "aclose", None)
        if aclose is not None:
            run_sync(aclose())

    def __del__(self) -> None:  # finish async generators (their finally blocks) when abandoned
        try:
            aclose = getattr(self._ait, "aclose", None)
            if aclose is not None and _loop is not None and not _loop.is_closed():
                asyncio.run_coroutine_threadsafe(aclose(), _loop)
        except Exception:
            pass


def _should_wrap(value: Any) -> bool:
    cls = type(value)
    if getattr(cls, "_sync_wrap", False):
        return True
    # resource API objects: APIClient subclasses, or any class defined under cognite.client._api
    from cognite.client._api_client import APIClient

    return isinstance(value, APIClient) or cls.__module__.startswith("cognite.client._api.")


def wrap_result(value: Any) -> Any:
    """Convert one async-world value to its sync-world counterpart."""
    if inspect.iscoroutine(value):
        return wrap_result(run_sync(value))
    if _should_wrap(value):
        return SyncWrapper(value)
    if hasattr(value, "__aiter__") and not hasattr(value, "__iter__"):
        return SyncIterator(value if hasattr(value, "__anext__") else value.__aiter__())
    return value


class SyncWrapper:
    """Blocking view of an async API object (see module docstring).

    Example:
        >>> from cognite.client._sync import SyncWrapper
        >>> class Api:
        ...     _sync_wrap = True
        ...     async def double(self, x: int) -> int:
        ...         return 2 * x
        >>> SyncWrapper(Api()).double(21)
        42
    """

    __slots__ = ("_async_obj", "_cache")
    _async_obj: Any
    _cache: dict[str, Any]

    def __init__(self, async_obj: Any) -> None:
        object.__setattr__(self, "_async_obj", async_obj)
        object.__setattr__(self, "_cache", {})

    # Hidden from type checkers: typed views (CogniteClient, the generated `_sync_api` twins) declare what exists,
    # so a misspelt name, an assignment to one, or calling / iterating the client is an error there.
    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            cache = self._cache
            if name in cache:
                return cache[name]
            value = getattr(self._async_obj, name)
            if callable(value) and not isinstance(value, type) and not _should_wrap(value):
                wrapped = _wrap_callable(value)
                if not name.startswith("__"):
                    cache[name] = wrapped
                return wrapped
            result = wrap_result(value)
            if isinstance(result, SyncWrapper):
                cache[name] = result  # nested APIs are stable objects
            return result

        def __setattr__(self, name: str, value: Any) -> None:
            setattr(self._async_obj, name, value)

        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            return wrap_result(self._async_obj(*args, **kwargs))

        def __iter__(self) -> Iterator[Any]:
            obj = self._async_obj
            if hasattr(obj, "__aiter__"):  # `for asset in client.assets:` iterates the async API's `async for`
                return SyncIterator(obj.__aiter__())
            if hasattr(obj, "__iter__"):
                return (wrap_result(x) for x in obj)
            raise TypeError(f"{type(obj).__name__} is not iterable")

    def __dir__(self) -> list[str]:
        return sorted(set(dir(self._async_obj)))

    def __repr__(self) -> str:
        return f"Sync[{self._async_obj!r}]"


def _wrap_callable(fn: Any) -> Any:
    @functools.wraps(fn)
    def call(*args: Any, **kwargs: Any) -> Any:
        return wrap_result(fn(*args, **kwargs))

    return call


def twin_name(name: str) -> str:
    """The name of an async API class's typed sync twin (the official SDK's spelling).

    Example:
        >>> from cognite.client._sync import twin_name
        >>> twin_name("AssetsAPI"), twin_name("ThreeDModelsAPI"), twin_name("_RawBase")
        ('SyncAssetsAPI', 'Sync3DModelsAPI', '_SyncRawBase')
    """
    private = name.startswith("_")
    return ("_" if private else "") + "Sync" + name.lstrip("_").replace("ThreeD", "3D")


def sync_twin(cls: type) -> type | None:
    """The generated typed sync twin of an async API class (`cognite.client._sync_api`), or None if it has none.

    Example:
        >>> from cognite.client._api.assets import AssetsAPI
        >>> from cognite.client._sync import sync_twin
        >>> sync_twin(AssetsAPI).__name__
        'SyncAssetsAPI'
    """
    import importlib

    if not cls.__module__.startswith("cognite.client."):
        return None
    api_prefix = "cognite.client._api."  # subpackages keep their path: _api.data_modeling.spaces -> _sync_api.data_modeling.spaces
    name = cls.__module__
    suffix = name[len(api_prefix) :] if name.startswith(api_prefix) else name.rpartition(".")[2]
    try:
        module = importlib.import_module(f"cognite.client._sync_api.{suffix}")
    except ModuleNotFoundError:
        return None
    twin = getattr(module, twin_name(cls.__name__), None)
    return twin if isinstance(twin, type) else None
