"""Checks and normalisation of DMS schema items (the request form in, the stored read form out).

Identifier patterns, enums, defaults and lengths come from the spec (`spec_rules`); what the spec states only
in prose (reserved identifiers, default property counts) is named here once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cognite.emulator.dms.spec_rules import rules
from cognite.emulator.http import CDFError

Item = dict[str, Any]

# Stated in the spec's prose (ContainerCommon / ViewCreateDefinition / property descriptions), not as a schema.
RESERVED_EXTERNAL_IDS = frozenset(
    [
        "Query",
        "Mutation",
        "Subscription",
        "String",
        "Int32",
        "Int64",
        "Int",
        "Float32",
        "Float64",
        "Float",
        "Timestamp",
        "JSONObject",
        "Date",
        "Numeric",
        "Boolean",
        "PageInfo",
        "File",
        "Sequence",
        "TimeSeries",
    ]
)
RESERVED_PROPERTY_IDS = frozenset(
    [
        "space",
        "externalId",
        "createdTime",
        "lastUpdatedTime",
        "deletedTime",
        "edge_id",
        "node_id",
        "project_id",
        "property_group",
        "seq",
        "tg_table_name",
        "extensions",
    ]
)
MAX_CONTAINER_PROPERTIES = 100  # "by default 100" (project subscription)
MAX_RECORD_CONTAINER_PROPERTIES = 1000  # "by default 1,000" for usedFor=record
MAX_VIEW_PROPERTIES = 100
MAX_ENUM_VALUES = 32
AUTO_INCREMENT_TYPES = frozenset({"int32", "int64"})
LISTABLE_TYPES = frozenset(
    {"text", "boolean", "float32", "float64", "int32", "int64", "timestamp", "date", "json", "direct"}
    | {"timeseries", "file", "sequence"}
)
PROPERTY_ID_PATTERN = r"^[a-zA-Z0-9][a-zA-Z0-9_-]{0,253}[a-zA-Z0-9]?$"  # spec prose on `properties`
_EDGE_CONNECTIONS = frozenset({"single_edge_connection", "multi_edge_connection"})
_REVERSE_CONNECTIONS = frozenset({"single_reverse_direct_relation", "multi_reverse_direct_relation"})


def _fail(message: str) -> CDFError:
    return CDFError(400, message)


def _obj(item: Any, what: str) -> Item:
    if not isinstance(item, dict):
        raise _fail(f"{what}: expected an object, got {type(item).__name__}")
    return item


def _text(item: Item, field: str, schema: str, where: str) -> None:
    value = item.get(field)
    if value is None:
        return
    if not isinstance(value, str) or len(value) > rules().max_length(schema, field):
        raise _fail(f"{where}: {field} must be a string of at most {rules().max_length(schema, field)} characters")


def _matches(value: Any, pattern_schema: str, what: str) -> str:
    if not isinstance(value, str) or not rules().pattern(pattern_schema).match(value):
        raise _fail(f"{what} {value!r} is invalid: it must match {rules().pattern(pattern_schema).pattern}")
    return value


def _space_ref(value: Any, where: str) -> str:
    return _matches(value, "SpaceSpecification", f"{where}: space")


def _external_id(value: Any, where: str) -> str:
    xid = _matches(value, "DMSExternalId", f"{where}: externalId")
    if xid in RESERVED_EXTERNAL_IDS:
        raise _fail(f"{where}: externalId {xid!r} is reserved")
    return xid


def _property_id(value: Any, where: str) -> str:
    import re

    if not isinstance(value, str) or not re.match(PROPERTY_ID_PATTERN, value) or len(value) > 255:
        raise _fail(f"{where}: property identifier {value!r} must match {PROPERTY_ID_PATTERN}")
    if value in RESERVED_PROPERTY_IDS:
        raise _fail(f"{where}: property identifier {value!r} is reserved")
    return value


def _container_ref(ref: Any, where: str) -> Item:
    ref = _obj(ref, f"{where}: container reference")
    if ref.get("type", "container") != "container":
        raise _fail(f"{where}: container reference type must be 'container'")
    return {
        "type": "container",
        "space": _space_ref(ref.get("space"), where),
        "externalId": _external_id(ref.get("externalId"), where),
    }


# -- spaces ----------------------------------------------------------------------------------------------------
def check_space(item: Any) -> Item:
    item = _obj(item, "Space")
    space = item.get("space")
    if not isinstance(space, str) or not rules().space_id_pattern().match(space):
        raise _fail(
            f"Space id {space!r} is invalid: it must match {rules().pattern('SpaceSpecification').pattern} and "
            "not be a reserved name (space, cdf, dms, pg3, shared, system, node, edge)"
        )
    out: Item = {"space": space}
    for field in ("name", "description"):
        _text(item, field, "SpaceCreateDefinition", f"Space {space}")
        if item.get(field) is not None:
            out[field] = item[field]
    return out


# -- containers ------------------------------------------------------------------------------------------------
def _property_type(t: Any, where: str) -> Item:
    t = _obj(t, f"{where}: type")
    kind = t.get("type")
    r = rules()
    primitive = r.enum("PrimitiveProperty", "type")
    references = r.enum("CDFExternalIdReference", "type")
    if kind not in primitive | references | {"text", "direct", "enum"}:
        raise _fail(f"{where}: unknown property type {kind!r}")
    out: Item = {"type": kind}
    if kind == "enum":
        values = _obj(t.get("values"), f"{where}: enum values")
        if not 1 <= len(values) <= MAX_ENUM_VALUES:
            raise _fail(f"{where}: an enum has 1 to {MAX_ENUM_VALUES} values")
        out["values"] = values
        if t.get("unknownValue") is not None:
            if t["unknownValue"] not in values:
                raise _fail(f"{where}: unknownValue {t['unknownValue']!r} is not one of the enum values")
            out["unknownValue"] = t["unknownValue"]
        return out
    out["list"] = bool(t.get("list", False))
    if t.get("maxListSize") is not None:
        if not out["list"]:
            raise _fail(f"{where}: maxListSize applies only to list properties")
        if not isinstance(t["maxListSize"], int) or t["maxListSize"] < 1:
            raise _fail(f"{where}: maxListSize must be a positive integer")
        out["maxListSize"] = t["maxListSize"]
    if kind == "text":
        collation = t.get("collation", "ucs_basic")
        if collation not in r.enum("TextProperty", "collation"):
            raise _fail(f"{where}: unknown collation {collation!r}")
        out["collation"] = collation
        if t.get("maxTextSize") is not None:
            if not isinstance(t["maxTextSize"], int) or t["maxTextSize"] < 1:
                raise _fail(f"{where}: maxTextSize must be a positive integer")
            out["maxTextSize"] = t["maxTextSize"]
    elif kind == "direct" and t.get("container") is not None:
        out["container"] = _container_ref(t["container"], where)
    elif kind in primitive and t.get("unit") is not None:
        out["unit"] = t["unit"]
    return out


def _container_property(prop_id: str, prop: Any, where: str) -> Item:
    where = f"{where}: property {prop_id!r}"
    prop = _obj(prop, where)
    out: Item = {**rules().defaults("CorePropertyCreateDefinition")}
    for flag in out:
        if prop.get(flag) is not None:
            if not isinstance(prop[flag], bool):
                raise _fail(f"{where}: {flag} must be a boolean")
            out[flag] = prop[flag]
    out["type"] = _property_type(prop.get("type"), where)
    if out["autoIncrement"] and out["type"]["type"] not in AUTO_INCREMENT_TYPES:
        raise _fail(f"{where}: autoIncrement is only allowed on int32 and int64 properties")
    for field in ("name", "description", "defaultValue"):
        if prop.get(field) is not None:
            out[field] = prop[field]
    if "defaultValue" in out and out["type"].get("list"):
        raise _fail(f"{where}: list properties cannot have a defaultValue")
    out["constraintState"] = {} if out["nullable"] else {"nullability": "current"}
    return out


_SINGULAR = {"constraints": "constraint", "indexes": "index"}


def _part(kind: str, part_id: str, part: Any, where: str) -> Item:
    where = f"{where}: {_SINGULAR[kind]} {part_id!r}"
    part = _obj(part, where)
    if kind == "constraints":
        ctype = part.get("constraintType", "uniqueness")
        if ctype == "requires":
            return {
                "constraintType": "requires",
                "require": _container_ref(part.get("require"), where),
                "state": "current",
            }
        if ctype != "uniqueness":
            raise _fail(f"{where}: unknown constraintType {ctype!r}")
        out: Item = {**rules().defaults("UniquenessConstraintCreateDefinition")}
    else:
        itype = part.get("indexType", "btree")
        if itype not in ("btree", "inverted"):
            raise _fail(f"{where}: unknown indexType {itype!r}")
        out = {
            **rules().defaults("BtreeIndexCreateDefinition" if itype == "btree" else "InvertedIndexCreateDefinition")
        }
    for field, value in part.items():
        if field in out and field != "properties":
            out[field] = value
    props = part.get("properties")
    if not isinstance(props, list) or not props or not all(isinstance(p, str) for p in props):
        raise _fail(f"{where}: properties must be a non-empty list of property identifiers")
    out["properties"] = props
    out["state"] = "current"
    return out


def check_container(item: Any) -> Item:
    item = _obj(item, "Container")
    space = _space_ref(item.get("space"), "Container")
    xid = _external_id(item.get("externalId"), f"Container {space}")
    where = f"Container {space}:{xid}"
    used_for = item.get("usedFor", "node")
    if used_for not in rules().enum("UsedFor"):
        raise _fail(f"{where}: usedFor must be one of node, edge, all, record")
    props = _obj(item.get("properties"), f"{where}: properties")
    most = MAX_RECORD_CONTAINER_PROPERTIES if used_for == "record" else MAX_CONTAINER_PROPERTIES
    if not 1 <= len(props) <= most:
        raise _fail(f"{where}: a container has 1 to {most} properties, got {len(props)}")
    if used_for == "record" and (item.get("constraints") or item.get("indexes")):
        raise _fail(f"{where}: record containers have no constraints or indexes")
    out: Item = {"space": space, "externalId": xid, "usedFor": used_for}
    for field in ("name", "description"):
        _text(item, field, "ContainerCommon", where)
        if item.get(field) is not None:
            out[field] = item[field]
    out["properties"] = {_property_id(p, where): _container_property(p, v, where) for p, v in props.items()}
    for kind in ("constraints", "indexes"):
        parts = _obj(item.get(kind) or {}, f"{where}: {kind}")
        out[kind] = {_property_id(k, where): _part(kind, k, v, where) for k, v in parts.items()}
    return out


def check_container_refs(container: Item, exists: Callable[[tuple[str, str]], bool]) -> None:
    """Containers named by requires-constraints and direct-relation type hints must exist; indexes and uniqueness
    constraints name properties of the container (after the merge with what it had)."""
    where = f"Container {container['space']}:{container['externalId']}"
    for kind in ("constraints", "indexes"):
        for part_id, part in container[kind].items():
            unknown = [p for p in part.get("properties", []) if p not in container["properties"]]
            if unknown:
                raise _fail(f"{where}: {_SINGULAR[kind]} {part_id!r} names properties it does not have: {unknown}")
    refs = [c["require"] for c in container["constraints"].values() if c["constraintType"] == "requires"]
    refs += [p["type"]["container"] for p in container["properties"].values() if "container" in p["type"]]
    for ref in refs:
        if not exists((ref["space"], ref["externalId"])):
            raise _fail(f"{where}: referenced container {ref['space']}:{ref['externalId']} does not exist")


def check_container_update(old: Item, new: Item) -> None:
    """CDF's rules for changing an existing container: usedFor and property types are fixed; an existing index or
    constraint cannot be redefined (delete it first)."""
    where = f"Container {old['space']}:{old['externalId']}"
    if old["usedFor"] != new["usedFor"]:
        raise _fail(f"{where}: usedFor cannot be changed (from {old['usedFor']!r} to {new['usedFor']!r})")
    for prop_id, prop in new["properties"].items():
        before = old["properties"].get(prop_id)
        if before is None:
            continue
        if before["type"]["type"] != prop["type"]["type"] or before["type"].get("list") != prop["type"].get("list"):
            raise _fail(f"{where}: cannot change the type of property {prop_id!r}")
        if before["autoIncrement"] != prop["autoIncrement"]:
            raise _fail(f"{where}: cannot change autoIncrement of property {prop_id!r}")
    for kind in ("constraints", "indexes"):
        for part_id, part in new[kind].items():
            before = old.get(kind, {}).get(part_id)
            if before is not None and before != part:
                raise _fail(f"{where}: {_SINGULAR[kind]} {part_id!r} cannot be changed; delete it and create a new one")


def merge_container(old: Item, new: Item) -> Item:
    """An apply adds and updates properties, constraints and indexes; ones left out of the request are kept."""
    merged = {**new}
    for kind in ("properties", "constraints", "indexes"):
        merged[kind] = {**old.get(kind, {}), **new[kind]}
    return merged


def check_container_part_ref(ref: Any) -> Item:
    ref = _obj(ref, "Container index/constraint reference")
    space = _space_ref(ref.get("space"), "Container index/constraint reference")
    xid = _external_id(ref.get("containerExternalId"), "Container index/constraint reference")
    identifier = ref.get("identifier")
    if not isinstance(identifier, str) or not identifier:
        raise _fail("Container index/constraint reference: identifier must be a non-empty string")
    return {"space": space, "containerExternalId": xid, "identifier": identifier}


# -- views -----------------------------------------------------------------------------------------------------
def view_ref(ref: Any, where: str, version_required: bool = False) -> Item:
    ref = _obj(ref, f"{where}: view reference")
    if ref.get("type", "view") != "view":
        raise _fail(f"{where}: view reference type must be 'view'")
    out: Item = {"type": "view", "space": _space_ref(ref.get("space"), where)}
    out["externalId"] = _matches(ref.get("externalId"), "DMSExternalId", f"{where}: externalId")
    if ref.get("version") is not None or version_required:
        out["version"] = _matches(ref.get("version"), "DMSVersion", f"{where}: version")
    return out


def _view_property(prop_id: str, prop: Any, where: str) -> Item:
    where = f"{where}: property {prop_id!r}"
    prop = _obj(prop, where)
    out: Item = {k: prop[k] for k in ("name", "description") if prop.get(k) is not None}
    if "container" in prop:
        out["container"] = _container_ref(prop["container"], where)
        out["containerPropertyIdentifier"] = _property_id(prop.get("containerPropertyIdentifier"), where)
        if prop.get("source") is not None:
            out["source"] = view_ref(prop["source"], where)
        return out
    ctype = prop.get("connectionType")
    if ctype in _REVERSE_CONNECTIONS:
        through = _obj(prop.get("through"), f"{where}: through")
        src = _obj(through.get("source"), f"{where}: through.source")
        source = _container_ref(src, where) if src.get("type") == "container" else view_ref(src, where)
        out.update(
            connectionType=ctype,
            source=view_ref(prop.get("source"), where),
            through={"source": source, "identifier": _property_id(through.get("identifier"), where)},
        )
        return out
    if ctype is None or ctype in _EDGE_CONNECTIONS:
        edge_type = _obj(prop.get("type"), f"{where}: type")
        if not isinstance(edge_type.get("space"), str) or not isinstance(edge_type.get("externalId"), str):
            raise _fail(f"{where}: an edge connection's type needs space and externalId")
        direction = prop.get("direction", "outwards")
        if direction not in ("outwards", "inwards"):
            raise _fail(f"{where}: direction must be 'outwards' or 'inwards'")
        out.update(
            connectionType=ctype or "multi_edge_connection",
            type={"space": edge_type["space"], "externalId": edge_type["externalId"]},
            source=view_ref(prop.get("source"), where),
            direction=direction,
        )
        if prop.get("edgeSource") is not None:
            out["edgeSource"] = view_ref(prop["edgeSource"], where)
        return out
    raise _fail(f"{where}: unknown connectionType {ctype!r}")


def check_view(item: Any) -> Item:
    item = _obj(item, "View")
    space = _space_ref(item.get("space"), "View")
    xid = _external_id(item.get("externalId"), f"View {space}")
    version = _matches(item.get("version"), "DMSVersion", f"View {space}:{xid}: version")
    where = f"View {space}:{xid}/{version}"
    out: Item = {"space": space, "externalId": xid, "version": version}
    for field in ("name", "description"):
        _text(item, field, "ViewCommon", where)
        if item.get(field) is not None:
            out[field] = item[field]
    if item.get("filter") is not None:
        out["filter"] = _obj(item["filter"], f"{where}: filter")
    implements = item.get("implements") or []
    if not isinstance(implements, list):
        raise _fail(f"{where}: implements must be a list of view references")
    out["implements"] = [view_ref(ref, where) for ref in implements]
    props = _obj(item.get("properties") or {}, f"{where}: properties")
    if len(props) > MAX_VIEW_PROPERTIES:
        raise _fail(f"{where}: a view has at most {MAX_VIEW_PROPERTIES} properties, got {len(props)}")
    out["properties"] = {_property_id(p, where): _view_property(p, v, where) for p, v in props.items()}
    return out


def view_changed(old: Item, new: Item) -> bool:
    return any(old.get(k) != new.get(k) for k in ("name", "description", "filter", "implements", "properties"))


def check_view_update(where: str, old: Item, new: Item) -> None:
    """Changing an existing view version: implements is fixed, and so is each property's definition (its name and
    description may change); new properties may be added. Properties left out are kept (CDF ignores their removal,
    see `merge_view`)."""
    if old.get("implements", []) != new.get("implements", []):
        raise _fail(f"{where}: implements of an existing view version cannot change; use a new version")
    strip = ("name", "description")
    for prop_id, prop in new["properties"].items():
        before = old["properties"].get(prop_id)
        if before is not None and {k: v for k, v in before.items() if k not in strip} != {
            k: v for k, v in prop.items() if k not in strip
        }:
            raise _fail(f"{where}: property {prop_id!r} cannot change in an existing version; use a new version")


def merge_view(old: Item, new: Item) -> Item:
    """Removing properties from an existing view version is a no-op in CDF: they stay."""
    return {**new, "properties": {**old["properties"], **new["properties"]}}


def check_data_model_update(where: str, old: Item, refs: list[Item]) -> list[Item]:
    """An existing data model version may gain views, but a view's version cannot change (use a new model
    version); views left out are kept, as in CDF. Returns the merged view list."""
    by_id = {(r["space"], r["externalId"]): r for r in old["views"]}
    for ref in refs:
        before = by_id.get((ref["space"], ref["externalId"]))
        if before is not None and before["version"] != ref["version"]:
            raise _fail(
                f"{where}: view {ref['space']}:{ref['externalId']} is at version {before['version']!r} in this data "
                f"model version; changing it to {ref['version']!r} needs a new data model version"
            )
    known = {(r["space"], r["externalId"]) for r in old["views"]}
    return [*old["views"], *(r for r in refs if (r["space"], r["externalId"]) not in known)]


# -- data models -----------------------------------------------------------------------------------------------
def check_data_model(item: Any) -> Item:
    item = _obj(item, "Data model")
    space = _space_ref(item.get("space"), "Data model")
    xid = _external_id(item.get("externalId"), f"Data model {space}")
    version = _matches(item.get("version"), "DMSVersion", f"Data model {space}:{xid}: version")
    out: Item = {"space": space, "externalId": xid, "version": version}
    for field in ("name", "description"):
        if item.get(field) is not None:
            out[field] = item[field]
    views = item.get("views") or []
    if not isinstance(views, list):
        raise _fail(f"Data model {space}:{xid}/{version}: views must be a list")
    out["views"] = [_obj(v, f"Data model {space}:{xid}/{version}: view") for v in views]
    return out
