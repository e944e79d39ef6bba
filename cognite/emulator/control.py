"""Control plane under /_emulator: health, reset, faults, the request log, response-validation violations,
and persistence. These paths bypass fault injection and the request log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount, Route

from cognite.emulator.http import CDFError, json_response, read_json
from cognite.emulator.projects import ProjectDispatch

if TYPE_CHECKING:
    from cognite.emulator.emulator import Emulator


def control_routes(emu: Emulator) -> list[BaseRoute]:
    async def health(_request: Request) -> Response:
        return json_response({"status": "ok", "resources": sorted(emu.services)})

    async def projects(_request: Request) -> Response:
        return json_response({"items": [{"name": name} for name in emu.project_names]})

    async def reset(request: Request) -> Response:
        emu.reset(request.query_params.get("project"))  # ?project=p: only that project's data
        return json_response({})

    async def faults(request: Request) -> Response:
        if request.method == "POST":
            body = await read_json(request)
            try:
                emu.faults.configure(body)
            except (TypeError, ValueError) as e:
                raise CDFError(400, str(e)) from e
        elif request.method == "DELETE":
            emu.faults.clear()
        return json_response(emu.faults.to_dict())

    async def requests(request: Request) -> Response:
        if request.method == "DELETE":
            emu.requests.clear()
            return json_response({})
        limit = request.query_params.get("limit")
        items = emu.requests.to_json(int(limit) if limit else None, request.query_params.get("project"))
        return json_response({"items": items})

    async def violations(_request: Request) -> Response:
        return json_response({"items": emu.violations})

    async def save(_request: Request) -> Response:
        if emu.state_file is None:
            raise CDFError(400, "The emulator runs without --state-file")
        emu.save()
        return json_response({})

    return [
        Route("/_emulator/health", health, methods=["GET"]),
        Route("/_emulator/projects", projects, methods=["GET"]),
        Route("/_emulator/reset", reset, methods=["POST"]),
        Route("/_emulator/faults", faults, methods=["GET", "POST", "DELETE"]),
        Route("/_emulator/requests", requests, methods=["GET", "DELETE"]),
        Route("/_emulator/violations", violations, methods=["GET"]),
        Route("/_emulator/save", save, methods=["POST"]),
        Mount("/_emulator/projects/{project}", app=ProjectDispatch(emu, control=True)),
    ]
