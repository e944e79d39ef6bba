"""A stored view in CDF's read form: inherited properties merged in, mapped properties carrying their container
property's definition, and the derived fields (writable, queryable, usedFor, mappedContainers)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cognite.emulator.dms.schema import Schema

Item = dict[str, Any]
_FROM_CONTAINER = ("type", "nullable", "autoIncrement", "immutable", "defaultValue", "name", "description")


def _key(ref: Item) -> tuple[str, str, str]:
    return (ref["space"], ref["externalId"], ref["version"])


def render_view(schema: Schema, view: Item, inherited: bool, _seen: frozenset[Any] = frozenset()) -> Item:
    key = _key(view)
    props: Item = {}
    if inherited:
        # Later views in `implements` take priority over earlier ones; the view's own properties over all.
        for ref in view.get("implements", []):
            parent = schema.views.get(_key(ref))
            if parent is not None and _key(ref) not in _seen | {key}:
                props.update(render_view(schema, parent, True, _seen | {key})["properties"])
    for prop_id, prop in view["properties"].items():
        rendered = _render_property(schema, prop)
        if rendered is not None:
            props[prop_id] = rendered
    mapped: dict[tuple[str, str], Item] = {}
    for prop in props.values():
        if "container" in prop:
            ref = prop["container"]
            mapped.setdefault((ref["space"], ref["externalId"]), ref)
    containers = [c for k in mapped if (c := schema.containers.get(k)) is not None]
    covered = {
        (p["container"]["space"], p["container"]["externalId"], p["containerPropertyIdentifier"])
        for p in props.values()
        if "container" in p
    }
    writable = all(
        (c["space"], c["externalId"], pid) in covered
        for c in containers
        for pid, cp in c["properties"].items()
        if not cp["nullable"]
    )
    used = {c["usedFor"] for c in containers}
    used_for = "node" if not used or used == {"node"} else ("edge" if used == {"edge"} else "all")
    out: Item = {"space": view["space"], "externalId": view["externalId"], "version": view["version"]}
    for field in ("name", "description", "filter"):
        if view.get(field) is not None:
            out[field] = view[field]
    out.update(
        implements=view.get("implements", []),
        properties=props,
        writable=writable,
        queryable=bool(mapped) or view.get("filter") is not None,
        usedFor=used_for,
        mappedContainers=list(mapped.values()),
        isGlobal=view["isGlobal"],
        createdTime=view["createdTime"],
        lastUpdatedTime=view["lastUpdatedTime"],
    )
    return out


def _render_property(schema: Schema, prop: Item) -> Item | None:
    if "container" in prop:
        ref = prop["container"]
        container_prop = schema.container_property(ref["space"], ref["externalId"], prop["containerPropertyIdentifier"])
        if container_prop is None:
            return None  # its container was deleted: CDF drops the property from the view
        out = {k: container_prop[k] for k in _FROM_CONTAINER if k in container_prop}
        out["constraintState"] = container_prop.get("constraintState", {})
        out.update(prop)
        return out
    if "through" in prop:
        return {**prop, "targetsList": _through_is_list(schema, prop["through"])}
    return prop


def _through_is_list(schema: Schema, through: Item) -> bool:
    """Whether the direct relation a reverse connection goes through holds a list (CDF's `targetsList`)."""
    src = through["source"]
    if src.get("type") == "container":
        cp = schema.container_property(src["space"], src["externalId"], through["identifier"])
    else:
        vp = schema.find_view_property(_key(src), through["identifier"], {}, frozenset())
        cp = None
        if vp is not None and "container" in vp:
            c = vp["container"]
            cp = schema.container_property(c["space"], c["externalId"], vp["containerPropertyIdentifier"])
    return bool(cp and cp["type"].get("list"))
