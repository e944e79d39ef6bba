"""The DMS schema service: spaces -> containers -> views -> data models, and the lookups the instances side uses.

State lives here (plain dicts in CDF's read wire format, keyed by identifier); HTTP handlers are in
`schema_routes.py`, property/connection normalisation and checks in `schema_rules.py`, view rendering
(inheritance) in `view_render.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from starlette.routing import BaseRoute

from cognite.emulator.dms import schema_rules as sr
from cognite.emulator.dms.view_render import render_view
from cognite.emulator.http import CDFError
from cognite.emulator.ids import now_ms

ViewKey = tuple[str, str, str]
XidKey = tuple[str, str]
Item = dict[str, Any]


def _vkey(ref: Item) -> ViewKey:
    return (ref["space"], ref["externalId"], ref["version"])


class Schema:
    """Spaces, containers, views and data models of one project (service name "dms_schema")."""

    name = "dms_schema"

    # True only while core_model.py applies the core data model into its template (system spaces are writable).
    _loading_system = False

    def __init__(self, emu: Any, *, core_model: bool = True) -> None:
        self.emu = emu
        self.on_container_deleted: list[Callable[[str, str], None]] = []
        self.space_in_use: list[Callable[[str], bool]] = []
        # Instance counts per space for /models/statistics: {"nodes", "edges", "softDeletedNodes", ...}.
        self.instance_counts: list[Callable[[str], dict[str, int]]] = []
        self._init_state()
        self._with_core_model = core_model
        self._load_core_model()

    def _init_state(self) -> None:
        self.spaces: dict[str, Item] = {}
        self._last_tick = 0
        self.containers: dict[XidKey, Item] = {}
        self.views: dict[ViewKey, Item] = {}  # the stored (apply) form + times; read form via render
        self.data_models: dict[ViewKey, Item] = {}
        self.system_spaces: set[str] = set()
        self._rendered: dict[tuple[ViewKey, bool], Item] = {}
        self._latest: dict[XidKey, str | None] = {}  # cache of latest_version, cleared on every write

    # -- service protocol -----------------------------------------------------------------------------------
    def routes(self) -> list[BaseRoute]:
        from cognite.emulator.dms.schema_routes import schema_routes

        return schema_routes(self)

    def reset(self) -> None:
        self._init_state()
        self._load_core_model()

    def dump(self) -> Any:
        return {
            "spaces": list(self.spaces.values()),
            "containers": list(self.containers.values()),
            "views": list(self.views.values()),
            "dataModels": list(self.data_models.values()),
            "systemSpaces": sorted(self.system_spaces),
        }

    def load(self, data: Any) -> None:
        self._init_state()
        self.spaces = {s["space"]: s for s in data["spaces"]}
        self.containers = {(c["space"], c["externalId"]): c for c in data["containers"]}
        self.views = {(v["space"], v["externalId"], v["version"]): v for v in data["views"]}
        self.data_models = {(d["space"], d["externalId"], d["version"]): d for d in data["dataModels"]}
        self.system_spaces = set(data.get("systemSpaces", ()))

    def _load_core_model(self) -> None:
        if not self._with_core_model:
            return
        from cognite.emulator.dms.core_model import core_model_state

        state = core_model_state()
        if state is not None:
            self.load(state)

    def _tick(self) -> int:
        # Strictly increasing across applies, so "the newest version" is well defined even when two applies fall
        # in the same millisecond.
        self._last_tick = max(now_ms(), self._last_tick + 1)
        return self._last_tick

    def _changed(self) -> None:
        self._rendered.clear()
        self._latest.clear()

    # -- contract A: lookups (read wire format, or None) ----------------------------------------------------
    def space(self, space: str) -> Item | None:
        return self.spaces.get(space)

    def container(self, space: str, external_id: str) -> Item | None:
        return self.containers.get((space, external_id))

    def container_property(self, space: str, external_id: str, prop: str) -> Item | None:
        container = self.containers.get((space, external_id))
        return None if container is None else container["properties"].get(prop)

    def view(self, space: str, external_id: str, version: str | None = None) -> Item | None:
        key = self._view_key(space, external_id, version)
        return None if key is None else self.render(key)

    def latest_version(self, space: str, external_id: str) -> str | None:
        """The most recently created version of a view (CDF's 'latest')."""
        key = (space, external_id)
        if key not in self._latest:
            self._latest[key] = self._find_latest(space, external_id)
        return self._latest[key]

    def _find_latest(self, space: str, external_id: str) -> str | None:
        latest: Item | None = None
        for (s, x, _), v in self.views.items():
            if s == space and x == external_id and (latest is None or v["createdTime"] >= latest["createdTime"]):
                latest = v
        return None if latest is None else latest["version"]

    def _view_key(self, space: str, external_id: str, version: str | None) -> ViewKey | None:
        if version is None:
            version = self.latest_version(space, external_id)
            if version is None:
                return None
        key = (space, external_id, version)
        return key if key in self.views else None

    def render(self, key: ViewKey, inherited: bool = True) -> Item:
        cached = self._rendered.get((key, inherited))
        if cached is None:
            cached = self._rendered[(key, inherited)] = render_view(self, self.views[key], inherited)
        return cached

    def is_global(self, space: str) -> bool:
        return space in self.system_spaces

    # -- writes -------------------------------------------------------------------------------------------------
    def _writable_space(self, space: Any, what: str) -> str:
        if not isinstance(space, str) or space not in self.spaces:
            raise CDFError(400, f"{what}: space {space!r} does not exist")
        if space in self.system_spaces and not self._loading_system:
            raise CDFError(400, f"{what}: space {space!r} is a system space and cannot be modified")
        return space

    def apply_spaces(self, items: list[Any]) -> list[Item]:
        checked = [sr.check_space(item) for item in items]
        for item in checked:
            if item["space"] in self.system_spaces and not self._loading_system:
                raise CDFError(400, f"Space {item['space']!r} is a system space and cannot be modified")
        now = self._tick()
        out = []
        for item in checked:
            old = self.spaces.get(item["space"])
            created = old["createdTime"] if old else now
            stored = {**item, "createdTime": created, "lastUpdatedTime": now, "isGlobal": self._loading_system}
            self.spaces[item["space"]] = stored
            out.append(stored)
        return out

    def apply_containers(self, items: list[Any]) -> list[Item]:
        checked = [sr.check_container(item) for item in items]
        keys = [(c["space"], c["externalId"]) for c in checked]
        batch = dict(zip(keys, checked, strict=True))
        for c in checked:
            self._writable_space(c["space"], f"Container {c['space']}:{c['externalId']}")
            old = self.containers.get((c["space"], c["externalId"]))
            if old is not None:
                sr.check_container_update(old, c)
            merged = sr.merge_container(old, c) if old is not None else c
            sr.check_container_refs(merged, lambda k: k in self.containers or k in batch)
        now = self._tick()
        out = []
        for key, c in batch.items():
            old = self.containers.get(key)
            merged = sr.merge_container(old, c) if old is not None else c
            stored = {
                **merged,
                "createdTime": old["createdTime"] if old else now,
                "lastUpdatedTime": now,
                "isGlobal": self.is_global(key[0]),
            }
            self.containers[key] = stored
            out.append(stored)
        self._changed()
        return out

    def apply_views(self, items: list[Any]) -> list[Item]:
        checked = [sr.check_view(item) for item in items]
        batch = {(v["space"], v["externalId"], v["version"]): v for v in checked}
        for v in checked:
            where = f"View {v['space']}:{v['externalId']}/{v['version']}"
            self._writable_space(v["space"], where)
            v["implements"] = [self._resolve_view_ref(ref, batch, where) for ref in v.get("implements", [])]
            for prop_id, prop in v["properties"].items():
                self._check_view_property(where, prop_id, prop, batch)
            self._check_used_for(where, v)
            old = self.views.get((v["space"], v["externalId"], v["version"]))
            if old is not None:
                sr.check_view_update(where, old, v)
        now = self._tick()
        out_keys = []
        for key, v in batch.items():
            old = self.views.get(key)
            if old is not None:
                v = sr.merge_view(old, v)
            self.views[key] = {
                **v,
                "createdTime": old["createdTime"] if old else now,
                "lastUpdatedTime": now if old is None or sr.view_changed(old, v) else old["lastUpdatedTime"],
                "isGlobal": self.is_global(key[0]),
            }
            out_keys.append(key)
        self._changed()
        return [self.render(k) for k in out_keys]

    def _resolve_view_ref(self, ref: Any, batch: dict[ViewKey, Item], where: str) -> Item:
        """A view reference with its version (latest when omitted); 400 when the view does not exist."""
        if (
            not isinstance(ref, dict)
            or not isinstance(ref.get("space"), str)
            or not isinstance(ref.get("externalId"), str)
        ):
            raise CDFError(400, f"{where}: invalid view reference {ref!r}")
        version = ref.get("version")
        if version is None:
            version = self.latest_version(ref["space"], ref["externalId"])
            in_batch = [k[2] for k in batch if k[:2] == (ref["space"], ref["externalId"])]
            version = version or (in_batch[-1] if in_batch else None)
        key = (ref["space"], ref["externalId"], version)
        if version is None or (key not in self.views and key not in batch):
            raise CDFError(400, f"{where}: view {ref['space']}:{ref['externalId']}/{version} does not exist")
        return {"type": "view", "space": key[0], "externalId": key[1], "version": key[2]}

    def _check_view_property(self, where: str, prop_id: str, prop: Item, batch: dict[ViewKey, Item]) -> None:
        if "container" in prop:
            ref = prop["container"]
            container = self.containers.get((ref["space"], ref["externalId"]))
            if container is None:
                raise CDFError(
                    400,
                    f"{where}: property {prop_id!r} maps container {ref['space']}:{ref['externalId']}, "
                    "which does not exist",
                )
            if prop["containerPropertyIdentifier"] not in container["properties"]:
                raise CDFError(
                    400,
                    f"{where}: property {prop_id!r} maps {prop['containerPropertyIdentifier']!r}, which container "
                    f"{ref['space']}:{ref['externalId']} does not have",
                )
            if "source" in prop:
                if container["properties"][prop["containerPropertyIdentifier"]]["type"]["type"] != "direct":
                    raise CDFError(400, f"{where}: property {prop_id!r}: source applies only to direct relations")
                prop["source"] = self._resolve_view_ref(prop["source"], batch, where)
            return
        for field in ("source", "edgeSource"):
            if field in prop:
                prop[field] = self._resolve_view_ref(prop[field], batch, where)
        through = prop.get("through")
        if through is not None:
            src = through["source"]
            if src.get("type") == "container":
                target = self.container_property(src["space"], src["externalId"], through["identifier"])
            else:
                through["source"] = src = self._resolve_view_ref(src, batch, where)
                vp = self.find_view_property(_vkey(src), through["identifier"], batch, frozenset())
                target = None
                if vp is not None and "container" in vp:
                    c = vp["container"]
                    target = self.container_property(c["space"], c["externalId"], vp["containerPropertyIdentifier"])
            if target is None or target["type"]["type"] != "direct":
                raise CDFError(
                    400,
                    f"{where}: property {prop_id!r} goes through {through['identifier']!r}, which is not a direct "
                    "relation of its source",
                )

    def find_view_property(
        self, key: ViewKey, prop_id: str, batch: dict[ViewKey, Item], seen: frozenset[ViewKey]
    ) -> Item | None:
        """A view's property (apply form), inherited ones included, for views stored or in the request."""
        view = batch.get(key) or self.views.get(key)
        if view is None or key in seen:
            return None
        if prop_id in view["properties"]:
            return dict(view["properties"][prop_id])
        for ref in reversed(view.get("implements", [])):  # later views in implements take priority
            if ref.get("version") is None:
                continue
            found = self.find_view_property(_vkey(ref), prop_id, batch, seen | {key})
            if found is not None:
                return found
        return None

    def _check_used_for(self, where: str, view: Item) -> None:
        """A view cannot map both node-only and edge-only containers (no instance could be read through it)."""
        used: set[str] = set()
        for prop in view["properties"].values():
            if "container" in prop:
                c = self.containers.get((prop["container"]["space"], prop["container"]["externalId"]))
                if c is not None:
                    used.add(c["usedFor"])
        for ref in view["implements"]:
            if _vkey(ref) in self.views:
                used.add(self.render(_vkey(ref))["usedFor"])
        if {"node", "edge"} <= used:
            raise CDFError(400, f"{where}: maps containers used for nodes and containers used for edges")

    def apply_data_models(self, items: list[Any]) -> list[Item]:
        """Inline views are applied too; every referenced view must exist (or be inline in this request). All
        references are checked before anything is stored."""
        checked = [sr.check_data_model(item) for item in items]
        inline: list[Item] = []
        for dm in checked:
            self._writable_space(dm["space"], f"Data model {dm['space']}:{dm['externalId']}/{dm['version']}")
            inline.extend(v for v in dm["views"] if "properties" in v or "implements" in v)
        inline_keys: dict[ViewKey, Item] = {
            (str(v.get("space")), str(v.get("externalId")), str(v.get("version"))): v for v in inline
        }
        refs_of = [
            [
                self._resolve_view_ref(v, inline_keys, f"Data model {dm['space']}:{dm['externalId']}")
                for v in dm["views"]
            ]
            for dm in checked
        ]
        for i, dm in enumerate(checked):
            old = self.data_models.get((dm["space"], dm["externalId"], dm["version"]))
            if old is not None:
                where = f"Data model {dm['space']}:{dm['externalId']}/{dm['version']}"
                refs_of[i] = sr.check_data_model_update(where, old, refs_of[i])
        if inline:
            self.apply_views(inline)
        now = self._tick()
        out = []
        for dm, refs in zip(checked, refs_of, strict=True):
            key = (dm["space"], dm["externalId"], dm["version"])
            old = self.data_models.get(key)
            stored = {
                **{k: v for k, v in dm.items() if k != "views"},
                "views": refs,
                "createdTime": old["createdTime"] if old else now,
                "lastUpdatedTime": now,
                "isGlobal": self.is_global(dm["space"]),
            }
            self.data_models[key] = stored
            out.append(stored)
        return out

    # -- deletes ------------------------------------------------------------------------------------------------
    def _check_deletable(self, spaces: Iterable[str], what: str) -> None:
        for space in spaces:
            if space in self.system_spaces:
                raise CDFError(400, f"{what} in the system space {space!r} cannot be deleted")

    def delete_spaces(self, ids: list[str]) -> list[str]:
        existing = [s for s in dict.fromkeys(ids) if s in self.spaces]
        self._check_deletable(existing, "Spaces")
        busy = [
            s
            for s in existing
            if any(k[0] == s for k in self.containers)
            or any(k[0] == s for k in self.views)
            or any(k[0] == s for k in self.data_models)
            or any(hook(s) for hook in self.space_in_use)
        ]
        if busy:
            raise CDFError(400, f"Only empty spaces can be deleted; not empty: {', '.join(busy)}")
        for s in existing:
            del self.spaces[s]
        return existing

    def delete_containers(self, keys: list[XidKey]) -> list[XidKey]:
        existing = [k for k in dict.fromkeys(keys) if k in self.containers]
        self._check_deletable((k[0] for k in existing), "Containers")
        for k in existing:
            del self.containers[k]
            for hook in self.on_container_deleted:
                hook(*k)
        self._changed()
        return existing

    def delete_views(self, keys: list[ViewKey]) -> list[ViewKey]:
        existing = [k for k in dict.fromkeys(keys) if k in self.views]
        self._check_deletable((k[0] for k in existing), "Views")
        for k in existing:
            del self.views[k]
        self._changed()
        return existing

    def delete_data_models(self, keys: list[ViewKey]) -> list[ViewKey]:
        existing = [k for k in dict.fromkeys(keys) if k in self.data_models]
        self._check_deletable((k[0] for k in existing), "Data models")
        for k in existing:
            del self.data_models[k]
        return existing

    def delete_container_parts(self, kind: str, refs: list[Any]) -> list[Item]:
        """Delete indexes or constraints (kind "indexes" / "constraints") by {space, containerExternalId,
        identifier}; the ones that exist are deleted and returned."""
        out = []
        for ref in refs:
            ref = sr.check_container_part_ref(ref)
            container = self.containers.get((ref["space"], ref["containerExternalId"]))
            if container is None or ref["identifier"] not in container.get(kind, {}):
                continue
            self._check_deletable([ref["space"]], kind.capitalize())
            parts = {k: v for k, v in container[kind].items() if k != ref["identifier"]}
            self.containers[(ref["space"], ref["containerExternalId"])] = {
                **container,
                kind: parts,
                "lastUpdatedTime": now_ms(),
            }
            out.append(ref)
        self._changed()
        return out
