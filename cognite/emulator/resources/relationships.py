"""Relationships: keyed by externalId, between resources named by type + externalId."""

from __future__ import annotations

from typing import Any

from cognite.emulator import filters as f
from cognite.emulator.http import CDFError
from cognite.emulator.resource import Resource
from cognite.emulator.store import Item

RESOURCE_TYPES = {"asset", "timeSeries", "file", "event", "sequence"}
TYPE_TO_SERVICE = {
    "asset": "assets",
    "timeSeries": "timeseries",
    "file": "files",
    "event": "events",
    "sequence": "sequences",
}


def _sources_or_targets(value: Any, _res: Resource) -> f.Predicate:
    wanted = {(v.get("type"), v.get("externalId")) for v in value}

    def pred(item: Item) -> bool:
        return (item.get("sourceType"), item.get("sourceExternalId")) in wanted or (
            item.get("targetType"),
            item.get("targetExternalId"),
        ) in wanted

    return pred


class Relationships(Resource):
    name = "relationships"
    label = "Relationship"
    partitions_capped = True
    key_field = "externalId"
    required = ("externalId", "sourceExternalId", "sourceType", "targetExternalId", "targetType")
    operations = frozenset({"create", "get_list", "list", "byids", "update", "delete"})
    delete_status = 202
    filters = {
        "sourceExternalIds": f.one_of("sourceExternalId"),
        "sourceTypes": f.one_of("sourceType"),
        "targetExternalIds": f.one_of("targetExternalId"),
        "targetTypes": f.one_of("targetType"),
        "dataSetIds": f.refs_in("dataSetId", "datasets"),
        "startTime": f.time_range("startTime"),
        "endTime": f.time_range("endTime"),
        "confidence": f.time_range("confidence"),
        "lastUpdatedTime": f.time_range("lastUpdatedTime"),
        "createdTime": f.time_range("createdTime"),
        "activeAtTime": f.active_at("startTime", "endTime"),
        "labels": f.labels(),
        "sourcesOrTargets": _sources_or_targets,
    }
    updates = {
        "sourceExternalId": "required",
        "sourceType": "required",
        "targetExternalId": "required",
        "targetType": "required",
        "startTime": "set",
        "endTime": "set",
        "confidence": "set",
        "dataSetId": "set",
        "labels": "labels",
    }

    def prepare(self, item: Item) -> Item:
        self._check(item)
        return item

    def check_update(self, old: Item, new: Item) -> None:
        self._check(new)

    def _check(self, item: Item) -> None:
        for side in ("sourceType", "targetType"):
            if item[side] not in RESOURCE_TYPES:
                raise CDFError(400, f"{side} must be one of {sorted(RESOURCE_TYPES)}, got {item[side]!r}")
        confidence = item.get("confidence")
        if confidence is not None and not 0 <= confidence <= 1:
            raise CDFError(400, "confidence must be between 0 and 1")

    def handle_list(self, body: dict[str, Any], req: Any) -> Any:
        out = super().handle_list(body, req)
        if body.get("fetchResources"):
            out["items"] = [self._with_resources(i) for i in out["items"]]
        return out

    def handle_byids(self, body: dict[str, Any], req: Any) -> Any:
        out = super().handle_byids(body, req)
        if body.get("fetchResources"):
            out["items"] = [self._with_resources(i) for i in out["items"]]
        return out

    def _with_resources(self, item: Item) -> Item:
        out = dict(item)
        for side in ("source", "target"):
            service = self.emu.services.get(TYPE_TO_SERVICE[item[side + "Type"]])
            if service is None:
                continue
            found = service.get({"externalId": item[side + "ExternalId"]})
            if found is not None:
                out[side] = service.render(found)
        return out
