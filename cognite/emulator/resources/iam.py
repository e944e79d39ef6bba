"""Access management: groups, security categories, sessions."""

from __future__ import annotations

import secrets
from typing import Any

from starlette.requests import Request
from starlette.routing import BaseRoute, Route

from cognite.emulator import filters as f
from cognite.emulator.http import CDFError
from cognite.emulator.ids import now_ms
from cognite.emulator.resource import Limits, Resource, check_items, endpoint
from cognite.emulator.store import Item

SESSION_LIFETIME_MS = 24 * 3600 * 1000


class Groups(Resource):
    """Groups: create, GET list (all of them), delete by a list of ids."""

    name = "groups"
    label = "Group"
    xid_field = None
    required = ("name",)
    timestamps = ()
    defaults = {"isDeleted": False, "capabilities": [], "metadata": {}}
    operations = frozenset({"create", "get_list", "delete"})

    def handle_get_list(self, query: dict[str, Any], req: Request) -> Any:
        # The emulator does not model group membership: every group is visible (as with all=true).
        return {"items": [self.render(i) for i in self.store.values()]}

    def granted_to(self, subject: str) -> list[Item]:
        """The groups naming ``subject`` as a member (in ``members`` or as ``sourceId``): what token inspection
        reports for it (a subject no group names may do everything)."""
        return [g for g in self.store.values() if subject in (g.get("members") or ()) or g.get("sourceId") == subject]


class SecurityCategories(Resource):
    name = "securitycategories"
    label = "Security category"
    xid_field = None
    required = ("name",)
    timestamps = ()
    operations = frozenset({"create", "get_list", "delete"})
    limits = Limits(list_default=25)


class Sessions(Resource):
    """Sessions: created from client credentials or by token exchange, listed, retrieved, revoked."""

    name = "sessions"
    label = "Session"
    xid_field = None
    timestamps = ()
    operations = frozenset({"create", "get_list", "byids"})
    create_status = 200
    limits = Limits(create=1, list_default=25)  # one session per request
    filters = {"status": f.eq("status")}

    def prepare(self, item: Item) -> Item:
        now = now_ms()
        if item.get("tokenExchange"):
            kind, client_id = "TOKEN_EXCHANGE", None
        elif "clientId" in item and "clientSecret" in item:
            kind, client_id = "CLIENT_CREDENTIALS", item["clientId"]
            registered = self.emu.auth.clients.get(client_id)
            if registered is not None and registered.client_secret != item["clientSecret"]:
                raise CDFError(400, "Invalid client credentials")
        elif "oidcToken" in item or item.get("oneshotTokenExchange"):
            kind, client_id = "ONESHOT_TOKEN_EXCHANGE", None
        else:
            raise CDFError(400, "A session needs clientId and clientSecret, or tokenExchange=true")
        session = {
            "type": kind,
            "status": "READY",
            "nonce": secrets.token_urlsafe(16),
            "creationTime": now,
            "expirationTime": now + SESSION_LIFETIME_MS,
        }
        if client_id is not None:
            session["clientId"] = client_id
        return session

    def handle_create(self, body: dict[str, Any], req: Request) -> Any:
        out = super().handle_create(body, req)
        # Only the create answer carries the nonce.
        for item in out["items"]:
            self.store.items[item["id"]] = {k: v for k, v in item.items() if k != "nonce"}
        fields = ("id", "type", "status", "nonce", "clientId")
        return {"items": [{k: i[k] for k in fields if k in i} for i in out["items"]]}

    def routes(self) -> list[BaseRoute]:
        return [
            *super().routes(),
            Route(self.path + "/revoke", endpoint(self.emu, self.handle_revoke), methods=["POST"]),
        ]

    def handle_revoke(self, body: dict[str, Any], _req: Request) -> Any:
        refs = check_items(body, self.limits.delete)
        items = self.lookup(refs, bool(body.get("ignoreUnknownIds")))
        revoked = []
        for item in items:
            new = {**item, "status": "REVOKED"}
            self.store.replace(item, new)
            revoked.append(new)
        return {"items": revoked}
