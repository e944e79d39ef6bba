"""Transformations and their schedules, notifications, jobs, schemas and external data sources.

State is real (CRUD with CDF's identifiers, limits and validation; credentials are kept but never sent back, as CDF
does: a transformation only says it has them). Running SQL is not: `run`, `query/run` (preview) and `cancel` answer
501 with a clear message after validating the request, so no job ever exists locally and the jobs endpoints answer
from an empty table (unknown job ids are reported `missing`, as CDF does).
"""

from __future__ import annotations

import re
from typing import Any

from cdf_api.models import ConflictMode, TransformationFilterDestinationType
from starlette.requests import Request
from starlette.routing import BaseRoute, Route

from cognite.emulator import filters as f
from cognite.emulator.http import CDFError
from cognite.emulator.ids import now_ms
from cognite.emulator.projects import current_project
from cognite.emulator.resource import Resource, check_items, check_limit, endpoint
from cognite.emulator.resources.transformation_schemas import schema_columns
from cognite.emulator.store import Item

DESTINATION_TYPES = frozenset(m.value for m in TransformationFilterDestinationType)  # the spec's enum
CONFLICT_MODES = frozenset(m.value for m in ConflictMode)
_CREDENTIALS = ("sourceOidcCredentials", "destinationOidcCredentials", "sourceNonce", "destinationNonce")
_OIDC_REQUIRED = ("clientId", "clientSecret", "tokenUri", "cdfProjectName")
_NONCE_REQUIRED = ("sessionId", "nonce", "cdfProjectName")
_CRON = re.compile(r"^\s*(\S+\s+){4}\S+\s*$")
NOT_LOCAL = (
    "Running SQL is not supported by the local CDF emulator: transformations, previews and jobs need CDF's "
    "Spark service. Create, schedule and inspect transformations here; run them against CDF."
)


def _transformation_ref(body: dict[str, Any], id_key: str = "id", xid_key: str = "externalId") -> dict[str, Any]:
    if body.get(id_key) is not None:
        return {"id": body[id_key]}
    if body.get(xid_key) is not None:
        return {"externalId": body[xid_key]}
    raise CDFError(400, f"Give the transformation's {id_key} or {xid_key}")


