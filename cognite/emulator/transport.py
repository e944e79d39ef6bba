"""In-process httpx transports: the emulator's ASGI app answers without a socket.

`AsyncEmulatorTransport` runs the app on the caller's event loop; `SyncEmulatorTransport` runs it on a private
loop in a daemon thread, so a plain `httpx.Client` (or a sync SDK) can use it too.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx

from cognite.emulator.middleware import ConnectionDropped


class AsyncEmulatorTransport(httpx.AsyncBaseTransport):
    """Example:
    >>> from cognite.emulator import Emulator
    >>> emu = Emulator()
    >>> client = httpx.AsyncClient(transport=emu.transport, base_url="http://emulator")
    """

    def __init__(self, app: Any) -> None:
        self._inner = httpx.ASGITransport(app=app, raise_app_exceptions=True)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await self._inner.handle_async_request(request)
            content = await response.aread()
        except ConnectionDropped:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            ) from None
        return httpx.Response(
            status_code=response.status_code, headers=response.headers, content=content, request=request
        )


class SyncEmulatorTransport(httpx.BaseTransport):
    """Example:
    >>> from cognite.emulator import Emulator
    >>> emu = Emulator()
    >>> client = httpx.Client(transport=emu.sync_transport, base_url="http://emulator")
    """

    def __init__(self, app: Any) -> None:
        self._async = AsyncEmulatorTransport(app)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()

    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None or self._loop.is_closed():
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=loop.run_forever, name="emulator-sync-transport", daemon=True)
                thread.start()
                self._loop = loop
            return self._loop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        # A fresh request with a fully-read body: the original's stream belongs to the calling thread.
        inner = httpx.Request(request.method, request.url, headers=request.headers, content=body)
        future = asyncio.run_coroutine_threadsafe(self._async.handle_async_request(inner), self._ensure_loop())
        try:
            response = future.result()
        except httpx.TransportError as e:
            raise type(e)(str(e), request=request) from None
        return httpx.Response(
            status_code=response.status_code, headers=response.headers, content=response.content, request=request
        )

    def close(self) -> None:
        with self._lock:
            loop, self._loop = self._loop, None
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(loop.stop)
