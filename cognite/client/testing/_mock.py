"""`CogniteClientMock` and `AsyncCogniteClientMock`: MagicMocks with the clients' exact API surface."""

from __future__ import annotations

from typing import Any
from unittest.mock import MagicMock, create_autospec

from cognite.client.testing._spec import ApiNode, api_spec, api_tree, client_spec

MOCK_PROJECT = "mock-project"
MOCK_BASE_URL = "https://mock_cluster.cognitedata.com"


def _mock_config() -> Any:
    from cognite.client.config import ClientConfig
    from cognite.client.credentials import Token

    return ClientConfig(
        client_name="cognite-client-mock", project=MOCK_PROJECT, base_url=MOCK_BASE_URL, credentials=Token("mock")
    )


def _api_mocks(tree: dict[str, ApiNode], blocking: bool) -> dict[str, Any]:
    """One autospecced mock per API (children attached), keyed by attribute name; aliases share their target's mock."""
    made: dict[str, Any] = {}

    def build(node: ApiNode) -> Any:
        if node.path not in made:
            mock = create_autospec(api_spec(node.path, blocking), instance=True, spec_set=True)
            made[node.path] = mock
            for name, child in node.children.items():
                setattr(mock, name, build(child))
        return made[node.path]

    return {name: build(node) for name, node in tree.items()}


class _ClientMockBase(MagicMock):
    """Shared by both client mocks: spec from the client class, every API autospecced, then spec_set."""

    _blocking: bool

    @classmethod
    def _client_class(cls) -> type:
        raise NotImplementedError

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if "parent" in kwargs or "_new_parent" in kwargs:  # a child mock made by MagicMock itself
            super().__init__(*args, **kwargs)
            return
        spec = client_spec(self._client_class(), self._blocking)
        super().__init__(*args, spec=spec, **kwargs)
        for name, api_mock in _api_mocks(api_tree(), self._blocking).items():
            setattr(self, name, api_mock)
        self.config = _mock_config()
        # From here on, assigning an attribute the real client does not have is an error, as for the APIs.
        self.mock_add_spec(spec, spec_set=True)

    def _get_child_mock(self, **kw: Any) -> Any:
        # Children (e.g. `client_mock.get`) are plain mocks, not whole client mocks.
        return MagicMock(**kw)


class CogniteClientMock(_ClientMockBase):
    """Mock for `CogniteClient`: every resource API, nested ones included, is an autospec of the real API.

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
