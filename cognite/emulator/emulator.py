"""The Emulator: state, the ASGI app, in-process transports, a real-socket server thread, reset and persistence."""

from __future__ import annotations

import contextlib
import logging
import secrets
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount

from cognite.emulator.auth import Auth
from cognite.emulator.durability import Durability
from cognite.emulator.faults import Faults
from cognite.emulator.http import CDFError, json_response
from cognite.emulator.ids import IdGenerator
from cognite.emulator.middleware import EmulatorMiddleware
from cognite.emulator.projects import Project, ProjectDispatch, current_project, project_seed
from cognite.emulator.requestlog import RequestLog
from cognite.emulator.transport import AsyncEmulatorTransport, SyncEmulatorTransport

logger = logging.getLogger(__name__)

DEFAULT_PROJECT = "emulator"


class Emulator:
    """A local, stateful CDF.

    Example:
        >>> import httpx
        >>> from cognite.emulator import Emulator
        >>> emu = Emulator(seed=1)
        >>> with httpx.Client(transport=emu.sync_transport, base_url=emu.base_url) as http:
        ...     r = http.post("/api/v1/projects/demo/assets", json={"items": [{"name": "pump"}]})
        >>> r.status_code
        201
        >>> emu.faults.fail(503, times=1, on="POST /assets/list")  # doctest: +ELLIPSIS
        FaultRule(...)
        >>> emu.requests.last.route
        '/assets'
    """

    base_url = "http://emulator.local"  # any host works in-process

    def __init__(
        self,
        *,
        seed: int = 0,
        strict_auth: bool = False,
        clients: dict[str, str] | None = None,
        tokens: dict[str, str] | None = None,
        token_lifetime: float = 3600.0,
        validate_responses: bool = False,
        spec_path: str | Path | None = None,
        state_file: str | Path | None = None,
        request_log_size: int = 10_000,
        projects: list[str] | None = None,
        gzip_responses: bool = False,
        sequential_ids: bool = False,
        share_projects: bool = False,
        admin_token: str | None = None,
    ) -> None:
        if not isinstance(seed, int) or isinstance(seed, bool):
            raise TypeError(f"seed must be an int, got {seed!r}")
        if request_log_size < 0:
            raise ValueError(f"request_log_size must be >= 0, got {request_log_size}")
        self.seed = seed
        self.gzip_responses = gzip_responses  # compress replies >= 1 KiB for clients accepting gzip, as CDF does
        self.lock = threading.RLock()
        self.sequential_ids = sequential_ids
        self.faults = Faults(seed)
        self.requests = RequestLog(request_log_size)
        self.auth = Auth(strict=strict_auth, clients=clients, tokens=tokens, token_lifetime=token_lifetime)
        # The control plane's token when auth is strict (one is made up when none is given: see the CLI banner).
        self.admin_token = admin_token or ("emu-admin-" + secrets.token_urlsafe(16) if strict_auth else None)
        # Every project name sees the same data (the default project's), instead of each project its own.
        self.share_projects = share_projects
        self.projects = list(projects or [DEFAULT_PROJECT])
        self.seen_projects: set[str] = set()  # every project name requested so far
        self._projects: dict[str, Project] = {}  # each project's services, created on its first use
        self.state_file = Path(state_file) if state_file else None
        self.validator: Any = None
        if validate_responses:
            from cognite.emulator.validation import ResponseValidator

            self.validator = ResponseValidator(spec_path)
        self.app = self._build_app()
        self._transport: AsyncEmulatorTransport | None = None
        self._sync_transport: SyncEmulatorTransport | None = None
        # With a state file: snapshot + journal of acknowledged writes (loaded and replayed now).
        self.durability: Durability | None = None
        if self.state_file:
            self.durability = Durability(self, self.state_file)
            self.durability.open()

    # -- projects and services ----------------------------------------------------------------------------------
    @property
    def default_project(self) -> str:
        """The project test code reaches without naming one: the first of `Emulator(projects=...)`."""
        return self.projects[0]

    def project(self, name: str | None = None) -> Project:
        """A project's services (created on first use); None: the request's project, else the default one.

        Example:
            >>> emu = Emulator(projects=["a", "b"])
            >>> emu.project("b").resource("assets") is emu.resource("assets")
            False
        """
        if name is None:
            name = current_project.get() or self.projects[0]
        if self.share_projects:
            name = self.projects[0]
        found = self._projects.get(name)
        if found is not None:
            return found
        with self.lock:
            if name not in self._projects:
                seed = project_seed(self.seed, name, name == self.projects[0])
                self._projects[name] = Project(self, name, seed=seed, sequential_ids=self.sequential_ids)
            return self._projects[name]

    @property
    def project_names(self) -> list[str]:
        """Every project known so far: configured, holding data, or requested."""
        return sorted(set(self.projects) | set(self._projects) | self.seen_projects)

    @property
    def created_projects(self) -> dict[str, Project]:
        """The projects that hold services so far, by name."""
        return dict(self._projects)

    def resource(self, name: str, project: str | None = None) -> Any:
        """A resource or service by name, of `project` (default: the request's project inside a request, else
        the default project).

        Example:
            >>> emu = Emulator()
            >>> emu.resource("assets").get({"externalId": "nothing-yet"}) is None
            True
        """
        return self.project(project).resource(name)

    @property
    def services(self) -> dict[str, Any]:
        """The services of the request's project (inside a request) or of the default project."""
        return self.project().services

    @property
    def datapoints(self) -> Any:
        """The datapoints service of the request's project (or the default project), None if not available."""
        return self.project().datapoints

    @property
    def ids(self) -> IdGenerator:
        """The id generator of the request's project (or the default project)."""
        return self.project().ids

    @ids.setter
    def ids(self, generator: IdGenerator) -> None:
        # Tests swap in their own id source (e.g. fixed ids for documentation examples).
        self.project().ids = generator

    # -- app ----------------------------------------------------------------------------------------------------
    def _build_app(self) -> EmulatorMiddleware:
        from cognite.emulator.control import control_routes
        from cognite.emulator.principals import principal_routes

        routes: list[BaseRoute] = [
            *control_routes(self),
            *self.auth.routes(self._inspect_token),
            *principal_routes(self),  # issue 14, task B: the organization's principals, the project's organization
            Mount("/api/v1/projects/{project}", app=ProjectDispatch(self)),
        ]
        app = Starlette(
            routes=routes,
            exception_handlers={
                CDFError: _cdf_error_handler,  # type: ignore[dict-item]
                HTTPException: _http_error_handler,  # type: ignore[dict-item]
                Exception: _internal_error_handler,
            },
        )
        app.state.emulator = self
        # Outermost, so a dropped connection reaches the server's own transport (no wrapper around `send`).
        return EmulatorMiddleware(app, self)

    async def _inspect_token(self, request: Request) -> Response:
        inspected = self.auth.inspect(request.headers.get("authorization"), self.project_names)
        with self.lock:  # the groups naming the subject as a member decide its capabilities, where there are any
            granted = {
                p["projectUrlName"]: self.resource("groups", p["projectUrlName"]).granted_to(inspected["subject"])
                for p in inspected["projects"]
                if p["projectUrlName"] in self.project_names
            }
        if any(granted.values()):
            for p in inspected["projects"]:
                p["groups"] = [g["id"] for g in granted.get(p["projectUrlName"], [])]
            inspected["capabilities"] = [
                {**cap, "projectScope": {"projects": [project]}}
                for project, groups in granted.items()
                for g in groups
                for cap in g.get("capabilities") or []
            ]
        return json_response(inspected)

    # -- in-process use -----------------------------------------------------------------------------------------
    @property
    def transport(self) -> AsyncEmulatorTransport:
        """An httpx async transport answering from this emulator (no socket)."""
        if self._transport is None:
            self._transport = AsyncEmulatorTransport(self.app)
        return self._transport

    @property
    def sync_transport(self) -> SyncEmulatorTransport:
        """An httpx sync transport answering from this emulator (no socket; a private loop thread)."""
        if self._sync_transport is None:
            self._sync_transport = SyncEmulatorTransport(self.app)
        return self._sync_transport

    def client(self, **kwargs: Any) -> httpx.Client:
        """A sync httpx client wired to this emulator. Example: `emu.client().get("/_emulator/health")`."""
        return httpx.Client(transport=self.sync_transport, base_url=kwargs.pop("base_url", self.base_url), **kwargs)

    def async_client(self, **kwargs: Any) -> httpx.AsyncClient:
        """An async httpx client wired to this emulator."""
        return httpx.AsyncClient(transport=self.transport, base_url=kwargs.pop("base_url", self.base_url), **kwargs)

    def close(self) -> None:
        """Stop the sync transport's loop thread (and, with a state file, write a final snapshot and close the
        journal; writes after this open a new journal segment)."""
        if self._sync_transport is not None:
            self._sync_transport.close()
        if self.durability is not None:
            self.durability.close()

    def __enter__(self) -> Emulator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def serve_in_thread(self, port: int = 0, host: str = "127.0.0.1") -> Iterator[str]:
        """Serve over a real socket (uvicorn in a thread); yields the base URL, e.g. "http://127.0.0.1:54321".

        Example:
            >>> with Emulator().serve_in_thread() as base_url:  # doctest: +SKIP
            ...     httpx.get(base_url + "/_emulator/health")
        """
        import uvicorn

        if not 0 <= port <= 65535:
            raise ValueError(f"port must be within 0..65535 (0: any free port), got {port}")
        config = uvicorn.Config(
            self.app, host=host, port=port, log_level="warning", lifespan="off", access_log=False, ws="none"
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, name="emulator-server", daemon=True)
        thread.start()
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError(f"The emulator server failed to start on {host}:{port}")
            thread.join(0.01)
        sock = server.servers[0].sockets[0]
        bound_port = sock.getsockname()[1]
        try:
            yield f"http://{host}:{bound_port}"
        finally:
            server.should_exit = True
            thread.join(10)
            if self.durability is not None:
                self.durability.snapshot()

    # -- state --------------------------------------------------------------------------------------------------
    def reset(self, project: str | None = None) -> None:
        """Forget all data (of every project, or only of `project`), faults and logged requests (ids restart from
        the seed). With a project, only that project's data goes; faults and the request log stay.

        Example:
            >>> emu = Emulator()
            >>> emu.reset()
            >>> len(emu.requests)
            0
        """
        with self.lock:
            if project is not None:
                self.project(project).reset()
            else:
                for each in self._projects.values():
                    each.reset()
                self.faults.clear()
                self.requests.clear()
                self.auth.reset()
                if self.validator is not None:
                    self.validator.violations.clear()
        if self.durability is not None:
            self.durability.snapshot()  # the journal holds writes, not resets: the state file must forget now

    def save(self, path: str | Path | None = None) -> None:
        """Write all data to `path` (default: the state file)."""
        from cognite.emulator.persistence import save_state

        target = Path(path) if path else self.state_file
        if target is None:
            raise ValueError("No path given and the emulator has no state_file")
        if self.durability is not None and target == self.state_file:
            self.durability.snapshot()
            return
        with self.lock:
            save_state(self, target)

    def load(self, path: str | Path) -> None:
        from cognite.emulator.persistence import load_state

        load_state(self, Path(path))

    @property
    def violations(self) -> list[str]:
        """Response-schema violations seen so far (only with validate_responses=True)."""
        return [] if self.validator is None else list(self.validator.violations)


