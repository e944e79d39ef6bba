"""Simulators: simulators and their integrations (registered by connectors), models and model revisions, routines
and routine revisions, simulation runs, logs.

Each resource names the parents it hangs off (``parents``: the field holding the parent's external id -> the parent
resource) and the fields it copies from them (``inherits``); revisions are numbered per parent and listed latest
first unless ``allVersions``. Validation follows CDF: unknown parents, data sets and files are 400s.

No simulator runs locally: a run is stored with status ``ready`` (CDF's state until a connector picks it up) and
stays there; its data (``/simulators/runs/data/list``) has no inputs or outputs, a model revision's extracted data
has no flowsheets, and logs have no entries, because only a connector writes those.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

from starlette.requests import Request
from starlette.routing import BaseRoute, Route

from cognite.client._spec_facts import facts_at
from cognite.emulator import filters as f
from cognite.emulator.http import CDFError
from cognite.emulator.ids import now_ms
from cognite.emulator.resource import Resource, check_items, endpoint
from cognite.emulator.store import Item

RUN_PATH = "/simulators/run"
if TYPE_CHECKING:
    from cognite.emulator.emulator import Emulator

ACTIVE_WINDOW_MS = 60_000  # an integration is active while its last heartbeat is this recent


def _xids(field: str) -> f.Builder:
    """A list of external ids the item's ``field`` must be one of."""
    return f.one_of(field)


class SimulatorResource(Resource):
    """The shape the simulator resources share (see the module docstring)."""

    timestamps: tuple[str, ...] = ("createdTime", "lastUpdatedTime")
    create_status = 201
    parents: ClassVar[dict[str, str]] = {}  # field with a parent's external id -> parent resource name
    inherits: ClassVar[dict[str, tuple[str, str]]] = {}  # field -> (parent field, the parent's field to copy)
    version_of: ClassVar[str | None] = None  # revisions: the field naming what they are a revision of
    has_log: ClassVar[bool] = False
    data_set_field: ClassVar[str | None] = None  # items that name their data set themselves
    children: ClassVar[tuple[str, ...]] = ()  # resources whose items go when their parent goes
    _user = "emulator-user"

    def handle_create(self, body: dict[str, Any], req: Request) -> Any:
        self._user = self.emu.auth.inspect(req.headers.get("authorization"), [])["subject"]
        return super().handle_create(body, req)

    def parent(self, field: str, item: Item) -> Item:
        name = self.parents[field]
        found: Item | None = self.emu.resource(name).get({"externalId": item[field]})
        if found is None:
            raise CDFError(400, f"{field}: {item[field]} not found", missing=[{"externalId": item[field]}])
        return found

    def prepare(self, item: Item) -> Item:
        found = {field: self.parent(field, item) for field in self.parents if field in item}
        for field, (via, source) in self.inherits.items():
            if via in found and source in found[via]:
                item[field] = found[via][source]
        if self.data_set_field and self.data_set_field in item:
            datasets = self.emu.resource("datasets")
            if datasets.get({"id": item[self.data_set_field]}) is None:
                raise CDFError(
                    400, f"Data set {item[self.data_set_field]} not found", missing=[{"id": item[self.data_set_field]}]
                )
        if self.version_of is not None:
            siblings = [i for i in self.store.values() if i.get(self.version_of) == item[self.version_of]]
            item["versionNumber"] = max((i["versionNumber"] for i in siblings), default=0) + 1
            item["createdByUserId"] = self._user
        item = self.fill(item)
        if self.has_log:
            item["logId"] = self.emu.resource("simulator_logs").new_log(item.get("dataSetId"))
        return item

    def fill(self, item: Item) -> Item:
        """Resource-specific derived fields (after the parents are checked)."""
        return item

    def latest_only(self, items: list[Item]) -> set[Any]:
        """Keys of the latest revision of each parent."""
        latest: dict[Any, Item] = {}
        for i in items:
            best = latest.get(i[self.version_of])  # type: ignore[index]
            if best is None or i["versionNumber"] > best["versionNumber"]:
                latest[i[self.version_of]] = i  # type: ignore[index]
        return {i["id"] for i in latest.values()}

    def handle_list(self, body: dict[str, Any], req: Request) -> Any:
        flt = dict(body.get("filter") or {})
        if not isinstance(flt, dict):
            raise CDFError(400, "filter must be an object")
        latest: set[Any] | None = None
        if self.version_of is not None and not flt.pop("allVersions", False):
            latest = self.latest_only(list(self.store.values()))
        sort = body.get("sort")
        if sort == []:
            body = {k: v for k, v in body.items() if k != "sort"}
        elif sort is not None:
            if not isinstance(sort, list) or len(sort) > 1:
                raise CDFError(400, "sort must be a list of one sort key")
            key = [_sort_key(s, self.sortable) for s in sort]
            body = {**body, "sort": [*key, {"property": ["id"], "order": key[0]["order"]}]}  # ties: by id
        if latest is not None:
            flt["__ids"] = latest
        return self.list_page(body, flt)

    sortable: ClassVar[tuple[str, ...]] = ("createdTime",)
    filters = {"__ids": f.ids_in("id")}  # the latest revisions (lists without allVersions)

    def after_delete(self, item: Item) -> None:
        """Children go with their parent (models take revisions and routines, routines their revisions)."""
        for child in self.children:
            service = self.emu.resource(child)
            field = next(k for k, v in service.parents.items() if v == self.name)
            doomed = [i for i in service.store.values() if i.get(field) == item.get("externalId")]
            service.delete_items(doomed, {})


