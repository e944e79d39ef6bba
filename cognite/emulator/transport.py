"""In-process httpx transports: the emulator's ASGI app answers without a socket.

`AsyncEmulatorTransport` runs the app on the caller's event loop; `SyncEmulatorTransport` runs it on a private
loop in a daemon thread, so a plain `httpx.Client` (or a sync SDK) can use it too. Both call the ASGI app
directly (a lean version of httpx.ASGITransport: the whole body in, the whole body out).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import Any

import httpx

from cognite.emulator.middleware import ConnectionDropped

logger = logging.getLogger(__name__)


class AsyncEmulatorTransport(httpx.AsyncBaseTransport):
    """Example:
    >>> from cognite.emulator import Emulator
    >>> emu = Emulator()
    >>> client = httpx.AsyncClient(transport=emu.transport, base_url="http://emulator")
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        return await self.call(request, body)

    async def call(self, request: httpx.Request, body: bytes) -> httpx.Response:
        url = request.url
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": request.method,
            "scheme": url.scheme,
            "path": url.path,
            "raw_path": url.raw_path.split(b"?", 1)[0],
            "query_string": url.query,
            "root_path": "",
            "headers": [(k.lower(), v) for k, v in request.headers.raw],
            "client": ("127.0.0.1", 123),
            "server": (url.host, url.port or (443 if url.scheme == "https" else 80)),
        }
        request_sent = False
        status = 500
        headers: list[tuple[bytes, bytes]] = []
        chunks: list[bytes] = []
        finished = asyncio.Event()

        async def receive() -> dict[str, Any]:
            nonlocal request_sent
            if not request_sent:
                request_sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            await finished.wait()
            return {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            nonlocal status, headers
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    finished.set()

        try:
            await self.app(scope, receive, send)
        except ConnectionDropped:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            ) from None
        except Exception:
            if not chunks:  # no answer was sent: let the caller see the bug
                raise
            # The app answered (a JSON 500) and re-raised for the server log, as under uvicorn.
            logger.exception("emulator error while answering %s %s", request.method, url.path)
        finally:
            finished.set()
        return httpx.Response(status_code=status, headers=headers, content=b"".join(chunks), request=request)


class SyncEmulatorTransport(httpx.BaseTransport):
    """Example:
    >>> from cognite.emulator import Emulator
    >>> emu = Emulator()
    >>> client = httpx.Client(transport=emu.sync_transport, base_url="http://emulator")
    """

    def __init__(self, app: Any) -> None:
        self._async = AsyncEmulatorTransport(app)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None or self._loop.is_closed():
                loop = asyncio.new_event_loop()
                self._thread = threading.Thread(target=loop.run_forever, name="emulator-sync-transport", daemon=True)
                self._thread.start()
                self._loop = loop
            return self._loop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        future = asyncio.run_coroutine_threadsafe(self._async.call(request, body), self._ensure_loop())
        return future.result()

    def close(self) -> None:
        """Stop the loop thread; the transport starts a new one if used again."""
        with self._lock:
            loop, self._loop = self._loop, None
            thread, self._thread = self._thread, None
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(loop.stop)
            if thread is not None:
                thread.join(5)
            if not loop.is_running():
                loop.close()
