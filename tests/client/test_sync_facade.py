"""The generated typed sync facade (`cognite/client/_sync_api`, written by `openapi/sync_facade.py`)."""

from __future__ import annotations

import ast
import importlib
import inspect
import textwrap
from pathlib import Path

import pytest

from cognite.client import AsyncCogniteClient, CogniteClient
from cognite.client._api_client import APIClient
from openapi import sync_facade


def test_committed_facade_is_up_to_date() -> None:
    assert sync_facade.differences() == [], "run `make generate` (python -m openapi.sync_facade)"


def _api_classes() -> list[type]:
    out = []
    for path in sync_facade.source_modules():
        module = importlib.import_module(sync_facade.module_name(path))
        out += [
            c
            for c in vars(module).values()
            if inspect.isclass(c)
            and c.__module__ == module.__name__
            and (issubclass(c, APIClient) or getattr(c, "_sync_wrap", False))
        ]
    return out


def _public(cls: type) -> set[str]:
    names = {n for n in [*vars(cls), *vars(cls).get("__annotations__", {})] if n[0] != "_"}  # twins: annotations
    names |= {n for n in ("__call__", "__getattr__", "__iter__") if n in vars(cls)}
    getattr_ = vars(cls).get("__getattr__")
    if getattr_ is not None and inspect.getsourcelines(getattr_)[0][0].startswith(" " * 8):
        names.discard("__getattr__")  # defined under `if not TYPE_CHECKING:` (a typo must not type-check)
    return names | ({"__iter__"} if "__aiter__" in vars(cls) else set())


@pytest.mark.parametrize("cls", _api_classes(), ids=lambda c: c.__name__)
def test_every_api_class_has_a_twin_with_the_same_members_and_parameters(cls: type) -> None:
    twin_module = importlib.import_module(sync_facade.twin_module(Path(inspect.getfile(cls))))
    twin = getattr(twin_module, sync_facade.sync_name(cls.__name__))
    assert _public(twin) == {n for n in _public(cls) if not isinstance(vars(cls).get(n), (int, str))}
    for name in _public(cls) & set(vars(twin)) - {"__iter__"}:
        real, mirrored = vars(cls)[name], vars(twin)[name]
        if callable(real) and not isinstance(real, type):
            params = list(inspect.signature(inspect.unwrap(real)).parameters)
            assert list(inspect.signature(mirrored).parameters) == params, f"{cls.__name__}.{name}"
    twin_bases = [b.__name__ for b in twin.__bases__ if b.__name__.startswith(("Sync", "_Sync"))]
    api_bases = [sync_facade.sync_name(b.__name__) for b in cls.__bases__ if b in _api_classes()]
    assert twin_bases == api_bases


def test_sync_client_serves_everything_its_facade_declares(sync_client: CogniteClient) -> None:
    from cognite.client._sync_api._cognite_client import SyncCogniteClientAPIs

    declared = set(SyncCogniteClientAPIs.__annotations__) | {n for n in vars(SyncCogniteClientAPIs) if n[0] != "_"}
    assert {"assets", "time_series", "get", "post", "put", "delete", "config", "api"} <= declared
    for name in declared:
        assert getattr(sync_client, name) is not None, name
    assert sync_client.time_series.data.synthetic is not None
    assert sync_client.get("/assets").status_code == 200


def _twins_of(source: str, tmp_path: Path) -> str:
    """The twin module text `openapi.sync_facade` renders for one API module (unformatted)."""
    path = tmp_path / "things.py"
    path.write_text(textwrap.dedent(source))
    mod = sync_facade.load_module(path, name="cognite.client._api.things")
    base = sync_facade.load_module(sync_facade.PACKAGE / "_api_client.py")
    api = sync_facade.api_classes([base, mod])
    conv = sync_facade._Syncify(api, mod.ignores)
    classes = [
        sync_facade.twin_class(sync_facade.sync_name(n.name), n, sync_facade._members(n), conv, bases=True)
        for n in mod.tree.body
        if isinstance(n, ast.ClassDef) and n.name in api
    ]
    return sync_facade.render_module(mod, classes, conv, "things.py")


