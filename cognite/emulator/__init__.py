"""Local, stateful CDF emulator.

Example:
    >>> from cognite.emulator import Emulator
    >>> emu = Emulator(seed=1)
    >>> emu.faults.fail(429, times=2, on="POST /assets/list", retry_after=1)  # doctest: +ELLIPSIS
    FaultRule(...)

The names below are imported on first use, so `python -m cognite.emulator` can say which extra to install
when a dependency is missing instead of dying on a bare ModuleNotFoundError.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cognite.emulator.emulator import DEFAULT_PROJECT, Emulator, create_app
    from cognite.emulator.faults import FaultRule, Faults
    from cognite.emulator.http import CDFError
    from cognite.emulator.requestlog import LoggedRequest, RequestLog

_EXPORTS = {
    "DEFAULT_PROJECT": "cognite.emulator.emulator",
    "Emulator": "cognite.emulator.emulator",
    "create_app": "cognite.emulator.emulator",
    "FaultRule": "cognite.emulator.faults",
    "Faults": "cognite.emulator.faults",
    "CDFError": "cognite.emulator.http",
    "LoggedRequest": "cognite.emulator.requestlog",
    "RequestLog": "cognite.emulator.requestlog",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'cognite.emulator' has no attribute {name!r}")
    importlib.import_module("cognite.emulator._requires")  # names the extra when a dependency is missing
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_PROJECT",
    "CDFError",
    "Emulator",
    "FaultRule",
    "Faults",
    "LoggedRequest",
    "RequestLog",
    "create_app",
]