class Transformations(Resource):
    name = "transformations"
    label = "Transformation"
    required = ("externalId", "name", "ignoreNullFields")
    create_status = 200
    operations = frozenset({"create", "get_list", "byids", "update", "delete"})
    defaults = {"query": "", "destination": {"type": "assets"}, "conflictMode": "upsert", "isPublic": True}
    filters = {
        "isPublic": f.eq("isPublic"),
        "conflictMode": f.eq("conflictMode"),
        "dataSetIds": f.refs_in("dataSetId", "datasets"),
        "createdTime": f.time_range("createdTime"),
        "lastUpdatedTime": f.time_range("lastUpdatedTime"),
    }
    updates = {
        "name": "required",
        "externalId": "required",
        "destination": "custom",
        "conflictMode": "custom",
        "query": "required",
        "isPublic": "required",
        "ignoreNullFields": "required",
        "dataSetId": "set",
        "tags": "list",
        **dict.fromkeys(_CREDENTIALS, "custom"),
    }

    def __init__(self, emu: Any) -> None:
        super().__init__(emu)
        self.secrets: dict[int, dict[str, Any]] = {}  # id -> credentials / nonces (never rendered)

    def reset(self) -> None:
        super().reset()
        self.secrets.clear()

    def dump(self) -> Any:
        return {"items": super().dump(), "secrets": {str(k): v for k, v in self.secrets.items()}}

    def load(self, data: Any) -> None:
        super().load(data["items"])
        self.secrets = {int(k): v for k, v in data["secrets"].items()}

    # -- validation ---------------------------------------------------------------------------------------------
    def _check_destination(self, dest: Any) -> None:
        if not isinstance(dest, dict) or dest.get("type") not in DESTINATION_TYPES:
            got = dest.get("type") if isinstance(dest, dict) else dest
            raise CDFError(400, f"destination.type must be one of {sorted(DESTINATION_TYPES)}, got {got!r}")
        needs = {"raw": ("database", "table"), "sequence_rows": ("externalId",), "instances": ("dataModel",)}
        for key in needs.get(dest["type"], ()):
            if not dest.get(key):
                raise CDFError(400, f"destination.{key} is required for destination type {dest['type']!r}")

    def _check_credentials(self, field: str, value: Any) -> None:
        required = _NONCE_REQUIRED if field.endswith("Nonce") else _OIDC_REQUIRED
        if not isinstance(value, dict):
            raise CDFError(400, f"{field} must be an object")
        missing = [k for k in required if value.get(k) in (None, "")]
        if missing:
            raise CDFError(400, f"{field}: {', '.join(missing)} may not be null")
        if field.endswith("Nonce") and self.emu.resource("sessions").store.get(value["sessionId"]) is None:
            raise CDFError(400, f"{field}: session {value['sessionId']} does not exist (create it with /sessions)")

    def prepare(self, item: Item) -> Item:
        if "destination" in item:
            item["destination"] = _without_nulls(item["destination"])
            self._check_destination(item["destination"])
        if not item.get("tags"):
            item.pop("tags", None)
        if "conflictMode" in item and item["conflictMode"] not in CONFLICT_MODES:
            raise CDFError(400, f"conflictMode must be one of {sorted(CONFLICT_MODES)}")
        if not isinstance(item["name"], str) or not 1 <= len(item["name"]) <= 128:
            raise CDFError(400, "name must be a string of 1 to 128 characters")
        secrets = {}
        for field in _CREDENTIALS:
            if field in item:
                value = item.pop(field)
                self._check_credentials(field, value)
                secrets[field] = value
        item["_secrets"] = secrets
        return item

    def insert(self, item: Item, now: int | None = None) -> Item:
        secrets = item.pop("_secrets", {})
        new = super().insert(item, now)
        self.secrets[new["id"]] = secrets
        return new

    def custom_update(self, item: Item, field: str, op: dict[str, Any]) -> None:
        if "setNull" in op and field in _CREDENTIALS:
            self.secrets.setdefault(item["id"], {}).pop(field, None)
            return
        if "set" not in op:
            raise CDFError(400, f"Invalid update of {field}: {op}")
        value = op["set"]
        if field == "destination":
            value = _without_nulls(value)
            self._check_destination(value)
            item[field] = value
        elif field == "conflictMode":
            if value not in CONFLICT_MODES:
                raise CDFError(400, f"conflictMode must be one of {sorted(CONFLICT_MODES)}")
            item[field] = value
        else:
            self._check_credentials(field, value)
            self.secrets.setdefault(item["id"], {})[field] = value

    def check_update(self, old: Item, new: Item) -> None:
        if "tags" in new and not new["tags"]:
            del new["tags"]  # CDF keeps no empty tag list

    def after_delete(self, item: Item) -> None:
        self.secrets.pop(item["id"], None)
        self.emu.resource("transformation_schedules").forget(item["id"])
        self.emu.resource("transformation_notifications").forget(item["id"])

    def after_update(self, old: Item, new: Item) -> None:
        if old["externalId"] != new["externalId"]:
            self.emu.resource("transformation_schedules").renamed(new["id"], new["externalId"])

    def render(self, item: Item) -> Item:
        secrets = self.secrets.get(item["id"], {})
        out = dict(item)
        out["owner"] = "emulator"
        out["ownerIsCurrentUser"] = True
        out["hasSourceOidcCredentials"] = "sourceOidcCredentials" in secrets or "sourceNonce" in secrets
        out["hasDestinationOidcCredentials"] = "destinationOidcCredentials" in secrets or "destinationNonce" in secrets
        for side in ("source", "destination"):
            nonce = secrets.get(f"{side}Nonce")
            if nonce is not None:
                session: dict[str, Any] = {"sessionId": nonce["sessionId"], "projectName": nonce["cdfProjectName"]}
                if nonce.get("clientId"):
                    session["clientId"] = nonce["clientId"]
                out[f"{side}Session"] = session
        schedule = self.emu.resource("transformation_schedules").store.get(item["id"])
        if schedule is not None:
            out["schedule"] = schedule
        return out

    # -- routes beyond the generic ones ----------------------------------------------------------------------------
    def routes(self) -> list[BaseRoute]:
        e, p = self.emu, self.path
        return [
            Route(p + "/filter", endpoint(e, self.handle_filter), methods=["POST"]),
            Route(p + "/run", endpoint(e, self.handle_run), methods=["POST"]),
            Route(p + "/cancel", endpoint(e, self.handle_cancel), methods=["POST"]),
            Route(p + "/query/run", endpoint(e, self.handle_preview), methods=["POST"]),
            Route(p + "/schema/{schemaType}", endpoint(e, self.handle_schema), methods=["GET"]),
            Route(p + "/jobs", endpoint(e, self.handle_jobs), methods=["GET"]),
            Route(p + "/jobs/byids", endpoint(e, self.handle_jobs_byids), methods=["POST"]),
            Route(p + "/jobs/{id:int}/metrics", endpoint(e, self.handle_job_metrics), methods=["GET"]),
            *super().routes(),
        ]

    def list_predicate(self, flt: Any) -> Any:
        flt = dict(flt or {})
        include_public = flt.pop("isPublic", flt.pop("includePublic", True))
        include_public = include_public not in (False, "false")
        flt.pop("withJobDetails", None)
        name_re = _regex(flt.pop("nameRegex", None), "nameRegex")
        query_re = _regex(flt.pop("queryRegex", None), "queryRegex")
        dest_type = flt.pop("destinationType", None)
        if dest_type is not None and dest_type not in DESTINATION_TYPES:
            raise CDFError(400, f"destinationType must be one of {sorted(DESTINATION_TYPES)}")
        project = flt.pop("cdfProjectName", None)
        blocked = flt.pop("hasBlockedError", None)
        tags = flt.pop("tags", None)
        wanted_tags = set(tags.get("containsAny") or []) if isinstance(tags, dict) else None
        base = super().list_predicate(flt or None)

        def match(item: Item) -> bool:
            if not include_public and item.get("isPublic"):
                return False
            if name_re is not None and not name_re.search(item.get("name") or ""):
                return False
            if query_re is not None and not query_re.search(item.get("query") or ""):
                return False
            if dest_type is not None and item["destination"].get("type") != dest_type:
                return False
            if project is not None and project != current_project.get():
                return False
            if blocked is True:  # the emulator never blocks a transformation
                return False
            if wanted_tags is not None and not wanted_tags & set(item.get("tags") or []):
                return False
            return base is None or base(item)

        return match

    def handle_filter(self, body: dict[str, Any], _req: Request) -> Any:
        return self.list_page(body, body.get("filter"))

    def _existing(self, body: dict[str, Any]) -> Item:
        return self.lookup([_transformation_ref(body)], ignore_unknown=False)[0]

    def handle_run(self, body: dict[str, Any], _req: Request) -> Any:
        self._existing(body)
        raise CDFError(501, NOT_LOCAL)

    def handle_cancel(self, body: dict[str, Any], _req: Request) -> Any:
        self._existing(body)
        raise CDFError(400, "The transformation has no running job (the local CDF emulator never runs one)")

    def handle_preview(self, body: dict[str, Any], _req: Request) -> Any:
        if not isinstance(body.get("query"), str) or not body["query"].strip():
            raise CDFError(400, "query may not be null")
        raise CDFError(501, NOT_LOCAL)

    def handle_schema(self, query: dict[str, Any], req: Request) -> Any:
        kind = req.path_params["schemaType"]
        mode = query.get("conflictMode")
        if mode is not None and mode not in CONFLICT_MODES:
            raise CDFError(400, f"conflictMode must be one of {sorted(CONFLICT_MODES)}")
        columns = schema_columns(kind, mode)
        if columns is None:
            raise CDFError(400, f"Unknown schema type {kind!r}: one of {sorted(_schema_types())}")
        return {"items": columns}

    # -- jobs: none exist locally (running is refused) --------------------------------------------------------------
    def handle_jobs(self, query: dict[str, Any], _req: Request) -> Any:
        check_limit(query.get("limit"), 100, 1000)
        if "transformationId" in query or "transformationExternalId" in query:
            ref = _transformation_ref(
                {k: int(v) if k == "transformationId" else v for k, v in query.items()},
                "transformationId",
                "transformationExternalId",
            )
            self.lookup([ref], ignore_unknown=False)
        return {"items": []}

    def handle_jobs_byids(self, body: dict[str, Any], _req: Request) -> Any:
        refs = check_items(body, 1000)
        if not body.get("ignoreUnknownIds"):
            raise CDFError(400, "Transformation job ids not found", missing=[{"id": r.get("id")} for r in refs])
        return {"items": []}

    def handle_job_metrics(self, _query: dict[str, Any], req: Request) -> Any:
        raise CDFError(400, "Transformation job ids not found", missing=[{"id": req.path_params["id"]}])


