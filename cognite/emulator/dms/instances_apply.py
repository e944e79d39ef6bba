"""One apply (upsert) request: every item is checked and its new state computed first, then all are stored
(all or nothing, as CDF ingests a request)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cognite.emulator.dms.filters import ContainerKey, Instance
from cognite.emulator.dms.instances_values import direct_targets, value_check
from cognite.emulator.http import CDFError
from cognite.emulator.ids import now_ms

if TYPE_CHECKING:
    from cognite.emulator.dms.instances import Instances

MAX_WRITE_SOURCES = 100  # NodeWrite / EdgeWrite `sources` maxItems
EXTERNAL_ID_MAX = 256  # NodeOrEdgeExternalId maxLength
_USED_FOR_OK = {"node": ("node", "all"), "edge": ("edge", "all")}


def _node_ref(value: Any, what: str) -> tuple[str, str]:
    if (
        not isinstance(value, dict)
        or not isinstance(value.get("space"), str)
        or not isinstance(value.get("externalId"), str)
    ):
        raise CDFError(400, f"{what} must be an object with space and externalId")
    return value["space"], value["externalId"]


@dataclass(frozen=True)
class ContainerRules:
    """What a write to one container checks, worked out once per request (not once per instance)."""

    checks: dict[str, Callable[[Any], Any]]  # property -> its value check (returns the value as stored)
    immutable: frozenset[str]
    direct: dict[str, Any]  # direct-relation properties -> definition (their targets must exist)
    when_missing: list[tuple[str, Any]]  # (property, default) to fill in, or (property, _REQUIRED) to refuse

    @classmethod
    def of(cls, definitions: dict[str, Any]) -> ContainerRules:
        when_missing = []
        for name, d in definitions.items():
            if d.get("defaultValue") is not None:
                when_missing.append((name, d["defaultValue"]))
            elif d.get("nullable", True) is False and not d.get("autoIncrement"):
                when_missing.append((name, _REQUIRED))
        return cls(
            {name: value_check(name, d) for name, d in definitions.items()},
            frozenset(name for name, d in definitions.items() if d.get("immutable")),
            {name: d for name, d in definitions.items() if (d.get("type") or {}).get("type") == "direct"},
            when_missing,
        )


_REQUIRED = object()


@dataclass(frozen=True)
class ViewWrite:
    """A view as a write target: its containers and, per view property, the container property it writes."""

    kinds: tuple[str, ...]  # the instance types it may be written to ("node" / "edge")
    containers: list[ContainerKey]
    targets: dict[str, tuple[ContainerKey, str]]


class Ingestion:
    def __init__(self, service: Instances, body: dict[str, Any]) -> None:
        self.svc = service
        self.schema = service.schema
        self.replace = bool(body.get("replace", False))
        self.skip_conflicts = bool(body.get("skipOnVersionConflict", False))
        self.auto_direct = body.get("autoCreateDirectRelations", True) is not False
        self.auto_start = bool(body.get("autoCreateStartNodes", False))
        self.auto_end = bool(body.get("autoCreateEndNodes", False))
        self._containers: dict[ContainerKey, ContainerRules] = {}
        self._views: dict[tuple[Any, ...], ViewWrite] = {}
        self._spaces: dict[str, bool] = {}

    # -- lookups cached for the request ---------------------------------------------------------------------
    def container_rules(self, key: ContainerKey) -> ContainerRules:
        rules = self._containers.get(key)
        if rules is None:
            rules = self._containers[key] = ContainerRules.of(self.svc.container(*key).get("properties") or {})
        return rules

    def view(self, ref: dict[str, Any]) -> ViewWrite:
        """The view a source names, its containers and where each of its properties is stored."""
        key = (ref.get("space"), ref.get("externalId"), ref.get("version"))
        found = self._views.get(key)
        if found is None:
            view = self.svc.view(ref)
            targets = {
                name: ((p["container"]["space"], p["container"]["externalId"]), p["containerPropertyIdentifier"])
                for name, p in (view.get("properties") or {}).items()
                if "container" in p
            }
            kinds = tuple(k for k, ok in _USED_FOR_OK.items() if view.get("usedFor", "node") in ok)
            found = self._views[key] = ViewWrite(kinds, self.svc.view_containers(view), targets)
        return found

    def check_space(self, space: str) -> None:
        if space not in self._spaces:
            self._spaces[space] = self.schema.space(space) is not None
        if not self._spaces[space]:
            raise CDFError(400, f"Space {space} does not exist")

    # -- the request ----------------------------------------------------------------------------------------
    def run(self, items: list[Any]) -> list[dict[str, Any]]:
        now = now_ms()
        planned: dict[tuple[str, str], Instance] = {}
        changed: dict[tuple[str, str], bool] = {}
        wanted_nodes: dict[tuple[str, str], str] = {}  # referenced node -> why (for the error message)
        for item in items:
            plan = self.plan(item, now, wanted_nodes)
            if plan is None:
                continue
            key = plan["key"]
            if key in planned:
                raise CDFError(400, f"Duplicate instance in the request: {key[0]}:{key[1]}")
            old = self.svc.store.get(key)
            changed[key] = old is None or any(
                old.get(f) != plan.get(f) for f in ("type", "startNode", "endNode", "data")
            )
            if old is not None:
                plan["version"] = old["version"] + (1 if changed[key] else 0)
                plan["createdTime"] = old["createdTime"]
                if not changed[key]:
                    plan["lastUpdatedTime"] = old["lastUpdatedTime"]
            planned[key] = plan
        created: list[Instance] = []
        for ref, why in wanted_nodes.items():
            if ref in planned or ref in self.svc.store:
                continue
            if why != "auto":
                raise CDFError(400, f"{why} {ref[0]}:{ref[1]} does not exist", extra={"missing": [ref]})
            self.check_space(ref[0])
            created.append(self.bare_node(ref, now))
        for inst in created:
            self.svc._put(inst)
        results = []
        for key, inst in planned.items():
            self.svc._put(inst)
            results.append(
                {
                    "instanceType": inst["instanceType"],
                    "space": key[0],
                    "externalId": key[1],
                    "version": inst["version"],
                    "wasModified": changed[key],
                    "createdTime": inst["createdTime"],
                    "lastUpdatedTime": inst["lastUpdatedTime"],
                }
            )
        return results

    @staticmethod
    def bare_node(ref: tuple[str, str], now: int) -> Instance:
        return {
            "key": ref,
            "instanceType": "node",
            "space": ref[0],
            "externalId": ref[1],
            "version": 1,
            "createdTime": now,
            "lastUpdatedTime": now,
            "data": {},
        }

    def plan(self, item: Any, now: int, wanted: dict[tuple[str, str], str]) -> Instance | None:
        """The instance's state after this write (None: skipped on a version conflict)."""
        if not isinstance(item, dict):
            raise CDFError(400, "Every item must be an object")
        kind = item.get("instanceType")
        if kind not in ("node", "edge"):
            raise CDFError(400, f"instanceType must be node or edge, got {kind!r}")
        space, xid = item.get("space"), item.get("externalId")
        if not isinstance(space, str) or not isinstance(xid, str) or not 1 <= len(xid) <= EXTERNAL_ID_MAX:
            raise CDFError(400, f"Every instance needs a space and an externalId of 1 to {EXTERNAL_ID_MAX} characters")
        self.check_space(space)
        key = (space, xid)
        old = self.svc.store.get(key)
        if old is not None and old["instanceType"] != kind:
            raise CDFError(400, f"{space}:{xid} exists already as an {old['instanceType']}")
        expected = item.get("existingVersion")
        if expected is not None and old is not None and old["version"] > expected:
            if self.skip_conflicts:
                return None
            raise CDFError(
                409,
                f"A version conflict caused the ingest to fail. {space}:{xid} has version {old['version']}, "
                f"existingVersion was {expected}",
            )
        inst: Instance = {
            "key": key,
            "instanceType": kind,
            "space": space,
            "externalId": xid,
            "version": 1,
            "createdTime": now,
            "lastUpdatedTime": now,
        }
        auto = "auto" if self.auto_direct else "Direct relation target"
        if kind == "edge":
            for field, auto_create in (("startNode", self.auto_start), ("endNode", self.auto_end)):
                ref = _node_ref(item.get(field), field)
                inst[field] = {"space": ref[0], "externalId": ref[1]}
                wanted.setdefault(ref, "auto" if auto_create else field)
            t = _node_ref(item.get("type"), "type")
            inst["type"] = {"space": t[0], "externalId": t[1]}
        elif item.get("type") is not None:
            t = _node_ref(item["type"], "type")
            inst["type"] = {"space": t[0], "externalId": t[1]}
            wanted.setdefault(t, auto)
        inst["data"] = self.data(item, kind, old, wanted, auto)
        return inst

    def data(
        self, item: dict[str, Any], kind: str, old: Instance | None, wanted: dict[tuple[str, str], str], auto: str
    ) -> dict[ContainerKey, dict[str, Any]]:
        sources = item.get("sources") or []
        if not isinstance(sources, list) or len(sources) > MAX_WRITE_SOURCES:
            raise CDFError(400, f"sources must be a list of at most {MAX_WRITE_SOURCES}")
        writes: dict[ContainerKey, dict[str, Any]] = {}
        for src in sources:
            ref = src.get("source") if isinstance(src, dict) else None
            props = src.get("properties") or {}
            if not isinstance(ref, dict) or not isinstance(props, dict):
                raise CDFError(400, "Every source needs a source reference and a properties object")
            if ref.get("type") == "view":
                target = self.view(ref)
                if kind not in target.kinds:
                    raise CDFError(400, f"View {ref['space']}:{ref['externalId']} is not used for {kind}s")
                for ckey in target.containers:
                    if ckey not in writes:
                        writes[ckey] = {}
                targets = target.targets
                for name, value in props.items():
                    where = targets.get(name)
                    if where is None:
                        raise CDFError(
                            400, f"Property {name} does not exist in view {ref['space']}:{ref['externalId']}"
                        )
                    writes[where[0]][where[1]] = value
            elif ref.get("type") == "container":
                if not isinstance(ref.get("space"), str) or not isinstance(ref.get("externalId"), str):
                    raise CDFError(400, f"Invalid container reference: {ref!r}")
                ckey = (ref["space"], ref["externalId"])
                container = self.svc.container(*ckey)
                if container.get("usedFor", "node") not in _USED_FOR_OK[kind]:
                    raise CDFError(400, f"Container {ckey[0]}:{ckey[1]} is not used for {kind}s")
                known = container.get("properties") or {}
                for name in props:
                    if name not in known:
                        raise CDFError(400, f"Property {name} does not exist in container {ckey[0]}:{ckey[1]}")
                writes.setdefault(ckey, {}).update(props)
            else:
                raise CDFError(400, "A source's type must be view or container")
        data = dict(old["data"]) if old is not None else {}
        for ckey, values in writes.items():
            rules = self.container_rules(ckey)
            before = data.get(ckey)
            row = {} if before is None or self.replace else dict(before)
            checks = rules.checks
            for name, value in values.items():
                value = checks[name](value)
                if name in rules.immutable and before is not None and name in before and before[name] != value:
                    raise CDFError(400, f"Property {name} is immutable and cannot be changed")
                if name in rules.direct:
                    for ref_value in direct_targets(rules.direct[name], value):
                        wanted.setdefault(_node_ref(ref_value, name), auto)
                row[name] = value
            for name, default in rules.when_missing:
                if name in row:
                    continue
                if default is _REQUIRED:
                    raise CDFError(400, f"Missing required property {name} of container {ckey[0]}:{ckey[1]}")
                row[name] = default
            data[ckey] = row
        return data
