"""No public method of an API class or a data class returns `Any` or lacks a return annotation.

Checked on our classes as defined (each method once, on the class that defines it): the two clients, the
resource APIs of `API_REGISTRY` (and the generated sync facade `cognite.client._sync_api` once it exists), and
every class of the `cognite.client.data_classes` modules, with their bases in `cognite.`.
Public means no leading underscore, plus the protocol methods user code calls (`client.assets()`, `items[0]`,
`for x in items`). Properties count as methods (their getter's return).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections import Counter
from typing import Any

import pytest
from differences import ANY_ALLOWED

import cognite.client.data_classes as data_classes
from cognite.client._api_registry import API_REGISTRY

_PROTOCOL = {"__call__", "__getitem__", "__iter__", "__aiter__", "__next__", "__anext__", "__enter__", "__aenter__"}
_ANY = {"Any", "typing.Any", "t.Any", "typing_extensions.Any"}


def _api_classes() -> list[type]:
    from cognite.client import AsyncCogniteClient, CogniteClient

    out: list[type] = [AsyncCogniteClient, CogniteClient]
    try:  # the generated sync facade, once it exists
        sync_api = importlib.import_module("cognite.client._sync_api")
    except ImportError:
        pass
    else:
        out += _classes_of(sync_api)
    for target in API_REGISTRY.values():
        if target.startswith("="):
            continue
        module, _, name = target.partition(":")
        try:
            out.append(getattr(importlib.import_module(module), name))
        except (ImportError, AttributeError):
            continue  # not written yet: the signature test reports missing accessors
    return out


def _classes_of(package: Any) -> list[type]:
    """The classes defined in every module of `package`."""
    out = []
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        out += [c for _, c in inspect.getmembers(module, inspect.isclass) if c.__module__ == module.__name__]
    return out


def _data_classes() -> list[type]:
    return _classes_of(data_classes)


def _public(name: str) -> bool:
    return not name.startswith("_") or name in _PROTOCOL


def untyped_methods(classes: list[type]) -> dict[str, str]:
    """{"module.Class.method": problem} for every public method, defined in `cognite.`, returning Any or unannotated."""
    found: dict[str, str] = {}
    for cls in classes:
        for owner in cls.__mro__:
            if not owner.__module__.startswith("cognite."):
                continue
            for name, raw in vars(owner).items():
                if not _public(name) or owner.__name__.startswith("_") and owner is not cls:
                    continue
                fn: Any = raw.fget if isinstance(raw, property) else getattr(raw, "__func__", raw)
                fn = inspect.unwrap(fn) if callable(fn) else fn
                if not inspect.isfunction(fn):
                    continue
                ret = fn.__annotations__.get("return", inspect.Parameter.empty)
                where = f"{owner.__module__}.{owner.__qualname__}.{name}"
                if ret is inspect.Parameter.empty:
                    found[where] = "no return annotation"
                elif ret is Any or (isinstance(ret, str) and ret.strip() in _ANY):
                    found[where] = "-> Any"
    return found


@pytest.mark.parametrize("kind", ["api", "data_classes"])
def test_no_public_method_returns_any(kind: str) -> None:
    classes = _api_classes() if kind == "api" else _data_classes()
    assert len(classes) > (20 if kind == "api" else 50), f"found only {len(classes)} {kind} classes"
    found = untyped_methods(classes)
    unexplained = {where: problem for where, problem in found.items() if where not in ANY_ALLOWED}
    mine = [w for w in ANY_ALLOWED if w.startswith("cognite.client.data_classes.") == (kind == "data_classes")]
    stale = [w for w in mine if w not in found]
    if unexplained or stale:
        per_class = Counter(where.rsplit(".", 1)[0] for where in unexplained)
        lines = [f"{len(unexplained)} public method(s) of {kind} classes return Any or are unannotated:"]
        lines += [f"{where}: {problem}" for where, problem in sorted(unexplained.items())]
        lines += [f"stale ANY_ALLOWED entry: {w}" for w in stale]
        lines += ["", "per class:"] + [f"{owner}: {n}" for owner, n in sorted(per_class.items())]
        pytest.fail("\n".join(lines), pytrace=False)


def test_untyped_methods_detected() -> None:
    class Probe:
        __module__ = "cognite.client.probe"

        def typed(self) -> int:
            return 1

        def bare(self):  # type: ignore[no-untyped-def]
            return 1

        def anything(self) -> Any:
            return 1

        @property
        def prop(self) -> Any:
            return 1

        def _private(self):  # type: ignore[no-untyped-def]
            return 1

    found = untyped_methods([Probe])
    prefix = "cognite.client.probe.test_untyped_methods_detected.<locals>.Probe"
    assert found == {
        f"{prefix}.bare": "no return annotation",
        f"{prefix}.anything": "-> Any",
        f"{prefix}.prop": "-> Any",
    }


def _public_methods(cls: type) -> list[tuple[str, Any]]:
    return [
        (name, fn)
        for name, fn in vars(cls).items()
        if (not name.startswith("_") or name == "__call__") and inspect.isfunction(inspect.unwrap(fn))
    ]


def test_every_public_api_method_takes_the_call_options() -> None:
    """Each public method (and each of its overloads) of the resource APIs ends with `**options: Unpack[CallOptions]`,
    so type checkers accept `cdf_version=` / `headers=` / `timeout=` on every call (the wrapper applies them)."""
    import typing

    from cognite.client._api_client import APIClient

    problems = []
    for cls in _api_classes():
        if not (isinstance(cls, type) and issubclass(cls, APIClient)):
            continue
        for name, fn in _public_methods(cls):
            fn = inspect.unwrap(fn)
            if "NoReturn" in str(fn.__annotations__.get("return")):
                continue  # a removed API's stub: it only raises, naming the successor
            for variant in (fn, *typing.get_overloads(fn)):
                params = list(inspect.signature(variant).parameters.values())
                last = params[-1] if params else None
                if last is None or last.kind is not last.VAR_KEYWORD or last.name != "options":
                    problems.append(f"{cls.__module__}.{cls.__qualname__}.{name}: does not end with **options")
                elif str(variant.__annotations__.get("options")) not in (
                    "Unpack[CallOptions]",
                    "Unpack[CallOptionsNoTimeout]",  # the method has an official `timeout` parameter of its own
                ):
                    problems.append(f"{cls.__module__}.{cls.__qualname__}.{name}: **options is not Unpack[CallOptions]")
    assert problems == [], "\n".join(sorted(set(problems)))
