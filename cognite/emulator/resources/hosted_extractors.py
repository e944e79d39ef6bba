"""Hosted extractors: sources, destinations, jobs (with logs and metrics) and mappings, each a declared resource.

The emulator stores and validates them as CDF does (the spec's required fields per source ``type``, unique external
ids, 409 on duplicates, jobs naming existing sources and destinations); it does not connect to sources, so a job
that should run reports ``startup_error`` with a log entry saying so, and its metrics list is empty.
"""

from __future__ import annotations

from typing import Any

from starlette.routing import BaseRoute, Route

from cognite.emulator.http import CDFError
from cognite.emulator.ids import now_ms
from cognite.emulator.resource import Resource, check_limit, endpoint
from cognite.emulator.store import Item

_CRUD = frozenset({"create", "get_list", "byids", "update", "delete"})
_SECRETS = ("keyValue", "password", "clientSecret", "value")  # write-only fields CDF never returns
NOT_CONNECTED = "The emulator does not connect to hosted extractor sources; the job does not run locally."


def _without_secrets(item: Item) -> Item:
    out = {k: v for k, v in item.items() if k not in _SECRETS[:1]}
    auth = out.get("authentication")
    if isinstance(auth, dict):
        out["authentication"] = {k: v for k, v in auth.items() if k not in _SECRETS[1:]}
    return out


class Sources(Resource):
    name, path, label = "hostedextractors_sources", "/hostedextractors/sources", "Source"
    key_field, from_spec, operations = "externalId", True, _CRUD

    def render(self, item: Item) -> Item:
        return _without_secrets(item)

    def delete_items(self, items: list[Item], body: dict[str, Any]) -> None:
        self.emu.resource("hostedextractors_jobs").release(self, "sourceId", items, bool(body.get("force")))
        super().delete_items(items, body)


class Destinations(Resource):
    name, path, label = "hostedextractors_destinations", "/hostedextractors/destinations", "Destination"
    key_field, from_spec, operations = "externalId", True, _CRUD

    def prepare(self, item: Item) -> Item:
        return self._session(item)

    def check_update(self, old: Item, new: Item) -> None:
        self._session(new)

    def _session(self, item: Item) -> Item:
        """The credentials' nonce becomes the session the destination writes as (CDF returns only its id)."""
        credentials = item.pop("credentials", None)
        if credentials is not None:
            if not isinstance(credentials, dict) or not isinstance(credentials.get("nonce"), str):
                raise CDFError(400, "credentials.nonce must be a string")
            item["sessionId"] = self.emu.ids.next()
        return item

    def delete_items(self, items: list[Item], body: dict[str, Any]) -> None:
        self.emu.resource("hostedextractors_jobs").release(self, "destinationId", items, bool(body.get("force")))
        super().delete_items(items, body)


class Mappings(Resource):
    name, path, label = "hostedextractors_mappings", "/hostedextractors/mappings", "Mapping"
    key_field, from_spec, operations = "externalId", True, _CRUD
    defaults = {"input": {"type": "json"}}

    def delete_items(self, items: list[Item], body: dict[str, Any]) -> None:
        jobs = self.emu.resource("hostedextractors_jobs")
        used = [i for i in items if any(j.get("format", {}).get("mappingId") == i["externalId"] for j in jobs.all())]
        if used and not body.get("force"):
            raise CDFError(409, "Mappings are used by jobs; delete with force", duplicated=_ids(used))
        super().delete_items(items, body)


class Jobs(Resource):
    name, path, label = "hostedextractors_jobs", "/hostedextractors/jobs", "Job"
    key_field, from_spec, operations = "externalId", True, _CRUD
    defaults = {"targetStatus": "running"}

    def __init__(self, emu: Any) -> None:
        super().__init__(emu)
        self.logs: list[Item] = []

    def all(self) -> list[Item]:
        return list(self.store.items.values())

    def prepare(self, item: Item) -> Item:
        for field, service in (
            ("sourceId", "hostedextractors_sources"),
            ("destinationId", "hostedextractors_destinations"),
        ):
            if self.emu.resource(service).get({"externalId": item[field]}) is None:
                raise CDFError(400, f"{field} {item[field]!r} does not exist", missing=[{"externalId": item[field]}])
        source = self.emu.resource("hostedextractors_sources").get({"externalId": item["sourceId"]})
        if item.get("config") is None and source["type"] != "eventhub":  # CDF returns a job's config always
            raise CDFError(400, f"config may not be null for a job on a {source['type']} source")
        return item

    def after_insert(self, item: Item) -> None:
        self._run(item)

    def check_update(self, old: Item, new: Item) -> None:
        if new.get("targetStatus") != old.get("targetStatus"):
            self._run(new)

    def _run(self, job: Item) -> None:
        """The status a job reaches locally: paused, or startup_error (the emulator connects to no source)."""
        paused = job.get("targetStatus", "running") == "paused"
        job["status"] = "paused" if paused else "startup_error"
        entry = {"jobExternalId": job["externalId"], "createdTime": now_ms()}
        self.logs.append(
            {**entry, "type": "paused"} if paused else {**entry, "type": "startup_error", "message": NOT_CONNECTED}
        )

    def after_delete(self, item: Item) -> None:
        self.logs = [e for e in self.logs if e["jobExternalId"] != item["externalId"]]

    def release(self, owner: Resource, field: str, items: list[Item], force: bool) -> None:
        """Jobs using deleted sources / destinations: 409 unless `force`, then they are deleted too."""
        xids = {i["externalId"] for i in items}
        using = [j for j in self.all() if j.get(field) in xids]
        if using and not force:
            raise CDFError(409, f"{owner.label}s are used by jobs; delete with force", duplicated=_ids(using))
        self.delete_items(using, {})

    def reset(self) -> None:
        super().reset()
        self.logs = []

    def routes(self) -> list[BaseRoute]:
        return [
            Route(p, endpoint(self.emu, fn), methods=["GET"])
            for p, fn in ((self.path + "/logs", self.handle_logs), (self.path + "/metrics", self.handle_metrics))
        ] + super().routes()

    def _matching(self, query: dict[str, Any], records: list[Item]) -> dict[str, Any]:
        limit = check_limit(query.get("limit"), 100, self.limits.list_max)
        jobs = {
            j["externalId"]
            for j in self.all()
            if all(
                query.get(q) in (None, j.get(f))
                for q, f in (("job", "externalId"), ("source", "sourceId"), ("destination", "destinationId"))
            )
        }
        return {"items": [r for r in records if r["jobExternalId"] in jobs][:limit]}

    def handle_logs(self, query: dict[str, Any], _req: Any) -> Any:
        return self._matching(query, self.logs[::-1])

    def handle_metrics(self, query: dict[str, Any], _req: Any) -> Any:
        return self._matching(query, [])  # no job runs locally: no metrics


def _ids(items: list[Item]) -> list[dict[str, Any]]:
    return [{"externalId": i["externalId"]} for i in items]
