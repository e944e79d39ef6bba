"""Local, stateful CDF emulator.

Example:
    >>> from cognite.emulator import Emulator
    >>> emu = Emulator(seed=1)
    >>> emu.faults.fail(429, times=2, on="POST /assets/list", retry_after=1)  # doctest: +ELLIPSIS
    FaultRule(...)
"""

from cognite.emulator import _requires  # noqa: F401  (first: names the extra when a dependency is missing)
from cognite.emulator.emulator import DEFAULT_PROJECT, Emulator, create_app
from cognite.emulator.faults import FaultRule, Faults
from cognite.emulator.http import CDFError
from cognite.emulator.requestlog import LoggedRequest, RequestLog

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
