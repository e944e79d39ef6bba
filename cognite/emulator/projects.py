"""Each CDF project is a world of its own: one instance of every service per project, created on first use.

A `Project` is what the services of that project see as `self.emu`: it holds the project's services, its
datapoints service, its id generator and its routes, and hands everything else (lock, faults, request log,
auth, options) to the Emulator. Services therefore need no change to be per project: `self.emu.resource(name)`,
`self.emu.ids` and `self.emu.datapoints` are always their own project's, inside a request or not.
"""

from __future__ import annotations

import importlib
import zlib
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, cast

from starlette.routing import BaseRoute, Router
from starlette.types import Receive, Scope, Send

from cognite.emulator.ids import IdGenerator

if TYPE_CHECKING:
    from cognite.emulator.emulator import Emulator

# The project of the request being served (set by ProjectDispatch), for code holding the Emulator itself.
current_project: ContextVar[str | None] = ContextVar("emulator_project", default=None)


def project_seed(seed: int, name: str, is_default: bool) -> int:
    """The id seed of a project: the emulator's seed for the default one (its ids stay as they always were),
    mixed with the name for the others, so two projects do not hand out the same ids yet stay deterministic.

    Example:
        >>> project_seed(1, "a", True), project_seed(1, "b", False) == project_seed(1, "b", False)
        (1, True)
    """
    return seed if is_default else seed ^ (zlib.crc32(name.encode()) << 1)


class Project:
    """One project's services and ids (see the module docstring)."""

    def __init__(self, emu: Emulator, name: str, *, seed: int, sequential_ids: bool) -> None:
        self.name = name
        self.emulator = emu
        self.ids = IdGenerator(seed, sequential=sequential_ids)
        self.services: dict[str, Any] = {}
        from cognite.emulator.resources import build_services

        # The services get this project as their emulator (it answers everything an Emulator does).
        self.services.update(build_services(cast("Emulator", self)))
        self.datapoints = self._build_datapoints()
        # Datapoints first: routes are tried in order, and datapoint reads are the many-request hot path (behind
        # every resource's routes they cost ~150 failed matches, ~0.3 ms, per request). No other route overlaps.
        routes: list[BaseRoute] = list(self.datapoints.routes()) if self.datapoints is not None else []
        for service in self.services.values():
            routes.extend(service.routes())
        self.router = Router(routes=routes)
        # Services' own control-plane routes (file contents), served under /_emulator/projects/{project}.
        self.control_router = Router(
            routes=[r for service in self.services.values() for r in getattr(service, "control_routes", list)()]
        )

    def __getattr__(self, attr: str) -> Any:
        # Only reached for what a project does not hold itself: the emulator-wide lock, faults, log, options.
        return getattr(self.emulator, attr)

    def __repr__(self) -> str:
        return f"Project({self.name!r})"

    def resource(self, name: str) -> Any:
        """This project's service by name.

        Example:
            >>> from cognite.emulator import Emulator
            >>> Emulator(projects=["a", "b"]).project("b").resource("assets").get({"id": 1}) is None
            True
        """
        try:
            return self.services[name]
        except KeyError:
            raise KeyError(f"No emulated resource named {name!r}; known: {sorted(self.services)}") from None

    def _build_datapoints(self) -> Any:
        """The datapoints service, when its module is available (it is built in parallel with this one)."""
        try:
            module = importlib.import_module("cognite.emulator.datapoints")
        except ImportError as e:
            if e.name and e.name.startswith("cognite.emulator.datapoints"):
                return None
            raise
        service_cls = getattr(module, "DatapointsService", None)
        if service_cls is None:
            return None
        return service_cls(self.services["timeseries"].resolve_ref, self.emulator.faults)

    def reset(self) -> None:
        """Forget this project's data (its ids restart from its seed)."""
        for service in self.services.values():
            service.reset()
        if self.datapoints is not None:
            self.datapoints.reset()
        self.ids.reset()


class ProjectDispatch:
    """The ASGI app under /api/v1/projects/{project} (or, control=True, /_emulator/projects/{project}): routes
    the request within its project's own router."""

    def __init__(self, emu: Emulator, control: bool = False) -> None:
        self.emu = emu
        self.control = control

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        name = scope["path_params"]["project"]
        project = self.emu.project(name)
        token = current_project.set(name)
        try:
            await (project.control_router if self.control else project.router)(scope, receive, send)
        finally:
            current_project.reset(token)