def _sort_key(spec: Any, sortable: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(spec, dict) or spec.get("property") not in sortable:
        raise CDFError(400, f"sort property must be one of {list(sortable)}")
    order = spec.get("order", "asc")
    if order not in ("asc", "desc"):
        raise CDFError(400, "sort order must be asc or desc")
    return {"property": [spec["property"]], "order": order}


class Simulators(SimulatorResource):
    """Simulators, registered by their connectors (``POST /simulators``, the connector-side endpoint)."""

    name = "simulators"
    label = "Simulator"
    required = ("externalId", "name", "fileExtensionTypes")
    defaults = {"modelTypes": [], "stepFields": [], "unitQuantities": []}
    operations = frozenset({"create", "list", "delete"})
    children = ("simulator_integrations", "simulator_models")


class SimulatorIntegrations(SimulatorResource):
    """The connectors of simulators; ``active`` while their heartbeat is recent."""

    name = "simulator_integrations"
    path = "/simulators/integrations"
    label = "Simulator integration"
    required = ("externalId", "simulatorExternalId", "dataSetId", "connectorVersion", "simulatorVersion")
    operations = frozenset({"create", "list", "delete"})
    parents = {"simulatorExternalId": "simulators"}
    data_set_field = "dataSetId"
    has_log = True
    filters = {
        **SimulatorResource.filters,
        "simulatorExternalIds": _xids("simulatorExternalId"),
        "active": lambda value, res: lambda item: _is_active(item) == bool(value),
    }

    def fill(self, item: Item) -> Item:
        item.setdefault("heartbeat", now_ms())
        item.setdefault("licenseStatus", "UNKNOWN")
        item.setdefault("connectorStatus", "IDLE")
        return item

    def render(self, item: Item) -> Item:
        return {**item, "active": _is_active(item)}


def _is_active(item: Item) -> bool:
    return bool(now_ms() - int(item.get("heartbeat") or 0) <= ACTIVE_WINDOW_MS)


class SimulatorModels(SimulatorResource):
    name = "simulator_models"
    path = "/simulators/models"
    label = "Simulator model"
    required = ("externalId", "simulatorExternalId", "name", "dataSetId", "type")
    operations = frozenset({"create", "list", "byids", "update", "delete"})
    parents = {"simulatorExternalId": "simulators"}
    data_set_field = "dataSetId"
    updates = {"name": "required", "description": "set"}
    children = ("simulator_model_revisions", "simulator_routines")
    filters = {
        **SimulatorResource.filters,
        "simulatorExternalIds": _xids("simulatorExternalId"),
        "externalIdPrefix": f.prefix("externalId"),
        "dataSetIds": f.refs_in("dataSetId", "datasets"),
    }

    def fill(self, item: Item) -> Item:
        simulator = self.parent("simulatorExternalId", item)
        types = [t.get("key") for t in simulator.get("modelTypes") or []]
        if types and item["type"] not in types:
            raise CDFError(400, f"type must be one of the simulator's model types {types}, not {item['type']!r}")
        return item


class SimulatorModelRevisions(SimulatorResource):
    name = "simulator_model_revisions"
    path = "/simulators/models/revisions"
    label = "Simulator model revision"
    required = ("externalId", "modelExternalId", "fileId")
    operations = frozenset({"create", "list", "byids"})
    parents = {"modelExternalId": "simulator_models"}
    inherits = {
        "simulatorExternalId": ("modelExternalId", "simulatorExternalId"),
        "dataSetId": ("modelExternalId", "dataSetId"),
    }
    version_of = "modelExternalId"
    has_log = True
    filters = {
        **SimulatorResource.filters,
        "modelExternalIds": _xids("modelExternalId"),
        "simulatorExternalIds": _xids("simulatorExternalId"),
        "createdTime": f.time_range("createdTime"),
        "lastUpdatedTime": f.time_range("lastUpdatedTime"),
    }

    def fill(self, item: Item) -> Item:
        if self.emu.resource("files").get({"id": item["fileId"]}) is None:
            raise CDFError(400, f"File {item['fileId']} not found", missing=[{"id": item["fileId"]}])
        item["status"] = "unknown"  # until a connector has validated the model file
        return item

    def routes(self) -> list[BaseRoute]:
        return [
            *super().routes(),
            Route(self.path + "/data/list", endpoint(self.emu, self.handle_data), methods=["POST"]),
        ]

    def handle_data(self, body: dict[str, Any], _req: Request) -> Any:
        refs = check_items(body, 1)
        xid = refs[0].get("modelRevisionExternalId") if isinstance(refs[0], dict) else None
        revision = self.get({"externalId": xid})
        if revision is None:
            raise CDFError(400, f"Model revision {xid} not found", missing=[{"modelRevisionExternalId": xid}])
        fields = ("dataSetId", "createdTime", "lastUpdatedTime")
        return {"items": [{"modelRevisionExternalId": xid, **{k: revision[k] for k in fields}}]}


class SimulatorRoutines(SimulatorResource):
    name = "simulator_routines"
    path = "/simulators/routines"
    label = "Simulator routine"
    required = ("externalId", "modelExternalId", "simulatorIntegrationExternalId", "name")
    operations = frozenset({"create", "list", "delete"})
    parents = {"modelExternalId": "simulator_models", "simulatorIntegrationExternalId": "simulator_integrations"}
    inherits = {
        "simulatorExternalId": ("modelExternalId", "simulatorExternalId"),
        "dataSetId": ("modelExternalId", "dataSetId"),
    }
    children = ("simulator_routine_revisions",)
    filters = {
        **SimulatorResource.filters,
        "modelExternalIds": _xids("modelExternalId"),
        "simulatorIntegrationExternalIds": _xids("simulatorIntegrationExternalId"),
        "simulatorExternalIds": _xids("simulatorExternalId"),
        "kind": f.eq("kind"),
    }

    def fill(self, item: Item) -> Item:
        integration = self.parent("simulatorIntegrationExternalId", item)
        if integration["simulatorExternalId"] != item["simulatorExternalId"]:
            raise CDFError(400, "The integration serves another simulator than the model's")
        return item


class SimulatorRoutineRevisions(SimulatorResource):
    name = "simulator_routine_revisions"
    path = "/simulators/routines/revisions"
    label = "Simulator routine revision"
    timestamps = ("createdTime",)
    required = ("externalId", "routineExternalId", "configuration", "script")
    operations = frozenset({"create", "list", "byids"})
    parents = {"routineExternalId": "simulator_routines"}
    inherits = {
        field: ("routineExternalId", field)
        for field in ("simulatorExternalId", "simulatorIntegrationExternalId", "modelExternalId", "dataSetId", "kind")
    }
    version_of = "routineExternalId"
    filters = {
        **SimulatorResource.filters,
        "routineExternalIds": _xids("routineExternalId"),
        "modelExternalIds": _xids("modelExternalId"),
        "simulatorIntegrationExternalIds": _xids("simulatorIntegrationExternalId"),
        "simulatorExternalIds": _xids("simulatorExternalId"),
        "kind": f.eq("kind"),
        "createdTime": f.time_range("createdTime"),
    }

    def fill(self, item: Item) -> Item:
        if not isinstance(item["configuration"], dict) or not isinstance(item["script"], list):
            raise CDFError(400, "configuration must be an object and script a list of stages")
        item["configuration"] = {**_DISABLED, **item["configuration"]}  # what is not configured is disabled
        return item

    def handle_list(self, body: dict[str, Any], req: Request) -> Any:
        out = super().handle_list(body, req)
        if not body.get("includeAllFields"):  # lists leave out the script and the inputs / outputs
            for i, item in enumerate(out["items"]):
                config = {k: v for k, v in item["configuration"].items() if k not in ("inputs", "outputs")}
                out["items"][i] = {**{k: v for k, v in item.items() if k != "script"}, "configuration": config}
        return out


_DISABLED = {
    "schedule": {"enabled": False},
    "dataSampling": {"enabled": False},
    "logicalCheck": [],
    "steadyStateDetection": [],
}


class SimulationRuns(SimulatorResource):
    """Runs, created by ``POST /simulators/run`` (by routine, or by routine revision and model revision)."""

    name = "simulation_runs"
    path = "/simulators/runs"
    label = "Simulation run"
    xid_field = None
    operations = frozenset({"list", "byids"})
    has_log = True
    sortable = ("createdTime", "simulationTime")
    filters = {
        **SimulatorResource.filters,
        "status": f.eq("status"),
        "runType": f.eq("runType"),
        **{
            f"{name}s": _xids(name)
            for name in (
                "simulatorIntegrationExternalId",
                "simulatorExternalId",
                "modelExternalId",
                "routineExternalId",
                "routineRevisionExternalId",
                "modelRevisionExternalId",
            )
        },
        "createdTime": f.time_range("createdTime"),
        "simulationTime": f.time_range("simulationTime"),
    }

    def __init__(self, emu: Emulator) -> None:
        super().__init__(emu)
        facts = facts_at("POST", RUN_PATH)  # runs are created at another path than they are listed at
        if facts is not None and facts.max_items is not None:
            self.limits = replace(self.limits, create=facts.max_items)

    def routes(self) -> list[BaseRoute]:
        return [
            *super().routes(),
            Route(RUN_PATH, endpoint(self.emu, self.handle_create, 201), methods=["POST"]),
            Route(self.path + "/data/list", endpoint(self.emu, self.handle_data), methods=["POST"]),
        ]

    def fill(self, item: Item) -> Item:
        routines = self.emu.resource("simulator_routines")
        routine_revisions = self.emu.resource("simulator_routine_revisions")
        model_revisions = self.emu.resource("simulator_model_revisions")
        if "routineExternalId" in item:
            if "routineRevisionExternalId" in item or "modelRevisionExternalId" in item:
                raise CDFError(400, "Give routineExternalId, or routineRevisionExternalId and modelRevisionExternalId")
            routine = routines.get({"externalId": item["routineExternalId"]})
            if routine is None:
                raise CDFError(400, f"Routine {item['routineExternalId']} not found")
            revision = _latest(routine_revisions, "routineExternalId", routine["externalId"])
            model_revision = _latest(model_revisions, "modelExternalId", routine["modelExternalId"])
            if revision is None or model_revision is None:
                raise CDFError(400, f"Routine {routine['externalId']} has no revision (or its model none)")
        elif "routineRevisionExternalId" in item and "modelRevisionExternalId" in item:
            revision = routine_revisions.get({"externalId": item["routineRevisionExternalId"]})
            model_revision = model_revisions.get({"externalId": item["modelRevisionExternalId"]})
            if revision is None or model_revision is None:
                raise CDFError(400, "Routine revision or model revision not found")
            if revision["modelExternalId"] != model_revision["modelExternalId"]:
                raise CDFError(400, "The model revision is not a revision of the routine's model")
        else:
            raise CDFError(400, "Give routineExternalId, or routineRevisionExternalId and modelRevisionExternalId")
        inputs = item.pop("inputs", None)
        if inputs is not None and not isinstance(inputs, list):
            raise CDFError(400, "inputs must be a list")
        return {
            **{k: v for k, v in item.items() if k == "runTime"},  # queue / logSeverity steer a connector
            "status": "ready",  # until a connector claims it; none does in the emulator
            "runType": item.get("runType", "external"),
            "simulatorExternalId": revision["simulatorExternalId"],
            "simulatorIntegrationExternalId": revision["simulatorIntegrationExternalId"],
            "modelExternalId": revision["modelExternalId"],
            "modelRevisionExternalId": model_revision["externalId"],
            "routineExternalId": revision["routineExternalId"],
            "routineRevisionExternalId": revision["externalId"],
            "dataSetId": revision["dataSetId"],
            "userId": self._user,
        }

    def handle_data(self, body: dict[str, Any], _req: Request) -> Any:
        refs = check_items(body, 1)
        run_id = refs[0].get("runId") if isinstance(refs[0], dict) else None
        if self.get({"id": run_id}) is None:
            raise CDFError(400, f"Simulation run {run_id} not found", missing=[{"runId": run_id}])
        return {"items": [{"runId": run_id, "inputs": [], "outputs": []}]}


def _latest(service: SimulatorResource, field: str, value: Any) -> Item | None:
    versions = [i for i in service.store.values() if i.get(field) == value]
    return max(versions, key=lambda i: i["versionNumber"], default=None)


class SimulatorLogs(Resource):
    """Logs of integrations, model revisions and runs (made with them; only connectors write entries)."""

    name = "simulator_logs"
    path = "/simulators/logs"
    label = "Simulator log"
    xid_field = None
    operations = frozenset({"byids"})

    def new_log(self, data_set_id: int | None) -> int:
        log: Item = {"data": []}
        if data_set_id is not None:
            log["dataSetId"] = data_set_id
        return int(self.insert(log)["id"])
