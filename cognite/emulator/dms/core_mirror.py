"""The core data model's time series and files: a node with data in `cdf_cdm:CogniteTimeSeries` (`CogniteFile`) IS a
time series (a file), as in CDF. This service watches every instance write (`Instances.watchers`) and keeps one
classic time series (file) per such node, named by its `instanceId`: created when the node gets the container's data,
updated when its properties change, deleted (with its datapoints / content) when the node or the data goes.

So /timeseries/byids, /timeseries/list, /files/downloadlink, datapoints by `{"instanceId": ...}` and the rest of the
classic endpoints serve those nodes unchanged. What CDF rejects (changing a time series' `type`) the DMS rejects
already: the container declares `type` immutable.

Each kind is one `Mirror` row: which container marks the node, which resource holds the classic item, and how the
classic fields read from the node's properties. The files service reports an upload back (`file_uploaded`), which
sets the node's `isUploaded` / `uploadedTime` through the ordinary apply path, as CDF does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cognite.emulator.emulator import Emulator

CDM = "cdf_cdm"
DESCRIBABLE = (CDM, "CogniteDescribable")
SOURCEABLE = (CDM, "CogniteSourceable")

Instance = dict[str, Any]
Props = Callable[[Instance], dict[str, Any]]


def _prop(inst: Instance, container: tuple[str, str], name: str) -> Any:
    return (inst.get("data") or {}).get(container, {}).get(name)


def _ms(value: Any) -> int | None:
    """A DMS timestamp (ISO 8601 text) as epoch milliseconds, as the classic resources carry times."""
    if not isinstance(value, str):
        return None
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return int(parsed.timestamp() * 1000)


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _time_series_fields(inst: Instance) -> dict[str, Any]:
    ts = (CDM, "CogniteTimeSeries")
    unit = _prop(inst, ts, "unit")
    return {
        "name": _prop(inst, DESCRIBABLE, "name"),
        "description": _prop(inst, DESCRIBABLE, "description"),
        "isString": _prop(inst, ts, "type") == "string",
        "isStep": bool(_prop(inst, ts, "isStep")),
        "unit": _prop(inst, ts, "sourceUnit"),
        "unitExternalId": unit.get("externalId") if isinstance(unit, dict) else None,
    }


def _file_fields(inst: Instance) -> dict[str, Any]:
    f = (CDM, "CogniteFile")
    return {
        # Classic files need a name; a nameless CogniteFile shows its external id.
        "name": _prop(inst, DESCRIBABLE, "name") or inst["externalId"],
        "directory": _prop(inst, f, "directory"),
        "mimeType": _prop(inst, f, "mimeType"),
        "sourceCreatedTime": _ms(_prop(inst, SOURCEABLE, "sourceCreatedTime")),
        "sourceModifiedTime": _ms(_prop(inst, SOURCEABLE, "sourceUpdatedTime")),
    }


@dataclass(frozen=True)
class Mirror:
    """One kind of mirrored node: the container that marks it, the classic resource, how its fields read."""

    container: tuple[str, str]
    resource: str
    fields: Props
    defaults: tuple[tuple[str, Any], ...] = ()  # set on create only (the classic side owns them afterwards)


MIRRORS = (
    Mirror((CDM, "CogniteTimeSeries"), "timeseries", _time_series_fields, (("metadata", {}),)),
    Mirror((CDM, "CogniteFile"), "files", _file_fields, (("uploaded", False),)),
)


class CoreMirror:
    """The `core_mirror` service. Its only state is an index node -> classic id (the classic stores hold the items,
    and persist them)."""

    name = "core_mirror"

    def __init__(self, emu: Emulator) -> None:
        self.emu = emu
        self._ids: dict[tuple[str, str, str], int] = {}  # (resource, space, externalId) -> classic id
        self._built: set[str] = set()  # the resources whose index is complete

    # -- service protocol -------------------------------------------------------------------------------------
    def routes(self) -> list[Any]:
        return []

    def reset(self) -> None:
        self._ids.clear()
        self._built.clear()

    def dump(self) -> Any:
        return None  # the classic stores persist the items; the index rebuilds itself

    def load(self, data: Any) -> None:
        self.reset()

    # -- lookup -----------------------------------------------------------------------------------------------
    def classic_id(self, resource: str, instance_id: Any) -> int | None:
        """The id of the classic item of a node ({"space", "externalId"}), None when there is none."""
        if not isinstance(instance_id, dict):
            return None
        store = self.emu.resource(resource).store
        if resource not in self._built:  # first use since a reset / load: index what the store holds
            for item in store.items.values():
                iid = item.get("instanceId")
                if isinstance(iid, dict):
                    self._ids[(resource, iid["space"], iid["externalId"])] = item["id"]
            self._built.add(resource)
        key = (resource, instance_id.get("space"), instance_id.get("externalId"))
        found = self._ids.get(key)  # type: ignore[arg-type]
        if found is None:
            return None
        item = store.get(found)
        if item is None or item.get("instanceId") != instance_id:  # deleted through the classic endpoint
            del self._ids[key]  # type: ignore[arg-type]
            return None
        return found

    # -- the watcher hook -------------------------------------------------------------------------------------
    def instance_changed(self, old: Instance | None, new: Instance | None) -> None:
        inst = new if new is not None else old
        if inst is None or inst["instanceType"] != "node":
            return
        for mirror in MIRRORS:
            if new is not None and mirror.container in new["data"]:
                self._upsert(mirror, new)
            elif old is not None and mirror.container in old["data"]:
                self._remove(mirror, old)

    def _upsert(self, mirror: Mirror, inst: Instance) -> None:
        resource = self.emu.resource(mirror.resource)
        iid = {"space": inst["space"], "externalId": inst["externalId"]}
        fields = {k: v for k, v in mirror.fields(inst).items() if v is not None}
        found = self.classic_id(mirror.resource, iid)
        if found is None:
            item = resource.insert({**dict(mirror.defaults), **fields, "instanceId": iid}, now=inst["createdTime"])
            item["lastUpdatedTime"] = inst["lastUpdatedTime"]
            self._ids[(mirror.resource, inst["space"], inst["externalId"])] = item["id"]
            return
        old = resource.store.items[found]
        kept = {k: v for k, v in old.items() if k not in mirror.fields(inst)}  # classic-only fields stay
        new = {**kept, **fields, "lastUpdatedTime": max(old["lastUpdatedTime"], inst["lastUpdatedTime"])}
        if new != old:
            resource.store.replace(old, new)
            resource.after_update(old, new)

    def _remove(self, mirror: Mirror, inst: Instance) -> None:
        resource = self.emu.resource(mirror.resource)
        found = self.classic_id(mirror.resource, {"space": inst["space"], "externalId": inst["externalId"]})
        if found is None:
            return
        item = resource.store.remove(found)
        self._ids.pop((mirror.resource, inst["space"], inst["externalId"]), None)
        if item is not None:
            resource.after_delete(item)  # the datapoints / the content go with it

    # -- reported back by the files service -------------------------------------------------------------------
    def file_uploaded(self, item: dict[str, Any]) -> None:
        """A mirrored file got its content: the node's isUploaded / uploadedTime follow (an ordinary apply)."""
        iid = item.get("instanceId")
        instances = self.emu.resource("dms_instances")
        if not isinstance(iid, dict) or instances.instance(iid["space"], iid["externalId"]) is None:
            return
        from cognite.emulator.dms.instances_apply import Ingestion

        container = next(m.container for m in MIRRORS if m.resource == "files")
        body = {
            "items": [
                {
                    "instanceType": "node",
                    **iid,
                    "sources": [
                        {
                            "source": {"type": "container", "space": container[0], "externalId": container[1]},
                            "properties": {"isUploaded": True, "uploadedTime": _iso(item["uploadedTime"])},
                        }
                    ],
                }
            ]
        }
        Ingestion(instances, body).run(body["items"])
