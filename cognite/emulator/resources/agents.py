"""Atlas AI agents: stored and validated (upsert by external id); chatting needs a language model the emulator
does not have, so ``/ai/agents/chat`` answers a clear 501."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.routing import BaseRoute, Route

from cognite.emulator.http import CDFError
from cognite.emulator.ids import now_ms
from cognite.emulator.resource import Resource, endpoint
from cognite.emulator.store import Item

# the runtime an agent gets when the upsert names none (the version the official SDK's examples pin)
DEFAULT_RUNTIME_VERSION = "1.2.0"
CHAT_NOT_SUPPORTED = "Agent chat is not supported by the local emulator (it runs no language model)."


class Agents(Resource):
    name, path, label = "agents", "/ai/agents", "Agent"
    key_field, required = "externalId", ("externalId", "name")
    operations = frozenset({"create", "get_list", "byids", "delete"})
    create_status = 200
    defaults = {"runtimeVersion": DEFAULT_RUNTIME_VERSION, "labels": [], "tools": []}

    def handle_create(self, body: dict[str, Any], req: Request) -> Any:
        """Upsert; the owner is the caller (the subject of its token)."""
        owner = self.emu.auth.inspect(req.headers.get("authorization"), [])["subject"]
        items = body.get("items")
        if isinstance(items, list):
            body = {**body, "items": [{**i, "ownerId": owner} if isinstance(i, dict) else i for i in items]}
        return super().handle_create(body, req)

    def check_duplicates(self, items: list[Item]) -> None:
        """Upsert: an existing external id is replaced, only repeats within the request are duplicates."""
        seen = [i["externalId"] for i in items]
        dups = sorted({x for x in seen if seen.count(x) > 1})
        if dups:
            raise CDFError(409, "Agent id duplicated", duplicated=[{"externalId": x} for x in dups])

    def create_items(self, items: list[Item]) -> list[Item]:
        out = []
        for item in items:
            old = self.store.get(item["externalId"])
            if old is None:
                out.append(self.insert(item))
                continue
            new = {**self.defaults, **item, "createdTime": old["createdTime"], "lastUpdatedTime": now_ms()}
            self.store.replace(old, new)
            out.append(new)
        return out

    def routes(self) -> list[BaseRoute]:
        return [Route(self.path + "/chat", endpoint(self.emu, self.handle_chat), methods=["POST"]), *super().routes()]

    def handle_chat(self, body: dict[str, Any], _req: Request) -> Any:
        if self.get({"externalId": body.get("agentExternalId")}) is None:
            raise CDFError(404, f"Agent {body.get('agentExternalId')!r} not found")
        raise CDFError(501, CHAT_NOT_SUPPORTED)