def create_app(**options: Any) -> EmulatorMiddleware:
    """The emulator's ASGI app (options as for `Emulator`); the Emulator is at `app.state.emulator`.

    Example:
        >>> app = create_app(seed=3, strict_auth=False)
        >>> app.state.emulator.faults.rules
        []
    """
    return Emulator(**options).app


async def _cdf_error_handler(_request: Request, exc: CDFError) -> Response:
    return exc.response()


async def _internal_error_handler(request: Request, exc: Exception) -> Response:
    # A crash on a request that breaks the spec's request schema is the request's fault: 400 naming the field, as
    # CDF answers. Otherwise an emulator bug: answer like CDF (JSON error body); Starlette re-raises it for the log.
    from cognite.emulator.http import PARSED_BODY
    from cognite.emulator.validation import explain_crash

    state = request.scope.get("state") or {}
    problem = explain_crash(request.method, request.url.path, state.get(PARSED_BODY), request.path_params)
    if problem is not None:
        return CDFError(400, f"Invalid request: {problem}").response()
    return CDFError(500, f"Internal server error: {type(exc).__name__}: {exc}").response()


async def _http_error_handler(request: Request, exc: HTTPException) -> Response:
    if exc.status_code == 404:
        return CDFError(404, f"Not found: {request.method} {request.url.path}").response()
    if exc.status_code == 405:
        return CDFError(405, f"Method {request.method} not allowed on {request.url.path}").response()
    return CDFError(exc.status_code, str(exc.detail)).response()


__all__ = ["Emulator", "create_app", "DEFAULT_PROJECT"]
