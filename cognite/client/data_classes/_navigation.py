"""Run an async API call from a data class method (``asset.subtree()``, ``asset_list.events()``, ...).

Resources carry the ``AsyncCogniteClient`` that loaded them. Their navigation methods are synchronous (the seed
examples call ``c.assets.retrieve(...).subtree()``) and have ``*_async`` twins for async code; the synchronous form
runs the coroutine on the SDK's background loop, the same one the sync ``CogniteClient`` uses.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


def client_of(obj: Any) -> Any:
    """The async client an object was loaded with (a sync ``CogniteClient`` passed by the user is unwrapped)."""
    client = getattr(obj, "_cognite_client", None)
    if client is None:
        raise RuntimeError(
            f"This {type(obj).__name__} has no client attached: load it through a client (e.g. client.assets.retrieve) "
            "or pass cognite_client= when constructing it"
        )
    return getattr(client, "_async_obj", client)


def run_sync(client: Any, coro: Coroutine[Any, Any, T]) -> T:
    """Block until ``coro`` is done (on the SDK's background loop) and return its result."""
    from cognite.client._sync import run_sync as core_run_sync

    try:
        return core_run_sync(coro)
    except RuntimeError as e:
        if "own event loop" in str(e):
            raise RuntimeError(
                f"{e}; data class methods have *_async variants (e.g. await asset.subtree_async())"
            ) from None
        raise