def _without_nulls(value: Any) -> Any:
    """A JSON value with null members left out (CDF stores a destination without them)."""
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    return value


def _regex(pattern: Any, name: str) -> re.Pattern[str] | None:
    if pattern is None:
        return None
    try:
        return re.compile(pattern)
    except (re.error, TypeError) as e:
        raise CDFError(400, f"{name} is not a valid regular expression: {e}") from e


def _schema_types() -> set[str]:
    from cognite.emulator.resources.transformation_schemas import SCHEMAS

    return set(SCHEMAS)


class TransformationSchedules(Resource):
    """One schedule per transformation, keyed by the transformation's id (and named by its externalId)."""

    name = "transformation_schedules"
    path = "/transformations/schedules"
    label = "Transformation schedule"
    required = ("interval",)
    operations = frozenset({"create", "get_list", "byids", "update", "delete"})
    defaults = {"isPaused": False}
    updates = {"interval": "custom", "isPaused": "required"}

    def _transformations(self) -> Transformations:
        return self.emu.resource("transformations")  # type: ignore[no-any-return]

    def prepare(self, item: Item) -> Item:
        target = self._transformations().lookup([_transformation_ref(item)], ignore_unknown=False)[0]
        _check_cron(item["interval"])
        return {**item, "id": target["id"], "externalId": target["externalId"]}

    def check_duplicates(self, items: list[Item]) -> None:
        seen: set[int] = set()
        dups = []
        for item in items:
            if item["id"] in self.store.items or item["id"] in seen:
                dups.append({"id": item["id"]})
            seen.add(item["id"])
        if dups:
            raise CDFError(409, "Transformations are already scheduled", duplicated=dups)

    def insert(self, item: Item, now: int | None = None) -> Item:
        now = now if now is not None else now_ms()
        new = {**self.defaults, **item, "createdTime": now, "lastUpdatedTime": now}
        self.store.put(new)
        return new

    def custom_update(self, item: Item, field: str, op: dict[str, Any]) -> None:
        if "set" not in op:
            raise CDFError(400, f"{field} may not be set to null")
        _check_cron(op["set"])
        item[field] = op["set"]

    def list_predicate(self, flt: Any) -> Any:
        include_public = (flt or {}).get("includePublic", True) not in (False, "false")
        if include_public:
            return None
        transformations = self._transformations().store.items
        return lambda item: not transformations[item["id"]].get("isPublic")

    def forget(self, transformation_id: int) -> None:
        if transformation_id in self.store.items:
            self.store.remove(transformation_id)

    def renamed(self, transformation_id: int, external_id: str) -> None:
        old = self.store.items.get(transformation_id)
        if old is not None:
            self.store.replace(old, {**old, "externalId": external_id})


