"""Postgres gateway: users (CDF names them and hands out their password once) and each user's tables.

Stored and validated as CDF does; the emulator runs no PostgreSQL server, so the users' credentials connect nowhere.
"""

from __future__ import annotations

import secrets
from typing import Any

from starlette.requests import Request

from cognite.emulator.filters import Predicate
from cognite.emulator.http import CDFError
from cognite.emulator.resource import Resource
from cognite.emulator.store import Item

HOST = "localhost"  # where the gateway would listen
# a view property's type -> the foreign-table column type (list properties are arrays of it)
_PG_TYPES = {
    "text": "TEXT",
    "int32": "BIGINT",
    "int64": "BIGINT",
    "float32": "REAL",
    "float64": "DOUBLE PRECISION",
    "boolean": "BOOL",
    "timestamp": "TIMESTAMPTZ",
    "date": "VARCHAR",
    "json": "JSON",
}


def _ignore_unknown(body: dict[str, Any]) -> dict[str, Any]:
    """The official SDK sends `ignore_unknown_ids` (snake case) on these deletes: read both spellings."""
    if "ignore_unknown_ids" in body:
        body = {**body, "ignoreUnknownIds": body.pop("ignore_unknown_ids")}
    return body


class Users(Resource):
    name, path, label = "postgresgateway_users", "/postgresgateway", "User"
    key_field, xid_field, from_spec = "username", None, True
    operations = frozenset({"create", "get_list", "list", "byids", "update", "delete"})
    timestamps = ("createdTime", "lastUpdatedTime")
    updates = {"credentials": "required"}  # the spec's update body (ItemsUserUpdate) declares no item schema

    def prepare(self, item: Item) -> Item:
        credentials = item.pop("credentials")
        if not isinstance(credentials, dict) or not isinstance(credentials.get("nonce"), str):
            raise CDFError(400, "credentials.nonce must be a string")
        return {"username": f"user_{secrets.token_hex(6)}", "sessionId": self.emu.ids.next()}

    def handle_create(self, body: dict[str, Any], req: Request) -> Any:
        created = super().handle_create(body, req)
        # the password is shown once, in the create reply, and not stored
        return {"items": [{**i, "host": HOST, "password": secrets.token_urlsafe(16)} for i in created["items"]]}

    def check_update(self, old: Item, new: Item) -> None:
        if "credentials" in new:
            new.pop("credentials")
            new["sessionId"] = self.emu.ids.next()

    def handle_delete(self, body: dict[str, Any], req: Request) -> Any:
        return super().handle_delete(_ignore_unknown(body), req)

    def after_delete(self, item: Item) -> None:
        self.emu.resource("postgresgateway_tables").drop_user(item["username"])


class Tables(Resource):
    """Tables keyed by (username, tablename): stored under ``key`` = "username/tablename" with ``_user``."""

    name, path, label = "postgresgateway_tables", "/postgresgateway/tables/{username}", "Table"
    key_field, xid_field, from_spec = "key", None, True
    operations = frozenset({"create", "get_list", "byids", "delete"})
    timestamps = ("createdTime",)

    def _user(self, req: Request) -> str:
        username = req.path_params["username"]
        if self.emu.resource("postgresgateway_users").get({"username": username}) is None:
            raise CDFError(404, f"User {username!r} not found")
        return str(username)

    def _keyed(self, refs: Any, user: str) -> list[Any]:
        if not isinstance(refs, list):
            raise CDFError(400, "items: must be a list")
        return [{**r, "key": f"{user}/{r.get('tablename')}", "_user": user} if isinstance(r, dict) else r for r in refs]

    def render(self, item: Item) -> Item:
        """As the spec's Table: no createdTime (a view table's type stays "view": see validation.KNOWN_ENUM_ERRATA)."""
        return {k: v for k, v in item.items() if k not in ("key", "_user", "createdTime")}

    def render_created(self, item: Item) -> Item:
        """As the spec's TableCreated (the create reply), with createdTime."""
        return {k: v for k, v in item.items() if k not in ("key", "_user")}

    def prepare(self, item: Item) -> Item:
        """A view table's columns are the view's properties (none while the emulator does not know the view)."""
        if item.get("type") == "view":
            options = item.get("options") or {}
            view = self.emu.resource("dms_schema").view(
                options.get("space"), options.get("externalId"), options.get("version")
            )
            item["columns"] = {
                name: {"type": _PG_TYPES.get(prop["type"]["type"], "JSON") + ("[]" if prop["type"].get("list") else "")}
                for name, prop in (view or {}).get("properties", {}).items()
                if isinstance(prop.get("type"), dict)
            }
        return item

    def handle_create(self, body: dict[str, Any], req: Request) -> Any:
        user = self._user(req)
        created = super().handle_create({**body, "items": self._keyed(body.get("items"), user)}, req)
        stored = self.store.items
        return {"items": [self.render_created(stored[f"{user}/{i['tablename']}"]) for i in created["items"]]}

    def handle_byids(self, body: dict[str, Any], req: Request) -> Any:
        user = self._user(req)
        return super().handle_byids(
            {**body, "items": [{"key": r["key"]} for r in self._keyed(body.get("items"), user)]}, req
        )

    def handle_delete(self, body: dict[str, Any], req: Request) -> Any:
        user = self._user(req)
        body = _ignore_unknown(body)
        return super().handle_delete(
            {**body, "items": [{"key": r["key"]} for r in self._keyed(body.get("items"), user)]}, req
        )

    def handle_get_list(self, query: dict[str, Any], req: Request) -> Any:
        user = self._user(req)
        body: dict[str, Any] = {k: query[k] for k in ("limit", "cursor") if k in query}
        return self.list_page(body, {"_user": user}, self.get_list_max)

    def list_predicate(self, flt: Any) -> Predicate | None:
        user = flt["_user"]
        return lambda item: item["_user"] == user

    def drop_user(self, username: str) -> None:
        for item in [i for i in self.store.items.values() if i["_user"] == username]:
            self.store.remove(item["key"])
