"""Typed accessors: the declarations on the client / parent APIs and API_REGISTRY describe the same tree."""

from __future__ import annotations

import importlib
import inspect
import sys

import pytest

from cognite.client import AsyncCogniteClient, CogniteClient
from cognite.client._api_registry import API_REGISTRY, Accessor, resolve


def _import(target: str) -> type | None:
    module_name, _, class_name = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as e:
        if e.name and module_name.startswith(e.name):
            return None  # registered, module not written yet
        raise
    return getattr(module, class_name)


def _owner(path: str) -> type | None:
    parent = path.rpartition(".")[0]
    return AsyncCogniteClient if not parent else _import(API_REGISTRY[resolve(parent)])


def _registered_classes() -> list[type]:
    return [c for t in API_REGISTRY.values() if not t.startswith("=") if (c := _import(t)) is not None]


def _declared(cls: type) -> dict[str, type]:
    """The accessors a class declares (inherited ones too), each with the class its annotation names (the API
    classes are imported under TYPE_CHECKING only, so the annotation is evaluated with the registry's classes)."""
    found: dict[str, type] = {}
    api_names = {c.__name__: c for c in _registered_classes()}
    for klass in reversed(cls.__mro__):
        namespace = vars(sys.modules[klass.__module__]) | api_names
        for name, value in vars(klass).items():
            if isinstance(value, Accessor):
                annotation = klass.__annotations__[name]
                found[name] = eval(annotation, namespace).__args__[0]  # Accessor[X] -> X
    return found


def test_every_registry_entry_has_an_accessor_of_its_class_and_vice_versa() -> None:
    checked = set()
    for path in API_REGISTRY:
        owner = _owner(path)
        cls = _import(API_REGISTRY[resolve(path)])
        name = path.rpartition(".")[2]
        if owner is None:
            continue  # the parent's module is not written yet
        declared = _declared(owner)
        if cls is None:  # no module: no accessor (it could not be typed); the runtime names what is missing
            assert name not in declared, f"{path} declares an accessor for a missing module"
            continue
        assert declared.get(name) is cls, f"{owner.__name__}.{name} must be declared as Accessor[{cls.__name__}]"
        checked.add((owner, name))
    for owner in {AsyncCogniteClient, *_registered_classes()}:
        for name in _declared(owner):
            assert (owner, name) in checked, f"{owner.__name__}.{name} is declared but not in API_REGISTRY"
    assert len(checked) > 30


def test_accessors_build_once_share_aliases_and_name_missing_modules(
    async_client: AsyncCogniteClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = async_client
    # registered APIs whose module is not written yet say so (two stand-ins: every real one may be written)
    monkeypatch.setitem(API_REGISTRY, "not_written", "cognite.client._api.not_written:NotWrittenAPI")
    monkeypatch.setitem(API_REGISTRY, "time_series.not_written", "cognite.client._api.not_written:NotWrittenAPI")
    assert "assets" not in vars(c)
    assets = c.assets
    assert vars(c)["assets"] is assets and c.assets is assets  # cached on the instance: a plain lookup afterwards
    assert c.datapoints is c.time_series.data and c.time_series.synthetic is c.time_series.data.synthetic
    assert c.raw.rows._cognite_client is c and c.iam.groups._transport is c.transport
    with pytest.raises(AttributeError, match="client.not_written has no ergonomic API yet"):
        c._api("not_written")
    with pytest.raises(AttributeError, match="client.time_series.not_written has no ergonomic API yet"):
        c._api("time_series.not_written")
    with pytest.raises(AttributeError):
        c.assetz  # type: ignore[attr-defined]  # noqa: B018
    assert isinstance(inspect.getattr_static(AsyncCogniteClient, "assets"), Accessor)


def test_sync_client_and_back(async_client: AsyncCogniteClient, sync_client: CogniteClient) -> None:
    sync = async_client.get_sync_client()
    assert isinstance(sync, CogniteClient) and sync is async_client.get_sync_client()
    assert sync.get_async_client() is async_client
    assert sync.time_series.data.synthetic.query.__name__ == "query"
    assert isinstance(CogniteClient.load(_cfg()), CogniteClient)
    assert isinstance(AsyncCogniteClient.load(_cfg()), AsyncCogniteClient)


def _cfg() -> dict[str, object]:
    return {"client_name": "a", "project": "p", "cluster": "api", "credentials": {"token": "abc"}}