def _check_cron(value: Any) -> None:
    if not isinstance(value, str) or not _CRON.match(value):
        raise CDFError(400, f"interval must be a cron expression of 5 fields (e.g. '0 * * * *'), got {value!r}")


class TransformationNotifications(Resource):
    """Email subscriptions to a transformation's failures."""

    name = "transformation_notifications"
    path = "/transformations/notifications"
    label = "Transformation notification"
    xid_field = None
    required = ("destination",)
    create_status = 200
    operations = frozenset({"create", "get_list", "delete"})
    filters = {"transformationId": f.eq("transformationId"), "destination": f.eq("destination")}

    def prepare(self, item: Item) -> Item:
        ref = _transformation_ref(item, "transformationId", "transformationExternalId")
        target = self.emu.resource("transformations").lookup([ref], ignore_unknown=False)[0]
        if not isinstance(item["destination"], str) or "@" not in item["destination"]:
            raise CDFError(400, "destination must be an email address")
        return {"transformationId": target["id"], "destination": item["destination"]}

    def list_predicate(self, flt: Any) -> Any:
        flt = dict(flt or {})
        xid = flt.pop("transformationExternalId", None)
        if xid is not None:
            target = self.emu.resource("transformations").get({"externalId": xid})
            flt["transformationId"] = target["id"] if target is not None else -1
        if "transformationId" in flt:
            flt["transformationId"] = int(flt["transformationId"])
        return super().list_predicate(flt or None)

    def forget(self, transformation_id: int) -> None:
        for item in [i for i in self.store.items.values() if i["transformationId"] == transformation_id]:
            self.store.remove(item["id"])


