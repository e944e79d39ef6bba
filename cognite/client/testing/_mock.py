"""`CogniteClientMock` and `AsyncCogniteClientMock`: MagicMocks with the clients' exact API surface."""

from __future__ import annotations

from typing import Any
from unittest.mock import AsyncMock, MagicMock, create_autospec

from cognite.client.testing._spec import ApiNode, api_spec, api_tree, client_spec

MOCK_PROJECT = "mock-project"
MOCK_BASE_URL = "https://mock_cluster.cognitedata.com"


def _mock_config() -> Any:
    from cognite.client.config import ClientConfig
    from cognite.client.credentials import Token

    return ClientConfig(
        client_name="cognite-client-mock", project=MOCK_PROJECT, base_url=MOCK_BASE_URL, credentials=Token("mock")
    )


def _api_mock(node: ApiNode, blocking: bool, made: dict[str, Any]) -> Any:
    """The autospecced mock of one API with its children attached; `made` makes aliases share one mock."""
    if node.path not in made:
        mock = create_autospec(api_spec(node.path, blocking), instance=True, spec_set=True)
        made[node.path] = mock
        for name, child in node.children.items():
            setattr(mock, name, _api_mock(child, blocking, made))
    return made[node.path]


class _ClientMockBase(MagicMock):
    """Shared by both client mocks: spec_set from the client class, each API an autospec built on first access.

    Autospeccing every API eagerly costs about a second per mock; built lazily, a test pays only for the APIs it
    touches. Once built, an API mock stays (so configured return values stick).
    """

    _blocking: bool

    @classmethod
    def _client_class(cls) -> type:
        raise NotImplementedError

    @classmethod
    def _delegate_class(cls) -> type | None:
        return None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if "parent" in kwargs or "_new_parent" in kwargs:  # a child mock made by MagicMock itself
            super().__init__(*args, **kwargs)
            return
        spec = client_spec(self._client_class(), self._blocking, self._delegate_class())
        super().__init__(*args, spec_set=spec, **kwargs)
        self.__dict__["_cognite_api_mocks"] = {}
        self.config = _mock_config()

    def _get_child_mock(self, **kw: Any) -> Any:
        name = kw.get("name")
        tree = api_tree()
        if kw.get("_new_parent") is self and name in tree:
            return _api_mock(tree[name], self._blocking, self.__dict__["_cognite_api_mocks"])
        # Everything else (e.g. `client_mock.get`) is a plain child mock, not a whole client mock; awaitable when the
        # spec's attribute is a coroutine function (the async client's get/post/put/delete).
        if kw.get("_new_name") in self.__dict__.get("_spec_asyncs", ()):
            return AsyncMock(**kw)
        return MagicMock(**kw)


class CogniteClientMock(_ClientMockBase):
    """Mock for `CogniteClient`: every resource API, nested ones included, is an autospec of its typed sync twin
    (`client.assets` of `SyncAssetsAPI`, as in the official SDK).

    Calling a method that does not exist, or with arguments the real method would not accept, raises, so a
    test cannot pass against an API that does not exist. Set return values and side effects as on any mock.

    Example:
        >>> from cognite.client.testing import CogniteClientMock
        >>> client = CogniteClientMock()
        >>> client.assets.retrieve.return_value = None
        >>> client.assets.retrieve(external_id="pump-1") is None
        True
        >>> client.assets.retrieve.assert_called_once_with(external_id="pump-1")
    """

    _blocking = True

    @classmethod
    def _client_class(cls) -> type:
        from cognite.client import CogniteClient

        return CogniteClient

    @classmethod
    def _delegate_class(cls) -> type | None:
        from cognite.client._sync_api._cognite_client import SyncCogniteClientAPIs

        return SyncCogniteClientAPIs  # what CogniteClient forwards to AsyncCogniteClient, typed blocking


class AsyncCogniteClientMock(_ClientMockBase):
    """Mock for `AsyncCogniteClient`: as `CogniteClientMock`, but the API methods are `AsyncMock`s to await.

    Example:
        >>> import asyncio
        >>> from cognite.client.testing import AsyncCogniteClientMock
        >>> client = AsyncCogniteClientMock()
        >>> client.assets.retrieve.return_value = None
        >>> asyncio.run(client.assets.retrieve(id=1)) is None
        True
    """

    _blocking = False

    @classmethod
    def _client_class(cls) -> type:
        from cognite.client import AsyncCogniteClient

        return AsyncCogniteClient
