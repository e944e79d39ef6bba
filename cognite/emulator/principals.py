"""The organization's principals (on Cognite's auth host in CDF; the emulator answers for it on its own host, so
in-process clients reach it whatever host they address) and the project's own description, which names the
organization (``GET /api/v1/projects/{project}``).

Principals: the default user ("emulator-user"), the subject of every static token (users) and every registered
OAuth client (service accounts, external id = client id).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from cognite.emulator.http import CDFError, json_response, read_json
from cognite.emulator.resource import check_items, check_limit

if TYPE_CHECKING:
    from cognite.emulator.emulator import Emulator

ORGANIZATION = "emulator-org"
DEFAULT_USER = "emulator-user"


def _user(subject: str) -> dict[str, Any]:
    return {"id": subject, "type": "USER", "name": subject, "pictureUrl": ""}


def _service_account(client_id: str) -> dict[str, Any]:
    return {
        "id": client_id,
        "type": "SERVICE_ACCOUNT",
        "name": client_id,
        "pictureUrl": "",
        "externalId": client_id,
        "createdBy": {"orgId": ORGANIZATION, "userId": DEFAULT_USER},
        "createdTime": 0,
        "lastUpdatedTime": 0,
    }


def principals(emu: Emulator) -> list[dict[str, Any]]:
    """Every principal of the organization, users first, each once, in a stable order."""
    users = {DEFAULT_USER, *(t.subject for t in emu.auth._tokens.values() if t.subject not in emu.auth.clients)}
    out = [_user(u) for u in sorted(users)]
    return out + [_service_account(c) for c in sorted(emu.auth.clients)]


def principal_routes(emu: Emulator) -> list[BaseRoute]:
    def check_org(request: Request) -> None:
        if request.path_params["org"] != ORGANIZATION:
            raise CDFError(404, f"Organization {request.path_params['org']} not found")

    async def project(request: Request) -> Response:
        name = request.path_params["project"]
        if name not in emu.project_names:
            raise CDFError(404, f"Project {name} not found")
        return json_response({"name": name, "urlName": name, "organization": ORGANIZATION})

    async def me(request: Request) -> Response:
        subject = emu.auth.inspect(request.headers.get("authorization"), [])["subject"]
        kind = _service_account if subject in emu.auth.clients else _user
        return json_response(kind(subject))

    async def list_principals(request: Request) -> Response:
        check_org(request)
        query = request.query_params
        limit = check_limit(query.get("limit"), 25, 1000)
        types = {t.upper() for t in query.getlist("types")}
        found = [p for p in principals(emu) if not types or p["type"] in types]
        start = int(query.get("cursor") or 0)
        page = found[start : start + limit]
        body: dict[str, Any] = {"items": page}
        if start + limit < len(found):
            body["nextCursor"] = str(start + limit)
        return json_response(body)

    async def by_ids(request: Request) -> Response:
        check_org(request)
        body = await read_json(request)
        refs = check_items(body, 1000)
        known = principals(emu)
        found: list[dict[str, Any]] = []
        missing: list[dict[str, Any]] = []
        for ref in refs:
            key, value = ("id", ref.get("id")) if "id" in ref else ("externalId", ref.get("externalId"))
            match = next((p for p in known if p.get(key) == value), None)
            (found if match else missing).append(match or ref)
        if missing and not body.get("ignoreUnknownIds"):
            raise CDFError(400, "Principals not found", missing=missing)
        return json_response({"items": found})

    return [
        Route("/api/v1/projects/{project}", project, methods=["GET"]),
        Route("/api/v1/principals/me", me, methods=["GET"]),
        Route("/api/v1/orgs/{org}/principals", list_principals, methods=["GET"]),
        Route("/api/v1/orgs/{org}/principals/byids", by_ids, methods=["POST"]),
    ]
