"""Entity matching: fit / refit models, predict jobs, model CRUD.

Training is instant and matching is a deterministic string similarity (`matching.score`). Models and jobs report
"Queued" when created and move on as they are read: `running_reads` reads answer "Running" (default 0), the next
read "Completed" - or "Failed" with `failure` as errorMessage when that is set. Both knobs apply to models and
jobs created afterwards, so tests can script what a client polling for completion sees:

    em = emu.resource("entitymatching")
    em.running_reads = 2          # two polls see "Running", the third "Completed"
    em.failure = "bad features"   # new jobs fail
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.routing import BaseRoute, Route

from cognite.emulator import filters as f
from cognite.emulator.http import CDFError
from cognite.emulator.ids import now_ms
from cognite.emulator.matching import DEFAULT_MATCH_FIELDS, FEATURE_TYPES, check_fields, predict
from cognite.emulator.resource import Resource, endpoint
from cognite.emulator.store import Item

CLASSIFIERS = ("randomforest", "decisiontree", "logisticregression", "augmentedlogisticregression",
               "augmentedrandomforest")  # fmt: skip
MAX_NUM_MATCHES = 100


class EntityMatching(Resource):
    name = "entitymatching"
    path = "/context/entitymatching"
    label = "Entity matching model"
    create_status = 200
    timestamps = ("createdTime",)
    operations = frozenset({"get_list", "list", "byids", "update", "delete", "get_one"})
    updates = {"name": "required", "description": "required"}
    filters = {
        "featureType": f.eq("featureType"),
        "classifier": f.eq("classifier"),
        "originalId": f.eq("originalId"),
        "name": f.eq("name"),
        "description": f.eq("description"),
    }

    def __init__(self, emu: Any) -> None:
        super().__init__(emu)
        self.jobs: dict[int, Item] = {}
        self.running_reads = 0
        self.failure: str | None = None

    def reset(self) -> None:
        super().reset()
        self.jobs.clear()
        self.running_reads, self.failure = 0, None

    def dump(self) -> Any:
        return {"items": super().dump(), "jobs": list(self.jobs.values())}

    def load(self, data: Any) -> None:
        super().load(data["items"])
        self.jobs = {job["jobId"]: job for job in data["jobs"]}
        for job_id in self.jobs:
            self.emu.ids.reserve(job_id)

    # -- status progression -----------------------------------------------------------------------------------
    def _started(self, item: Item) -> Item:
        now = now_ms()
        return {**item, "status": "Queued", "createdTime": now, "startTime": now, "statusTime": now,
                "_reads": self.running_reads, "_failure": self.failure}  # fmt: skip

    def _advance(self, item: Item) -> None:
        """One read of a model or job: Queued/Running -> Running ... -> Completed (or Failed)."""
        if item["status"] in ("Completed", "Failed"):
            return
        if item["_reads"] > 0:
            item["_reads"] -= 1
            item["status"] = "Running"
        elif item["_failure"]:
            item["status"], item["errorMessage"] = "Failed", item["_failure"]
        else:
            item["status"] = "Completed"
        item["statusTime"] = now_ms()

    def render(self, item: Item) -> Item:
        self._advance(item)
        return _public(item)

    # -- routes -----------------------------------------------------------------------------------------------
    def routes(self) -> list[BaseRoute]:
        e, p = self.emu, self.path
        return [
            *super().routes(),
            Route(p, endpoint(e, self.handle_fit), methods=["POST"]),
            Route(p + "/", endpoint(e, self.handle_fit), methods=["POST"]),  # the official SDK's path
            Route(p + "/refit", endpoint(e, self.handle_refit), methods=["POST"]),
            Route(p + "/predict", endpoint(e, self.handle_predict), methods=["POST"]),
            Route(p + "/jobs", endpoint(e, self.handle_list_jobs), methods=["GET"]),
            Route(p + "/jobs/{jobId:int}", endpoint(e, self.handle_job), methods=["GET"]),
        ]

    def handle_fit(self, body: dict[str, Any], _req: Request) -> Any:
        sources, targets = _entities(body, "sources", required=True), _entities(body, "targets", required=True)
        match_fields = body.get("matchFields") or DEFAULT_MATCH_FIELDS
        feature_type = body.get("featureType") or "simple"
        classifier = body.get("classifier") or "randomforest"
        if feature_type not in FEATURE_TYPES:
            raise CDFError(400, f"featureType must be one of {list(FEATURE_TYPES)}")
        if classifier not in CLASSIFIERS:
            raise CDFError(400, f"classifier must be one of {list(CLASSIFIERS)}")
        ignore_missing = bool(body.get("ignoreMissingFields"))
        check_fields(sources, targets, match_fields, ignore_missing)
        xid = body.get("externalId")
        if xid is not None and xid in self.store.by_xid:
            raise CDFError(409, "Model external id duplicated", duplicated=[{"externalId": xid}])
        model = {
            "name": body.get("name") or "",
            "description": body.get("description") or "",
            "featureType": feature_type,
            "classifier": classifier,
            "matchFields": match_fields,
            "ignoreMissingFields": ignore_missing,
            "_sources": sources,
            "_targets": targets,
            "_trueMatches": list(body.get("trueMatches") or []),
        }
        if xid is not None:
            model["externalId"] = xid
        return _public(self.insert(self._started(model)))

    def handle_refit(self, body: dict[str, Any], _req: Request) -> Any:
        original = self._model(body)
        true_matches = body.get("trueMatches")
        if not isinstance(true_matches, list) or not true_matches:
            raise CDFError(400, "trueMatches must be a non-empty list")
        model = {k: v for k, v in original.items() if k not in ("id", "externalId", "status", "errorMessage")}
        xid = body.get("newExternalId")
        if xid is not None:
            if xid in self.store.by_xid:
                raise CDFError(409, "Model external id duplicated", duplicated=[{"externalId": xid}])
            model["externalId"] = xid
        model["originalId"] = original["id"]
        model["_sources"] = _entities(body, "sources") or original["_sources"]
        model["_targets"] = _entities(body, "targets") or original["_targets"]
        model["_trueMatches"] = [*original["_trueMatches"], *true_matches]
        return _public(self.insert(self._started(model)))

    def handle_predict(self, body: dict[str, Any], _req: Request) -> Any:
        model = self._model(body)
        if model["status"] == "Failed":
            raise CDFError(400, f"Model {model['id']} failed: {model.get('errorMessage', '')}")
        num_matches = body.get("numMatches", 1)
        threshold = body.get("scoreThreshold")
        if not isinstance(num_matches, int) or not 0 <= num_matches <= MAX_NUM_MATCHES:
            raise CDFError(400, f"numMatches must be between 0 and {MAX_NUM_MATCHES}")
        if threshold is not None and (not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1):
            raise CDFError(400, "scoreThreshold must be between 0 and 1")
        sources = _entities(body, "sources") or model["_sources"]
        targets = _entities(body, "targets") or model["_targets"]
        check_fields(sources, targets, model["matchFields"], model["ignoreMissingFields"])
        items = predict(
            sources, targets, model["matchFields"], model["featureType"], model["_trueMatches"], num_matches, threshold
        )
        job = self._started({"jobId": self.emu.ids.next(), "_items": items})
        self.jobs[job["jobId"]] = job
        return _public(job)

    def handle_list_jobs(self, _query: dict[str, Any], _req: Request) -> Any:
        """Every prediction job, newest first (without their matches, as CDF lists them)."""
        for job in self.jobs.values():
            self._advance(job)
        return {"items": [_public(j) for j in reversed(self.jobs.values())]}

    def handle_job(self, _query: dict[str, Any], req: Request) -> Any:
        job = self.jobs.get(req.path_params["jobId"])
        if job is None:
            raise CDFError(400, "Job not found", missing=[{"jobId": req.path_params["jobId"]}])
        self._advance(job)
        view = _public(job)
        view["items"] = job["_items"] if job["status"] == "Completed" else []
        return view

    def _model(self, body: dict[str, Any]) -> Item:
        ref = {k: body[k] for k in ("id", "externalId") if k in body}
        if len(ref) != 1:
            raise CDFError(400, "Give exactly one of id and externalId")
        return self.lookup([ref], ignore_unknown=False)[0]


def _public(item: Item) -> Item:
    """The item as sent: without the emulator's `_` fields; externalId "" when the model has none (the spec
    requires externalId, name and description on every model)."""
    out = {k: v for k, v in item.items() if not k.startswith("_")}
    if "jobId" not in out:
        out.setdefault("externalId", "")
    return out


def _entities(body: dict[str, Any], key: str, required: bool = False) -> list[dict[str, Any]]:
    value = body.get(key)
    if value is None and not required:
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value) or (required and not value):
        raise CDFError(400, f"{key} must be a non-empty list of objects")
    return value
