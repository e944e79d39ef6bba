"""`client.api`: every operation of the generated layer, sent through the client's transport.

Two ways in, both with the same auth, retries, gzip, concurrency limits and `cdf-version` pinning as the rest of
the SDK: by operationId, `await client.api.call("listAssets", body={...}, cdf_version="beta")`, or by tag module and
operation, `await client.api.assets.list_assets(body=...)`. Dict bodies are converted to the operation's body model.
Results are the generated models (`parse_response`). `client.api.raw(...)` returns the httpx response instead.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import re
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx
    from cdf_api.client import OperationRequest

    from cognite.client._http.transport import CogniteTransport

_NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _operations() -> dict[str, Any]:
    try:
        from cdf_api.operations import OPERATIONS
    except ImportError as e:  # pragma: no cover - the generated package is part of the install
        raise ImportError(f"The generated layer (cdf_api) is not importable: {e}") from e
    return OPERATIONS


def _coerce_body(module: ModuleType, kwargs: dict[str, Any]) -> dict[str, Any]:
    """Turn a dict `body=` into the operation's body model (its annotation names the class)."""
    body = kwargs.get("body")
    if not isinstance(body, (dict, list)):
        return kwargs
    annotation = inspect.signature(module.build_request).parameters.get("body")
    if annotation is None:
        return kwargs
    text = annotation.annotation if isinstance(annotation.annotation, str) else repr(annotation.annotation)
    for name in _NAME_RE.findall(text):
        model = getattr(module, name, None)
        if isinstance(body, dict) and model is not None and hasattr(model, "from_dict"):
            return {**kwargs, "body": model.from_dict(body)}
    return kwargs


class GeneratedOperation:
    """One generated operation bound to a transport: `await op(**kwargs)` -> parsed model."""

    _sync_wrap = True

    def __init__(self, module: ModuleType, transport: CogniteTransport) -> None:
        self._module = module
        self._transport = transport
        functools.update_wrapper(self, module.build_request)  # type: ignore[arg-type]

    def build(self, **kwargs: Any) -> OperationRequest:
        """The `OperationRequest` this call would send (nothing is sent).

        Example:
            >>> client.api.assets.list_assets.build(body={"limit": 5}).path  # doctest: +SKIP
            '/assets/list'
        """
        # operations served from another Cognite host (orgs, principals) already carry their absolute URL
        request: OperationRequest = self._module.build_request(**_coerce_body(self._module, kwargs))
        return request

    async def raw(self, **kwargs: Any) -> httpx.Response:
        """Send and return the httpx response (2xx; errors raise CogniteAPIError).

        Example:
            >>> response = await client.api.assets.list_assets.raw(body={"limit": 5})  # doctest: +SKIP
        """
        return await self._transport.send(self.build(**kwargs))

    async def __call__(self, **kwargs: Any) -> Any:
        response = await self.raw(**kwargs)
        return self._module.parse_response(response)

    def __repr__(self) -> str:
        return f"GeneratedOperation({self._module.__name__})"


class GeneratedTag:
    """The operations of one spec tag (`cdf_api.api.<tag>`), as attributes."""

    _sync_wrap = True

    def __init__(self, package: str, transport: CogniteTransport) -> None:
        self._package = package
        self._transport = transport

    def __getattr__(self, name: str) -> GeneratedOperation:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            module = importlib.import_module(f"{self._package}.{name}")
        except ModuleNotFoundError:
            raise AttributeError(f"{self._package} has no operation {name!r}") from None
        op = GeneratedOperation(module, self._transport)
        setattr(self, name, op)
        return op

    def __dir__(self) -> list[str]:
        prefix = self._package + "."
        return sorted({info.module[len(prefix) :] for info in _operations().values() if info.module.startswith(prefix)})


class GeneratedAPI:
    """Every spec operation, bound to the client's transport.

    Example:
        >>> page = await client.api.call("listAssets", body={"limit": 10})  # doctest: +SKIP
        >>> page = await client.api.assets.list_assets(body={"limit": 10})  # doctest: +SKIP
    """

    _sync_wrap = True

    def __init__(self, transport: CogniteTransport) -> None:
        self._transport = transport

    def operation(self, operation_id: str) -> GeneratedOperation:
        """The operation with this spec operationId.

        Example:
            >>> op = client.api.operation("listAssets")  # doctest: +SKIP
            >>> page = await op(body={"limit": 5})  # doctest: +SKIP
        """
        ops = _operations()
        if operation_id not in ops:
            close = [k for k in ops if k.lower() == operation_id.lower()]
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ValueError(f"Unknown operationId {operation_id!r}{hint}")
        return GeneratedOperation(importlib.import_module(ops[operation_id].module), self._transport)

    async def call(self, operation_id: str, /, **kwargs: Any) -> Any:
        """Send operation `operation_id` with the endpoint's keyword arguments; returns the parsed model.

        Example:
            >>> page = await client.api.call("listAssets", body={"limit": 5}, cdf_version="beta")  # doctest: +SKIP
        """
        return await self.operation(operation_id)(**kwargs)

    async def raw(self, operation_id: str, /, **kwargs: Any) -> httpx.Response:
        """Like `call`, but returns the httpx response.

        Example:
            >>> response = await client.api.raw("listAssets", body={"limit": 5})  # doctest: +SKIP
            >>> response.json()["items"]  # doctest: +SKIP
        """
        return await self.operation(operation_id).raw(**kwargs)

    def __getattr__(self, tag: str) -> GeneratedTag:
        if tag.startswith("_"):
            raise AttributeError(tag)
        package = f"cdf_api.api.{tag}"
        try:
            importlib.import_module(package)
        except ModuleNotFoundError:
            raise AttributeError(f"The generated layer has no tag module {tag!r}") from None
        ns = GeneratedTag(package, self._transport)
        setattr(self, tag, ns)
        return ns

    def __dir__(self) -> list[str]:
        return sorted({info.module.split(".")[2] for info in _operations().values()} | {"call", "raw", "operation"})
