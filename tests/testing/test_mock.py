"""CogniteClientMock / AsyncCogniteClientMock: the real API surface, enforced."""

from __future__ import annotations

import inspect
from unittest.mock import AsyncMock, MagicMock

import pytest

from cognite.client import AsyncCogniteClient, CogniteClient
from cognite.client._api.assets import AssetsAPI
from cognite.client._api_registry import API_REGISTRY, resolve
from cognite.client._sync import sync_twin
from cognite.client.exceptions import CogniteAPIError
from cognite.client.testing import (
    AsyncCogniteClientMock,
    CogniteClientMock,
    monkeypatch_async_cognite_client,
    monkeypatch_cognite_client,
)
from cognite.client.testing._spec import _import_class, api_tree


def _walk(obj: object, path: str) -> object:
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def implemented_paths() -> list[str]:
    """Registry paths (aliases included) whose API class and every ancestor's class exist."""
    out = []
    for path in API_REGISTRY:
        parts = path.split(".")
        prefixes = [".".join(parts[: i + 1]) for i in range(len(parts))]
        if all(_import_class(API_REGISTRY[resolve(p)]) is not None for p in prefixes):
            out.append(path)
    return sorted(out)


@pytest.fixture(params=[CogniteClientMock, AsyncCogniteClientMock], ids=["sync", "async"])
def client_mock(request: pytest.FixtureRequest) -> MagicMock:
    return request.param()


def test_every_implemented_api_is_present_with_its_class(client_mock: MagicMock) -> None:
    """The async mock's APIs are instances of the API classes; the sync mock's of their typed sync twins."""
    paths = implemented_paths()
    assert "assets" in paths
    for path in paths:
        api = _walk(client_mock, path)
        cls = _import_class(API_REGISTRY[resolve(path)])
        assert cls is not None
        expected = sync_twin(cls) if isinstance(client_mock, CogniteClientMock) else cls
        assert expected is not None and isinstance(api, expected), path
    if isinstance(client_mock, CogniteClientMock):
        from cognite.client._sync_api.assets import SyncAssetsAPI

        assert isinstance(client_mock.assets, SyncAssetsAPI) and not isinstance(client_mock.assets, AssetsAPI)


def test_aliases_share_one_mock(client_mock: MagicMock) -> None:
    for path, target in API_REGISTRY.items():
        if target.startswith("=") and path in implemented_paths():
            assert _walk(client_mock, path) is _walk(client_mock, target[1:])


def test_unknown_attributes_fail_on_read_and_write(client_mock: MagicMock) -> None:
    with pytest.raises(AttributeError):
        client_mock.assetz  # noqa: B018
    with pytest.raises(AttributeError):
        client_mock.assets.create_hierarchi  # noqa: B018
    with pytest.raises(AttributeError):
        client_mock.assets.not_a_method = 1
    with pytest.raises(AttributeError):
        client_mock.not_an_api = 1


def test_signatures_are_enforced(client_mock: MagicMock) -> None:
    with pytest.raises(TypeError):
        client_mock.assets.retrieve(id=1, no_such_argument=True)


def test_per_call_options_are_accepted_and_misspelt_ones_refused(client_mock: MagicMock) -> None:
    result = client_mock.assets.retrieve(id=1, cdf_version="beta", headers={"x": "y"}, timeout=5)
    if inspect.iscoroutine(result):
        result.close()  # the async mock's call: accepted, not awaited here
    with pytest.raises(TypeError):
        client_mock.assets.retrieve(id=1, timeot=5)  # `**options` stands for those three keywords only


def test_sync_mock_methods_are_blocking_and_async_mock_methods_are_awaitable() -> None:
    coroutine_methods = [
        n for n, f in inspect.getmembers(AssetsAPI, inspect.iscoroutinefunction) if not n.startswith("_")
    ]
    assert coroutine_methods, "AssetsAPI should have coroutine methods"
    sync_mock, async_mock = CogniteClientMock(), AsyncCogniteClientMock()
    for name in coroutine_methods:
        assert not isinstance(getattr(sync_mock.assets, name), AsyncMock), name
        assert isinstance(getattr(async_mock.assets, name), AsyncMock), name


async def test_async_mock_returns_the_configured_value() -> None:
    client = AsyncCogniteClientMock()
    client.assets.retrieve.return_value = "the asset"
    assert await client.assets.retrieve(id=1) == "the asset"
    client.assets.retrieve.assert_awaited_once_with(id=1)


def test_mock_config_is_a_real_config(client_mock: MagicMock) -> None:
    assert client_mock.config.project == "mock-project"
    assert client_mock.config.base_url.startswith("https://")


def test_mock_is_an_instance_of_the_client() -> None:
    assert isinstance(CogniteClientMock(), CogniteClient)
    assert isinstance(AsyncCogniteClientMock(), AsyncCogniteClient)


def test_monkeypatch_returns_the_mock_and_restores_the_class() -> None:
    with monkeypatch_cognite_client() as client_mock:
        client_mock.assets.retrieve.side_effect = CogniteAPIError(message="Something went wrong", code=400)
        client = CogniteClient()
        assert client is client_mock
        assert CogniteClient(config=None) is client_mock
        with pytest.raises(CogniteAPIError) as err:
            client.assets.retrieve(id=1)
        assert err.value.code == 400
    from cognite.client import ClientConfig
    from cognite.client.credentials import Token

    config = ClientConfig(client_name="t", project="p", base_url="https://api.cognitedata.com", credentials=Token("x"))
    real = CogniteClient(config)
    assert not isinstance(real, MagicMock)
    assert real.config.project == "p"


def test_nested_monkeypatches_restore_in_order() -> None:
    with monkeypatch_async_cognite_client() as outer:
        with monkeypatch_async_cognite_client() as inner:
            assert AsyncCogniteClient() is inner
        assert AsyncCogniteClient() is outer
    from cognite.client import ClientConfig
    from cognite.client.credentials import Token

    config = ClientConfig(client_name="t", project="p", base_url="https://api.cognitedata.com", credentials=Token("x"))
    assert not isinstance(AsyncCogniteClient(config), MagicMock)


def test_api_tree_has_nested_apis() -> None:
    tree = api_tree()
    if "time_series" in tree and "data" in tree["time_series"].children:
        assert tree["time_series"].children["data"].path == "time_series.data"
    assert tree["assets"].cls is AssetsAPI


def test_spec_of_a_class_that_refuses_subclasses_keeps_its_surface() -> None:
    from unittest.mock import create_autospec

    from cognite.client.testing._spec import _spec_class

    class Sealed:
        def __init_subclass__(cls, **kwargs: object) -> None:
            raise TypeError("no subclasses")

        async def fetch(self, id: int) -> int:
            return id

        def name(self) -> str:
            return "sealed"

    spec = _spec_class(Sealed, ("child",), blocking=True)
    mock = create_autospec(spec, instance=True, spec_set=True)
    assert not isinstance(mock.fetch, AsyncMock)  # blocking view of the coroutine
    mock.fetch.return_value = 3
    assert mock.fetch(id=1) == 3
    with pytest.raises(TypeError):
        mock.fetch(1, 2)
    mock.child = "x"  # placeholder attributes may be set
    with pytest.raises(AttributeError):
        mock.other = 1
