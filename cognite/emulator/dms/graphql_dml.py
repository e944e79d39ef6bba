"""GraphQL DML -> DMS schema: the containers, views and view references of a data model version.

The subset CDF's DML is mostly used with: `type` and `interface` definitions (`implements` too), fields of the
built-in scalars (`String`, `Int`, `Int64`, `Float`, `Float32`, `Timestamp`, `Date`, `JSONObject`, `Boolean`,
`TimeSeries`, `File`, `Sequence`), lists of them, `!` (not nullable), fields of another type (a direct relation) or
a list of another type (an edge connection, edge type `Type.field` unless `@relation(type: ...)` says otherwise),
and `@view(version: "...")`. Each type gets a container and a view of its name in the data model's space; its
view's version is `@view(version)`, else the previous data model version's one when nothing changed, else the data
model's version. Anything else is a `DmlError` (kind, message, position), never a schema that means something else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graphql import GraphQLSyntaxError, parse, value_from_ast_untyped
from graphql.language import (
    DirectiveNode,
    FieldDefinitionNode,
    InterfaceTypeDefinitionNode,
    ListTypeNode,
    Node,
    NonNullTypeNode,
    ObjectTypeDefinitionNode,
    TypeNode,
    ValueNode,
)

from cognite.emulator.dms.schema_rules import check_view

Item = dict[str, Any]

# DML scalar -> DMS property type
SCALARS: dict[str, str] = {
    "String": "text",
    "Int": "int32",
    "Int32": "int32",
    "Int64": "int64",
    "Float": "float64",
    "Float32": "float32",
    "Float64": "float64",
    "Boolean": "boolean",
    "Timestamp": "timestamp",
    "Date": "date",
    "JSONObject": "json",
    "TimeSeries": "timeseries",
    "File": "file",
    "Sequence": "sequence",
}
TYPE_DIRECTIVES = {"view"}
FIELD_DIRECTIVES = {"relation"}


@dataclass
class DmlError(Exception):
    """One problem with the DML, as the DML service reports it (kind, message, hint, location)."""

    kind: str
    message: str
    node: Node | None = None
    hint: str | None = None
    line: int | None = None
    column: int | None = None

    def wire(self) -> Item:
        out: Item = {"kind": self.kind, "message": self.message, "hint": self.hint, "location": None}
        line, column = self.line, self.column
        if self.node is not None and self.node.loc is not None:
            start = self.node.loc.start_token
            line, column = start.line, start.column
        if line is not None:
            out["location"] = {"start": {"line": line, "column": column}}
        return out


@dataclass
class DmlSchema:
    """What a DML declares, in DMS apply form."""

    containers: list[Item] = field(default_factory=list)
    views: list[Item] = field(default_factory=list)


@dataclass
class _Field:
    name: str
    node: FieldDefinitionNode
    base: str
    is_list: bool
    nullable: bool
    directives: dict[str, Item]


def _unwrap(node: TypeNode) -> tuple[str, bool, bool, TypeNode]:
    """(base type name, is a list, nullable) of a field type; nested lists are refused."""
    nullable = not isinstance(node, NonNullTypeNode)
    inner = node.type if isinstance(node, NonNullTypeNode) else node
    if isinstance(inner, ListTypeNode):
        item = inner.type.type if isinstance(inner.type, NonNullTypeNode) else inner.type
        if isinstance(item, ListTypeNode):
            raise DmlError("InvalidType", "Lists of lists are not supported", node)
        return item.name.value, True, nullable, item  # type: ignore[attr-defined]
    return inner.name.value, False, nullable, inner  # type: ignore[attr-defined]


def _directives(nodes: tuple[DirectiveNode, ...] | None, allowed: set[str], where: str) -> dict[str, Item]:
    out: dict[str, Item] = {}
    for d in nodes or ():
        name = d.name.value
        if name not in allowed:
            raise DmlError(
                "UnsupportedDirective",
                f"@{name} on {where} is not supported by the emulator",
                d,
                hint=f"supported here: {', '.join('@' + a for a in sorted(allowed))}",
            )
        out[name] = {a.name.value: _value(a.value) for a in d.arguments or ()}
    return out


def _value(node: ValueNode) -> Any:
    return value_from_ast_untyped(node)


def parse_dml(dml: str) -> list[ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode]:
    """The type definitions of a DML document; a DmlError for syntax errors and unsupported definitions."""
    try:
        doc = parse(dml, no_location=False)
    except GraphQLSyntaxError as e:
        loc = e.locations[0] if e.locations else None
        raise DmlError(
            "SyntaxError", e.message, line=loc.line if loc else None, column=loc.column if loc else None
        ) from None
    types: list[ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode] = []
    seen: set[str] = set()
    for definition in doc.definitions:
        if not isinstance(definition, (ObjectTypeDefinitionNode, InterfaceTypeDefinitionNode)):
            kind = type(definition).__name__.removesuffix("Node")
            raise DmlError("UnsupportedDefinition", f"{kind} is not supported by the emulator's DML", definition)
        name = definition.name.value
        if name in seen:
            raise DmlError("DuplicateType", f"Type {name} is defined more than once", definition)
        if name in SCALARS or name.startswith("_"):
            raise DmlError("InvalidTypeName", f"{name} is a reserved type name", definition)
        seen.add(name)
        types.append(definition)
    if not types:
        raise DmlError("EmptyDml", "The DML defines no types")
    return types


def _fields(definition: ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode, known: set[str]) -> list[_Field]:
    out = []
    type_name = definition.name.value
    for fnode in definition.fields or ():
        name = fnode.name.value
        if fnode.arguments:
            raise DmlError("UnsupportedArguments", f"{type_name}.{name}: field arguments are not supported", fnode)
        if name in ("space", "externalId", "createdTime", "lastUpdatedTime", "version", "deletedTime"):
            raise DmlError("ReservedField", f"{type_name}.{name}: {name} is a reserved field name", fnode)
        base, is_list, nullable, _ = _unwrap(fnode.type)
        if base not in SCALARS and base not in known:
            raise DmlError("UnknownType", f"{type_name}.{name}: unknown type {base}", fnode)
        directives = _directives(fnode.directives, FIELD_DIRECTIVES, f"{type_name}.{name}")
        if "relation" in directives and (base in SCALARS or not is_list):
            raise DmlError("InvalidDirective", f"{type_name}.{name}: @relation needs a list of a type", fnode)
        out.append(_Field(name, fnode, base, is_list, nullable, directives))
    return out


def build_schema(dml: str, space: str, version: str, previous_views: dict[str, Item]) -> DmlSchema:
    """The containers and views a DML declares (`previous_views`: externalId -> view of the previous version)."""
    types = parse_dml(dml)
    known = {t.name.value for t in types}
    interfaces = {t.name.value for t in types if isinstance(t, InterfaceTypeDefinitionNode)}
    fields = {t.name.value: _fields(t, known) for t in types}
    implements: dict[str, list[str]] = {}
    for t in types:
        parents = [i.name.value for i in t.interfaces or ()]
        for p in parents:
            if p not in interfaces:
                raise DmlError("UnknownInterface", f"{t.name.value} implements {p}, which is not an interface", t)
        implements[t.name.value] = parents
    versions: dict[str, str] = {}
    for t in types:
        directives = _directives(t.directives, TYPE_DIRECTIVES, t.name.value)
        view_version = directives.get("view", {}).get("version")
        if set(directives.get("view", {})) - {"version"}:
            raise DmlError("UnsupportedDirective", f"{t.name.value}: @view supports only version", t)
        if view_version is not None and not isinstance(view_version, str):
            raise DmlError("InvalidDirective", f"{t.name.value}: @view(version) must be a string", t)
        versions[t.name.value] = view_version or version
    out = DmlSchema()
    views: dict[str, Item] = {}
    for t in types:
        name = t.name.value
        container_props: Item = {}
        view_props: Item = {}
        for f in fields[name]:
            owner = _owner(name, f.name, implements, fields)
            if f.base in SCALARS or not f.is_list:
                ptype: Item = {"type": SCALARS[f.base], "list": f.is_list} if f.base in SCALARS else {"type": "direct"}
                if owner == name:
                    container_props[f.name] = {"type": ptype, "nullable": f.nullable}
                prop: Item = {"container": {"space": space, "externalId": owner}, "containerPropertyIdentifier": f.name}
                if f.base not in SCALARS:
                    prop["source"] = {"type": "view", "space": space, "externalId": f.base}
                view_props[f.name] = prop
            else:
                rel = f.directives.get("relation", {})
                edge_type = rel.get("type") or {"space": space, "externalId": f"{owner}.{f.name}"}
                direction = str(rel.get("direction", "OUTWARDS")).lower()
                view_props[f.name] = {
                    "connectionType": "multi_edge_connection",
                    "type": edge_type,
                    "source": {"type": "view", "space": space, "externalId": f.base},
                    "direction": direction,
                }
        if container_props:
            out.containers.append({"space": space, "externalId": name, "name": name, "properties": container_props})
        views[name] = {
            "space": space,
            "externalId": name,
            "name": name,
            "implements": [{"type": "view", "space": space, "externalId": p} for p in implements[name]],
            "properties": view_props,
        }
    reused = {
        name
        for name, view in views.items()
        if (previous := previous_views.get(name)) is not None
        and versions[name] == version
        and _same_view(previous, {**view, "version": "x"})
    }
    # A reused view must also name the same versions as before: a changed type makes the types naming it change.
    base = dict(versions)
    while True:
        versions = {n: previous_views[n]["version"] if n in reused else base[n] for n in views}
        stale = {n for n in reused if _refs(views[n], versions) != _stored_refs(previous_views[n])}
        if not stale:
            break
        reused -= stale
    for name, view in views.items():
        view["version"] = versions[name]
        for ref in view["implements"]:
            ref["version"] = versions[ref["externalId"]]
        for prop in view["properties"].values():
            if "source" in prop and prop["source"]["externalId"] in versions:
                prop["source"]["version"] = versions[prop["source"]["externalId"]]
        out.views.append(view)
    return out


def _refs(view: Item, versions: dict[str, str]) -> set[tuple[str, str]]:
    """The (type, version) pairs a view being built names (implements and sources)."""
    names = [i["externalId"] for i in view["implements"]]
    names += [p["source"]["externalId"] for p in view["properties"].values() if "source" in p]
    return {(n, versions[n]) for n in names}


def _stored_refs(view: Item) -> set[tuple[str, str]]:
    refs = [*view.get("implements", []), *(p["source"] for p in view["properties"].values() if "source" in p)]
    return {(r["externalId"], r["version"]) for r in refs}


def _owner(name: str, prop: str, implements: dict[str, list[str]], fields: dict[str, list[_Field]]) -> str:
    """The type whose container stores a field: the interface it is inherited from (transitively), else itself."""
    for parent in implements[name]:
        if any(f.name == prop for f in fields[parent]):
            return _owner(parent, prop, implements, fields)
    return name


def _strip_versions(view: Item) -> Item:
    props = {}
    for pid, prop in view.get("properties", {}).items():
        p = {k: v for k, v in prop.items() if k not in ("name", "description")}
        if "source" in p:
            p["source"] = {k: v for k, v in p["source"].items() if k != "version"}
        props[pid] = p
    return {"implements": [i["externalId"] for i in view.get("implements", [])], "properties": props}


def _same_view(previous: Item, new: Item) -> bool:
    """Whether a stored view (apply form) declares what the DML now declares (versions of references aside)."""
    return _strip_versions(previous) == _strip_versions(check_view(new))
