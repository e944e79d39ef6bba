"""The API surface the mocks copy: spec classes built from `API_REGISTRY` and the real API classes.

As in the official SDK, the async mock is specced on the async API classes and the sync mock on their typed sync
twins (`cognite.client._sync_api`, generated), so `isinstance(mock.assets, SyncAssetsAPI)` holds for
`CogniteClientMock` and `isinstance(mock.assets, AssetsAPI)` for `AsyncCogniteClientMock`. Spec classes subclass
those, with one placeholder attribute per child API (accessors are built lazily, so autospec would not see them).
An API without a twin (e.g. one a test registers) gets a blocking view instead: each coroutine (and async
generator) method becomes a plain method with the same signature and docstring.
"""

from __future__ import annotations

import functools
import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cognite.client import _api_registry
from cognite.client._api_client import _OPTION_NAMES
from cognite.client._sync import sync_twin


@dataclass(frozen=True)
class ApiNode:
    """One resource API of the tree: its class and its child APIs (aliases share the node of their target)."""

    path: str
    cls: type
    children: dict[str, ApiNode] = field(default_factory=dict)


def _import_class(target: str) -> type | None:
    module_name, _, class_name = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as e:
        # An API declared in the registry whose module is not written (yet): the real client cannot serve it
        # either, so the mock leaves it out. Any other import error is a real bug and propagates.
        if e.name and module_name.startswith(e.name):
            return None
        raise
    return getattr(module, class_name)


@functools.cache
def api_tree() -> dict[str, ApiNode]:
    """The top-level resource APIs of the clients, each with its nested APIs (e.g. `time_series.data`).

    Example:
        >>> from cognite.client.testing._spec import api_tree
        >>> "assets" in api_tree()
        True
    """
    registry = _api_registry.API_REGISTRY
    nodes: dict[str, ApiNode] = {}

    def node(path: str) -> ApiNode | None:
        target_path = _api_registry.resolve(path)
        if target_path in nodes:
            return nodes[target_path]
        cls = _import_class(registry[target_path])
        if cls is None:
            return None
        children: dict[str, ApiNode] = {}
        new = nodes[target_path] = ApiNode(target_path, cls, children)
        for child in _api_registry.children(target_path):
            child_node = node(f"{target_path}.{child}")
            if child_node is not None:
                children[child] = child_node
        return new

    top: dict[str, ApiNode] = {}
    for name in _api_registry.children(""):
        n = node(name)
        if n is not None:
            top[name] = n
    return top


def _public_names(cls: type) -> list[str]:
    return [n for n in dir(cls) if not n.startswith("_") or n == "__call__"]


def _mock_signature(fn: Callable[..., Any]) -> inspect.Signature:
    """`fn`'s signature, `**options: Unpack[CallOptions]` spelt out as the keyword-only options it stands for: the
    real method refuses any other keyword (see `with_call_options`), so the mock must too."""
    sig = inspect.signature(fn)
    params = list(sig.parameters.values())
    if not params or params[-1].kind is not params[-1].VAR_KEYWORD or params[-1].name != "options":
        return sig
    kw_only = inspect.Parameter.KEYWORD_ONLY
    options = [inspect.Parameter(n, kw_only, default=None) for n in _OPTION_NAMES if n not in sig.parameters]
    return sig.replace(parameters=[*params[:-1], *options])


def _has_options(attr: Any) -> bool:
    return inspect.isfunction(attr) and _mock_signature(attr) != inspect.signature(attr)


def _twin(fn: Callable[..., Any], blocking: bool) -> Callable[..., Any]:
    """A function with `fn`'s name, docstring and (mock) signature; a coroutine function unless `blocking`, when
    it is what the sync client exposes for a coroutine (autospec makes coroutine functions AsyncMocks)."""

    def twin(*args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError  # never called: only its signature is used, by autospec

    async def async_twin(*args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError

    out = twin if blocking or not inspect.iscoroutinefunction(fn) else async_twin
    out.__name__ = fn.__name__
    out.__qualname__ = fn.__qualname__
    out.__doc__ = fn.__doc__
    out.__signature__ = _mock_signature(fn)  # type: ignore[union-attr]
    return out


def _is_async_method(attr: Any) -> bool:
    fn = attr.__func__ if isinstance(attr, (staticmethod, classmethod)) else attr
    return inspect.iscoroutinefunction(fn) or inspect.isasyncgenfunction(fn)


def _spec_class(cls: type, extra_names: tuple[str, ...], blocking: bool, delegate: type | None = None) -> type:
    """`cls` as a spec: `extra_names` added; with `blocking`, async methods (of `cls`, and those of `delegate` that a
    wrapper class like CogniteClient forwards without declaring) become plain methods."""
    namespace: dict[str, Any] = dict.fromkeys(extra_names)
    own = set(dir(cls))
    sources = [(cls, _public_names(cls))]
    if delegate is not None:
        sources.append((delegate, [n for n in _public_names(delegate) if n not in own and n not in namespace]))
    for source, names in sources:
        for name in names:
            attr = inspect.getattr_static(source, name)
            if blocking and _is_async_method(attr):
                namespace[name] = _twin(attr, blocking=True)
            elif _has_options(attr):
                namespace[name] = _twin(attr, blocking=False)
            elif source is not cls:
                namespace[name] = attr
    namespace["__module__"] = cls.__module__
    namespace["__doc__"] = cls.__doc__
    # Subclassing keeps isinstance() true; a class with a custom __init_subclass__ gets a plain namespace copy.
    try:
        return type(cls.__name__, (cls,), namespace)
    except TypeError:
        return type(cls.__name__, (), {**{n: inspect.getattr_static(cls, n) for n in _public_names(cls)}, **namespace})


@functools.cache
def api_spec(path: str, blocking: bool) -> type:
    """The class a mock of the API at `path` is autospecced from (blocking=True: as seen through CogniteClient)."""
    node = _find(path)
    twin = sync_twin(node.cls) if blocking else None
    if twin is not None:
        return _spec_class(twin, tuple(node.children), blocking=False)
    return _spec_class(node.cls, tuple(node.children), blocking)


@functools.cache
def client_spec(client_cls: type, blocking: bool, delegate: type | None = None) -> type:
    """The spec of a client mock: the client class plus one attribute per top-level API (and `delegate`'s members
    when the client forwards to it, as CogniteClient does to its generated `SyncCogniteClientAPIs` view)."""
    return _spec_class(client_cls, tuple(api_tree()), blocking, delegate)


def _find(path: str) -> ApiNode:
    first, *rest = path.split(".")
    node = api_tree()[first]
    for part in rest:
        node = node.children[part]
    return node