def test_transform_keeps_overloads_generics_and_turns_async_into_blocking(tmp_path: Path) -> None:
    text = _twins_of(
        '''
        from __future__ import annotations
        from collections.abc import AsyncIterator
        from typing import TYPE_CHECKING, Generic, TypeVar, overload
        from cognite.client._api_client import APIClient
        from cognite.client._api_registry import Accessor
        if TYPE_CHECKING:
            from cognite.client.data_classes.assets import Asset, AssetList

        T = TypeVar("T")

        class ThreeDThingsAPI(APIClient, Generic[T]):
            """Things."""
            child: Accessor[ChildAPI] = Accessor()
            _private: int = 1

            @overload
            async def get(self, id: int) -> Asset: ...
            @overload
            async def get(self, id: list[int]) -> AssetList: ...
            async def get(self, id: int | list[int]) -> Asset | AssetList:
                """Get.

                Example:
                    >>> await client.things.get(1)
                """
                return await self._x(id)

            async def stream(self) -> AsyncIterator[T]:
                yield 1

            def __call__(self, chunk_size: int | None = None) -> "AsyncIterator[Asset]":  # type: ignore[override]
                return self.stream()

            async def _hidden(self) -> None: ...

        class ChildAPI(ThreeDThingsAPI[int]):
            async def ping(self) -> "ThreeDThingsAPI[int]": ...
        ''',
        tmp_path,
    )
    tree = ast.parse(text, type_comments=True)
    classes = {c.name: c for c in tree.body if isinstance(c, ast.ClassDef)}
    assert set(classes) == {"Sync3DThingsAPI", "SyncChildAPI"}
    things = classes["Sync3DThingsAPI"]
    assert [ast.unparse(b) for b in things.bases] == ["SyncAPIClient", "Generic[T]"]
    assert [ast.unparse(b) for b in classes["SyncChildAPI"].bases] == ["Sync3DThingsAPI[int]"]
    members = [(type(n).__name__, getattr(n, "name", None) or ast.unparse(n)) for n in things.body[1:]]
    assert members == [
        ("AnnAssign", "child: SyncChildAPI"),
        ("FunctionDef", "get"),
        ("FunctionDef", "get"),
        ("FunctionDef", "get"),
        ("FunctionDef", "stream"),
        ("FunctionDef", "__call__"),
    ]
    get_overload, _, get_impl = things.body[2:5]
    assert isinstance(get_overload, ast.FunctionDef) and isinstance(get_impl, ast.FunctionDef)
    assert [ast.unparse(d) for d in get_overload.decorator_list] == ["overload"] and not get_impl.decorator_list
    assert "await" not in ast.get_docstring(get_impl)  # type: ignore[operator]
    assert ast.unparse(things.body[5].returns) == "Iterator[T]"  # type: ignore[attr-defined, arg-type]
    assert ast.unparse(things.body[6].returns) == "Iterator[Asset]"  # type: ignore[attr-defined, arg-type]
    assert "-> Iterator[Asset]: # type: ignore[override]" in text  # (ruff then formats it)
    assert "-> Sync3DThingsAPI[int]" in text
    imports = text.split("class ")[0]
    assert "from cognite.client._sync_api._api_client import SyncAPIClient" in imports  # a base: imported at runtime
    runtime, _, checking = imports.partition("if TYPE_CHECKING:")
    assert "import Generic" in runtime and "import T\n" in runtime  # the TypeVar comes from the source module
    assert "Asset" in checking and "Iterator" in checking and "Asset" not in runtime


def test_sync_view_of_the_client_is_what_type_checkers_see() -> None:
    from cognite.client._sync_api._cognite_client import SyncCogniteClientAPIs

    assert issubclass(CogniteClient, SyncCogniteClientAPIs) is False  # only for type checkers: no runtime base
    hints = SyncCogniteClientAPIs.__annotations__
    assert hints["assets"] == "SyncAssetsAPI" and hints["three_d"] == "Sync3DAPI"
    accessors = {n for n, v in vars(AsyncCogniteClient).items() if type(v).__name__ == "Accessor"}
    assert accessors == set(hints)


def test_type_ignores_go_back_where_mypy_reads_them() -> None:
    formatted = (
        "class A:\n"
        "    @overload\n"
        "    def f(\n        self, a: int\n    ) -> None:  # type: ignore[override]" + sync_facade._ON_DECORATOR + "\n"
        "        ...\n"
        "    def g(\n        self, a: int\n    ) -> None:  # type: ignore[override]  # why\n"
        "        ...\n"
        "    def h(self) -> None: ...  # type: ignore[misc]\n"
    )
    lines = sync_facade._place_ignores(formatted).split("\n")
    assert lines[1] == "    @overload  # type: ignore[override]" and lines[4] == "    ) -> None:"
    assert lines[6] == "    def g(  # type: ignore[override]  # why" and lines[8] == "    ) -> None:"
    assert lines[10] == "    def h(self) -> None: ...  # type: ignore[misc]"