class ExternalDataSources(Resource):
    """Registered external data sources (CDF beta, `/transformations/externaldata`): kept with their secrets, which
    are never sent back. The emulator cannot reach a lakehouse, so `usability` reports no usable version."""

    name = "transformation_external_data"
    path = "/transformations/externaldata"
    label = "External data source"
    key_field = "externalId"
    required = ("externalId", "format", "settings")
    create_status = 200
    operations = frozenset({"create", "get_list", "delete"})

    def prepare(self, item: Item) -> Item:
        if item["format"] != "one_lake":
            raise CDFError(400, f"format must be 'one_lake', got {item['format']!r}")
        settings = item["settings"]
        creds = settings.get("credentials") if isinstance(settings, dict) else None
        where = settings.get("locationDescription") if isinstance(settings, dict) else None
        if not isinstance(creds, dict) or not all(creds.get(k) for k in ("clientId", "tenantId", "clientSecret")):
            raise CDFError(400, "settings.credentials needs clientId, tenantId and clientSecret")
        if not isinstance(where, dict) or not all(where.get(k) for k in ("workspaceId", "containerId")):
            raise CDFError(400, "settings.locationDescription needs workspaceId and containerId")
        return item

    def render(self, item: Item) -> Item:
        settings = item["settings"]
        creds = {k: v for k, v in settings["credentials"].items() if k != "clientSecret"}
        return {**item, "settings": {**settings, "credentials": creds}}

    def routes(self) -> list[BaseRoute]:
        return [
            *super().routes(),
            Route(self.path + "/usability", endpoint(self.emu, self.handle_usability), methods=["POST"]),
        ]

    def handle_usability(self, body: dict[str, Any], _req: Request) -> Any:
        xid = body.get("externalId")
        if not isinstance(xid, str):
            raise CDFError(400, "externalId must be a string")
        return {"externalId": {"externalId": xid}}  # no usableVersion: missing, or not reachable from here
