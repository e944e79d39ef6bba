"""mkdocs hook: reference pages generated from the code's own tables, so they follow the code.

- reference/apis.md: one section per resource API in `cognite.client._api_registry.API_REGISTRY` (the client's
  table of `client.<path>` -> class), skipping aliases and APIs whose module is not written yet.
- reference/data-classes.md: one section per module of `cognite.client.data_classes` (its lazy-export table).

Pages list only modules that exist, so `mkdocs build --strict` stays clean while areas are added or moved.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
from typing import Any

from mkdocs.structure.files import File, Files

API_PAGE = "reference/apis.md"
DATA_CLASSES_PAGE = "reference/data-classes.md"


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ImportError:
        return False


def _visible_to_griffe(module: str) -> bool:
    """mkdocstrings (griffe) reads source statically and skips directories without __init__.py below the top."""
    parts = module.split(".")
    for i in range(2, len(parts)):  # cognite itself is a namespace package, which griffe handles
        package = importlib.util.find_spec(".".join(parts[:i]))
        if package is None or package.origin is None or not package.origin.endswith("__init__.py"):
            return False
    return True


def _runtime_section(module: str, cls_name: str) -> list[str]:
    """The class's public methods rendered from the live objects (for modules griffe cannot see)."""
    cls = getattr(importlib.import_module(module), cls_name)
    lines = [inspect.getdoc(cls) or "", ""]
    for name, fn in inspect.getmembers(cls, callable):
        if (name.startswith("_") and name != "__call__") or isinstance(fn, type):
            continue
        try:
            signature = str(inspect.signature(fn))
        except (TypeError, ValueError):
            signature = "(...)"
        prefix = "async def" if inspect.iscoroutinefunction(fn) or inspect.isasyncgenfunction(fn) else "def"
        lines += [f"### `{name}`", "", "```python", f"{prefix} {name}{signature}", "```", ""]
        doc = inspect.getdoc(fn)
        if doc:
            lines += ["```text", doc, "```", ""]
    return lines


def apis_page() -> str:
    from cognite.client._api_registry import API_REGISTRY

    lines = [
        "# Resource APIs",
        "",
        "Every resource API of `CogniteClient` and `AsyncCogniteClient`, by the attribute path you reach it with.",
        "Methods are coroutines on `AsyncCogniteClient`; `CogniteClient` exposes the same methods as blocking calls.",
        "",
    ]
    aliases = {path: target[1:] for path, target in API_REGISTRY.items() if target.startswith("=")}
    for path, target in API_REGISTRY.items():
        if path in aliases:
            continue
        module, _, cls = target.partition(":")
        if not _module_exists(module):
            continue
        also = [f"`client.{a}`" for a, t in aliases.items() if t == path]
        lines += [f"## `client.{path}`", ""]
        if also:
            lines += [f"Also reachable as {', '.join(also)}.", ""]
        if _visible_to_griffe(module):
            lines += [
                f"::: {module}.{cls}",
                "    options:",
                "      show_root_heading: false",
                "      heading_level: 3",
                "      inherited_members: true",  # retrieve / create / update ... come from shared mixins
                "",
            ]
        else:
            lines += _runtime_section(module, cls)
    return "\n".join(lines)


def data_classes_page() -> str:
    dc = importlib.import_module("cognite.client.data_classes")
    modules: dict[str, tuple[str, ...]] = dict(getattr(dc, "_MODULES", {}))
    lines = [
        "# Data classes",
        "",
        "Importable as `from cognite.client.data_classes import <name>`. Read classes (`Asset`) are what the API",
        "returns; write classes (`AssetWrite`) are what create, update and upsert take; `<Resource>Update` builds",
        "partial updates; `<Resource>Filter` filters lists.",
        "",
    ]
    for module, names in modules.items():
        if not _module_exists(f"cognite.client.data_classes.{module}"):
            continue
        lines += [
            f"## Base classes (`{module[1:]}`)" if module.startswith("_") else f"## `{module}`",
            "",
        ]
        for name in sorted(names):
            lines += [
                f"::: cognite.client.data_classes.{module}.{name}",
                "    options:",
                "      heading_level: 3",
                "      show_root_full_path: false",
                "",
            ]
    for module in ("datapoints",):
        if _module_exists(f"cognite.client.data_classes.{module}"):
            lines += [
                f"## `{module}`",
                "",
                f"::: cognite.client.data_classes.{module}",
                "    options:",
                "      show_root_heading: false",
                "      heading_level: 3",
                "",
            ]
    return "\n".join(lines)


def on_files(files: Files, config: Any, **kwargs: Any) -> Files:
    for uri, render in ((API_PAGE, apis_page), (DATA_CLASSES_PAGE, data_classes_page)):
        files.append(File.generated(config, uri, content=render()))
    return files
