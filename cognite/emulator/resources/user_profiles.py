"""User profiles: one per user the project has seen (a profile is made when a user first asks for ``/profiles/me``),
listed by name, retrieved by user identifier, searched by name prefix; ``POST /update`` sets whether profiles are
enabled (the project's ``userProfilesConfiguration``)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.routing import BaseRoute, Route

from cognite.emulator.http import CDFError
from cognite.emulator.ids import now_ms
from cognite.emulator.resource import Resource, check_limit, endpoint
from cognite.emulator.store import Item


class UserProfiles(Resource):
    name = "user_profiles"
    path = "/profiles"
    label = "User profile"
    key_field = "userIdentifier"
    xid_field = None
    timestamps = ()
    operations = frozenset({"get_list", "byids"})

    def __init__(self, emu: Any) -> None:
        super().__init__(emu)
        self.enabled = True

    def routes(self) -> list[BaseRoute]:
        return [
            Route(self.path + "/me", endpoint(self.emu, self.handle_me), methods=["GET"]),
            Route(self.path + "/search", endpoint(self.emu, self.handle_search), methods=["POST"]),
            Route("/update", endpoint(self.emu, self.handle_project_update), methods=["POST"]),
            *super().routes(),
        ]

    def profile_of(self, subject: str) -> Item:
        """The subject's profile, made on first sight (a service principal's identity type is SERVICE_PRINCIPAL)."""
        found = self.store.get(subject)
        if found is None:
            kind = "SERVICE_PRINCIPAL" if subject in self.emu.auth.clients else "USER"
            found = {
                "userIdentifier": subject,
                "displayName": subject,
                "identityType": kind,
                "lastUpdatedTime": now_ms(),
            }
            self.store.put(found)
        return found

    def handle_me(self, _query: dict[str, Any], req: Request) -> Any:
        if not self.enabled:
            raise CDFError(403, "User profiles are disabled in this project")
        return self.profile_of(self.emu.auth.inspect(req.headers.get("authorization"), [])["subject"])

    def list_page(self, body: dict[str, Any], flt: Any, maximum: int | None = None) -> dict[str, Any]:
        return super().list_page({**body, "sort": [{"property": ["displayName"]}]}, flt, maximum)

    def handle_search(self, body: dict[str, Any], _req: Request) -> Any:
        limit = check_limit(body.get("limit"), self.limits.search_default, self.limits.search_max)
        name = (body.get("search") or {}).get("name")
        if not isinstance(name, str):
            raise CDFError(400, "search.name must be a string")
        prefix = name.lower()

        def words(p: Item) -> list[str]:
            text = " ".join(str(p.get(k) or "") for k in ("givenName", "surname", "displayName"))
            return text.lower().split()

        found = [p for p in self.store.values() if any(w.startswith(prefix) for w in words(p))]
        return {"items": found[:limit]}

    def handle_project_update(self, body: dict[str, Any], req: Request) -> Any:
        change = ((body.get("update") or {}).get("userProfilesConfiguration") or {}).get("set")
        if not isinstance(change, dict) or not isinstance(change.get("enabled"), bool):
            raise CDFError(400, "update.userProfilesConfiguration.set.enabled must be a boolean")
        self.enabled = change["enabled"]
        project = req.path_params.get("project", "")
        return {"name": project, "urlName": project, "userProfilesConfiguration": {"enabled": self.enabled}}

    def reset(self) -> None:
        super().reset()
        self.enabled = True
