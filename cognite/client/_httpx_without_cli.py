"""Import httpx without its command-line client (`httpx._main`).

httpx's package `__init__` imports `httpx._main`, the `httpx` command, whenever click, rich and pygments are
installed (as in many dev and notebook environments): ~90 modules and 40-140 ms that no SDK call uses. Importing
this module imports httpx with a placeholder standing in for `httpx._main` during that one import; the placeholder
is removed right after, so `import httpx._main` still gives the real module, and `httpx.main` (a function here)
runs the real CLI when called. Nothing changes when httpx was already imported, or when the CLI is not installed.
"""

from __future__ import annotations

import sys
import types
from typing import Any


def _cli_main(*args: Any, **kwargs: Any) -> Any:
    """`httpx.main`: the real `httpx` command, imported on first call."""
    from httpx._main import main

    return main(*args, **kwargs)


def _import_httpx() -> None:
    if "httpx" in sys.modules or "httpx._main" in sys.modules:
        return
    placeholder = types.ModuleType("httpx._main", "placeholder while httpx is imported (see cognite.client)")
    placeholder.__dict__["main"] = _cli_main
    sys.modules["httpx._main"] = placeholder
    try:
        import httpx  # noqa: F401
    finally:
        if sys.modules.get("httpx._main") is placeholder:
            del sys.modules["httpx._main"]


_import_httpx()
