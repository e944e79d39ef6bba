"""Context managers that make `CogniteClient(...)` / `AsyncCogniteClient(...)` return a mock."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from cognite.client.testing._mock import AsyncCogniteClientMock, CogniteClientMock


@contextlib.contextmanager
def _constructor_returns(cls: type, instance: Any) -> Iterator[None]:
    """Make `cls(...)` (and subclasses) return `instance` while the block runs.

    The class's `__new__` is patched rather than the module attribute, so code that imported the class before the
    block still gets the mock. Python does not call `__init__` on the mock, since it is not an instance of `cls`.
    """
    own_new = cls.__dict__.get("__new__")

    def new(klass: type, *args: Any, **kwargs: Any) -> Any:
        return instance

    cls.__new__ = new  # type: ignore[assignment]
    try:
        yield
    finally:
        if own_new is not None:
            cls.__new__ = own_new  # type: ignore[assignment]
        else:
            # Deleting an assigned __new__ leaves CPython's slot pointing at object.__new__ with the *args check
            # of an overridden one ("object.__new__() takes exactly one argument"), so put a pass-through back.
            cls.__new__ = _pass_through_new(cls)  # type: ignore[assignment]


def _pass_through_new(cls: type) -> Any:
    inherited = next(base.__dict__["__new__"] for base in cls.__mro__[1:] if "__new__" in base.__dict__)
    if inherited is object.__new__:

        def new(klass: type, *args: Any, **kwargs: Any) -> Any:
            return object.__new__(klass)

    else:

        def new(klass: type, *args: Any, **kwargs: Any) -> Any:
            return inherited(klass, *args, **kwargs)

    return new


@contextlib.contextmanager
def monkeypatch_cognite_client() -> Iterator[CogniteClientMock]:
    """Context manager that makes every `CogniteClient(...)` in the block return one `CogniteClientMock`.

    Yields:
        The mock every `CogniteClient` constructed in the block is.

    Example:
        Run code that makes API calls without making any:

        >>> from cognite.client import CogniteClient
        >>> from cognite.client.exceptions import CogniteAPIError
        >>> from cognite.client.testing import monkeypatch_cognite_client
        >>> with monkeypatch_cognite_client() as client_mock:
        ...     client_mock.assets.retrieve.side_effect = CogniteAPIError(message="Something went wrong", code=400)
        ...     client = CogniteClient()
        ...     try:
        ...         client.assets.retrieve(id=1)
        ...     except CogniteAPIError as e:
        ...         print(e.code, e.message)
        400 Something went wrong
    """
    from cognite.client import CogniteClient

    mock = CogniteClientMock()
    with _constructor_returns(CogniteClient, mock):
        yield mock


@contextlib.contextmanager
def monkeypatch_async_cognite_client() -> Iterator[AsyncCogniteClientMock]:
    """Context manager that makes every `AsyncCogniteClient(...)` in the block return one `AsyncCogniteClientMock`.

    Yields:
        The mock every `AsyncCogniteClient` constructed in the block is.

    Example:
        >>> import asyncio
        >>> from cognite.client import AsyncCogniteClient
        >>> from cognite.client.testing import monkeypatch_async_cognite_client
        >>> with monkeypatch_async_cognite_client() as client_mock:
        ...     client_mock.assets.retrieve.return_value = None
        ...     asyncio.run(AsyncCogniteClient().assets.retrieve(id=1)) is None
        True
    """
    from cognite.client import AsyncCogniteClient

    mock = AsyncCogniteClientMock()
    with _constructor_returns(AsyncCogniteClient, mock):
        yield mock
